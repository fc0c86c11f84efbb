import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { defaultWebDist } from '../server/app.js';
import { startServer } from '../server/test/process.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The server's standard output (JSON log lines), where e-mails appear without SMTP. */
    serverLog: string;
  }
}

/** Starts the production server on the built web app and a fresh embedded database. */
export default async function setup(project: TestProject) {
  if (!existsSync(path.join(defaultWebDist, 'index.html'))) {
    throw new Error('The web app is not built: run `npm run build` first (npm test does it).');
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), 'kudos-e2e-'));
  const serverLog = path.join(dataDir, 'server.log');
  const server = await startServer(
    { DATA_DIR: dataDir, LOG_LEVEL: 'info' },
    { logFile: serverLog },
  );
  project.provide('baseUrl', server.url);
  project.provide('serverLog', serverLog);
  return async () => {
    server.child.kill('SIGTERM');
    await server.exited;
    await rm(dataDir, { recursive: true, force: true });
  };
}
