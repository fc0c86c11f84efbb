import { buildApp } from '../app.js';
import { startControlSocket } from '../backup/control-socket.js';
import { loadConfig } from '../config.js';
import { openPglite } from '../db/client.js';
import { prepareDatabase } from '../db/migrate.js';
import type { TestApp } from './app.js';

const quiet = { info() {}, warn() {}, error() {} };

/**
 * Kudos in the test's process on a file-backed data directory (PGlite, holding DATA_DIR's lock),
 * optionally with its control socket, as main.ts runs it but without listening.
 */
export async function buildDataDirApp(
  dataDir: string,
  options: { controlSocket?: boolean } = {},
): Promise<TestApp> {
  const database = await openPglite(dataDir);
  await prepareDatabase(database);
  const config = loadConfig({
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    WEB_DIST: '/nonexistent',
    AUTH_RATE_LIMIT: '10000',
  });
  const app = await buildApp({ config, database, logger: false });
  await app.ready();
  const stopSocket = options.controlSocket
    ? await startControlSocket(dataDir, database, quiet)
    : async () => {};
  return {
    app,
    database,
    async close() {
      await stopSocket();
      await app.close();
      await database.close();
    },
  };
}
