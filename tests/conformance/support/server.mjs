// Starts the already-built server (this folder builds nothing: run `dotnet build` first) on a free loopback
// port with a memory-only store, and stops it again. Shared by every suite in tests/conformance.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
// SERVER_DLL points elsewhere (a Release build, a publish folder); the default is what `dotnet build` makes.
export const serverDll = process.env.SERVER_DLL ?? join(repoRoot, 'src/Server/bin/Debug/net10.0/GraphTraining.Server.dll');

/** A port nothing listens on right now (the OS picks it). */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolvePort(port));
    });
  });
}

/**
 * Starts the server and resolves once /health/ready answers 200.
 * @param {{ env?: Record<string, string>, readyTimeoutMs?: number }} [options]
 * @returns {Promise<{ baseUrl: string, output: () => string, stop: () => Promise<void> }>}
 */
export async function startServer({ env = {}, readyTimeoutMs = 60_000 } = {}) {
  if (!existsSync(serverDll)) {
    throw new Error(`${serverDll} is missing: build the solution first (dotnet build).`);
  }

  const baseUrl = `http://127.0.0.1:${await freePort()}`;
  const child = spawn('dotnet', [serverDll, '--urls', baseUrl], {
    cwd: dirname(serverDll),
    env: {
      ...process.env,
      ASPNETCORE_ENVIRONMENT: 'Production',
      // Empty means memory only (src/Data/Store/StoreOptions.cs); no demo data, so suites see a known store.
      Store__DataDirectory: '',
      Store__SeedDemoData: 'false',
      // The audit's variables tests query `__type`; Production turns introspection off unless asked.
      GraphQL__EnableIntrospection: 'true',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const chunks = [];
  child.stdout.on('data', (chunk) => chunks.push(chunk));
  child.stderr.on('data', (chunk) => chunks.push(chunk));
  const output = () => Buffer.concat(chunks).toString('utf8');
  const exited = new Promise((resolveExit) => child.once('exit', resolveExit));

  // However the test process ends, the server must not outlive it.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const stop = async () => {
    process.removeListener('exit', killOnExit);
    if (child.exitCode !== null || child.signalCode !== null) {
      return;
    }
    child.kill('SIGTERM');
    const stopped = await Promise.race([exited.then(() => true), delay(10_000).then(() => false)]);
    if (!stopped) {
      child.kill('SIGKILL');
      await exited;
    }
  };

  try {
    await waitUntilReady(baseUrl, child, readyTimeoutMs);
  } catch (error) {
    await stop();
    throw new Error(`${error.message}\n--- server output ---\n${output()}`);
  }
  return { baseUrl, output, stop };
}

async function waitUntilReady(baseUrl, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The server exited with code ${child.exitCode} before it was ready.`);
    }
    try {
      const response = await fetch(`${baseUrl}/health/ready`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) {
        return;
      }
    } catch {
      // Not listening yet.
    }
    await delay(100);
  }
  throw new Error(`The server was not ready at ${baseUrl}/health/ready within ${timeoutMs} ms.`);
}
