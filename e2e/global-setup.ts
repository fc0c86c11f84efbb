import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { defaultWebDist } from '../server/app.js';
import { openPglite } from '../server/db/client.js';
import { prepareDatabase } from '../server/db/migrate.js';
import { appUser } from '../server/db/schema/index.js';
import { hashPassword } from '../server/modules/accounts/passwords.js';
import { startServer } from '../server/test/process.js';
import { seedStatisticsRound } from './statistics-seed.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The server's standard output (JSON log lines), where e-mails appear without SMTP. */
    serverLog: string;
    /** A national coordinator who exists from the start (the first admin is still to be set up). */
    coordinator: { email: string; password: string };
  }
}

/** Starts the production server on the built web app and a fresh embedded database. */
export default async function setup(project: TestProject) {
  if (!existsSync(path.join(defaultWebDist, 'index.html'))) {
    throw new Error('The web app is not built: run `npm run build` first (npm test does it).');
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), 'kudos-e2e-'));
  const serverLog = path.join(dataDir, 'server.log');
  const coordinator = {
    email: 'koordinaattori@example.org',
    password: 'koordinaattorin pitkä salasana',
  };
  await addCoordinator(dataDir, coordinator);
  const server = await startServer(
    // Every test file logs in from the same address within a minute or two: the per-address
    // limit on sign-ins (tested in the API tests) would refuse the later files.
    { DATA_DIR: dataDir, LOG_LEVEL: 'info', AUTH_RATE_LIMIT: '1000' },
    { logFile: serverLog },
  );
  project.provide('baseUrl', server.url);
  project.provide('serverLog', serverLog);
  project.provide('coordinator', coordinator);
  return async () => {
    server.child.kill('SIGTERM');
    await server.exited;
    await rm(dataDir, { recursive: true, force: true });
  };
}

/**
 * Writes a verified coordinator into the database before the server opens it, and a closed survey
 * round with answers for the statistics pages (e2e/statistics-seed.ts).
 */
async function addCoordinator(dataDir: string, who: { email: string; password: string }) {
  const database = await openPglite(dataDir);
  await prepareDatabase(database);
  const [user] = await database.db
    .insert(appUser)
    .values({
      email: who.email,
      name: 'Kaisa Koordinaattori',
      passwordHash: await hashPassword(who.password),
      role: 'coordinator',
      emailVerifiedAt: new Date(),
    })
    .returning({ id: appUser.id });
  await seedStatisticsRound(database.db, (user as { id: string }).id);
  await database.close();
}
