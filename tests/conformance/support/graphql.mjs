// POSTs one GraphQL request (with a bearer token when given) and returns the parsed body.
export async function post(baseUrl, query, variables, extensions, token) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables, extensions }),
  });
  const body = await response.json();
  return { status: response.status, body };
}

/** Opaque Relay ids are base64url of "Type:id". */
export const globalId = (type, id) => Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');

export const rawId = (global) => Buffer.from(global, 'base64url').toString('utf8').split(':').slice(1).join(':');

export const cursor = (offset) => Buffer.from(String(offset), 'utf8').toString('base64');
