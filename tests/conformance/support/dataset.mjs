// The demo data, seeded and exported by the server's own commands (seed, export), so the conformance suites
// run the API and an independent engine over exactly the same documents.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { EJSON } from 'bson';
import { serverDll } from './server.mjs';

const run = promisify(execFile);

/** Seeds demo data into a fresh data directory and exports it. */
export async function seedAndExport({ associates = 240 } = {}) {
  const root = await mkdtemp(join(tmpdir(), 'graphtraining-conformance-'));
  const dataDirectory = join(root, 'data');
  const exportDirectory = join(root, 'export');
  const options = { cwd: dirname(serverDll), env: { ...process.env, DOTNET_NOLOGO: '1' } };
  await run('dotnet', [serverDll, 'seed', '--associates', String(associates), `--Store:DataDirectory=${dataDirectory}`], options);
  await run('dotnet', [serverDll, 'export', '--out', exportDirectory, `--Store:DataDirectory=${dataDirectory}`], options);
  return { root, dataDirectory, exportDirectory, dispose: () => rm(root, { recursive: true, force: true }) };
}

/** A Development bearer token for the first associate holding the role, from the server's own `token` command. */
export async function tokenFor(dataDirectory, role = 'Administrator') {
  const options = { cwd: dirname(serverDll), env: { ...process.env, DOTNET_NOLOGO: '1', ASPNETCORE_ENVIRONMENT: 'Development' } };
  const { stdout } = await run('dotnet', [serverDll, 'token', '--role', role, `--Store:DataDirectory=${dataDirectory}`], options);
  return stdout.trim();
}

/** One exported collection: canonical Extended JSON lines, read back as plain JavaScript values (relaxed). */
export async function readCollection(exportDirectory, collection) {
  const text = await readFile(join(exportDirectory, `${collection}.json`), 'utf8');
  return text.split('\n').filter((line) => line.trim() !== '').map((line) => EJSON.parse(line, { relaxed: true }));
}

/**
 * Explain's canonical Extended JSON as values mingo understands: dates as Date, numbers as numbers, and the
 * BSON regular expressions js-bson produces as JavaScript RegExp.
 */
export function toMingo(canonical) {
  return fromBson(EJSON.deserialize(canonical, { relaxed: true }));
}

function fromBson(value) {
  if (Array.isArray(value)) {
    return value.map(fromBson);
  }
  if (value && typeof value === 'object') {
    if (value._bsontype === 'BSONRegExp') {
      return new RegExp(value.pattern, value.options);
    }
    if (value instanceof Date) {
      return value;
    }
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, fromBson(inner)]));
  }
  return value;
}
