import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { inject } from 'vitest';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import { type Database, openPgliteFromSnapshot, openPostgres } from '../db/client.js';
import { withDatabase } from './database-url.js';

/** A fresh database copied from the run's migrated template. */
export async function createTestDatabase(): Promise<Database> {
  const template = inject('dbTemplate');
  if (template.kind === 'pglite') {
    return openPgliteFromSnapshot(new Uint8Array(await readFile(template.file)));
  }
  const name = `kudos_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: template.serverUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name} template ${template.name}`);
  } finally {
    await admin.end();
  }
  const database = await openPostgres(withDatabase(template.serverUrl, name), 4);
  return {
    ...database,
    async close() {
      await database.close();
      const cleanup = new pg.Client({ connectionString: template.serverUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  close(): Promise<void>;
}

/** Builds the app on a fresh database, the way main.ts does, without listening. */
export async function buildTestApp(
  options: { env?: Record<string, string>; extend?: (app: FastifyInstance) => void } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  // Rate limits are tested on their own; elsewhere many requests come from one address.
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    WEB_DIST: '/nonexistent',
    AUTH_RATE_LIMIT: '10000',
    ...options.env,
  });
  // TEST_LOG=error shows the server's log (e.g. the cause of a 500) while debugging a test.
  const level = process.env.TEST_LOG;
  const app = await buildApp({ config, database, logger: level ? { level } : false });
  options.extend?.(app);
  await app.ready();
  return {
    app,
    database,
    async close() {
      await app.close();
      await database.close();
    },
  };
}
