// Bundles GraphiQL and Monaco's editor workers into one folder the server serves as-is (no CDN: the
// machines that run this have no internet). Usage: node build.mjs <output folder>
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';

const outdir = resolve(process.argv[2] ?? '../../../wwwroot/graphiql');
rmSync(outdir, { recursive: true, force: true });

const common = {
  bundle: true,
  minify: true,
  legalComments: 'linked',
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' },
  outdir,
};

await build({
  ...common,
  entryPoints: { graphiql: 'src/index.jsx' },
  format: 'esm',
  jsx: 'automatic',
  loader: { '.ttf': 'file' },
  assetNames: '[name]',
});

// Monaco starts one worker per language; classic (IIFE) scripts work in every browser GraphiQL supports.
await build({
  ...common,
  entryPoints: {
    'editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js',
    'json.worker': 'monaco-editor/esm/vs/language/json/json.worker.js',
    'graphql.worker': 'monaco-graphql/esm/graphql.worker.js',
  },
  format: 'iife',
});
