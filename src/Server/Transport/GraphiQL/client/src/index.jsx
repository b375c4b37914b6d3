import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';

const container = document.getElementById('graphiql');
const endpoint = container.dataset.endpoint;

globalThis.MonacoEnvironment = {
  getWorker(_workerId, label) {
    const name = label === 'json' || label === 'graphql' ? label : 'editor';
    return new Worker(new URL(`./${name}.worker.js`, import.meta.url));
  },
};

// Headers typed in the headers editor (for example "Authorization: Bearer ...") arrive as options.headers.
async function fetcher(params, options) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: {
      accept: 'application/graphql-response+json, application/json;q=0.9',
      'content-type': 'application/json',
      ...options?.headers,
    },
    body: JSON.stringify(params),
  });
  return response.json();
}

createRoot(container).render(
  <GraphiQL
    fetcher={fetcher}
    defaultQuery={container.dataset.defaultQuery}
    isHeadersEditorEnabled
    defaultEditorToolsVisibility="headers"
  />,
);
