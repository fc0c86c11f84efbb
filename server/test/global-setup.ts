import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openPgliteFromSnapshot, openPostgres } from '../db/client.js';
import { prepareDatabase } from '../db/migrate.js';
import { type DbTemplate, withDatabase } from './database-url.js';

declare module 'vitest' {
  export interface ProvidedContext {
    dbTemplate: DbTemplate;
  }
}

/**
 * Migrates one database and loads its reference data once for the whole run; each test file then
 * starts from a copy (a PGlite data-dir dump, or a PostgreSQL `CREATE DATABASE … TEMPLATE`).
 * TEST_DATABASE_URL (a PostgreSQL server where the user may create databases) selects PostgreSQL.
 */
export default async function setup(project: TestProject) {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const name = `kudos_template_${process.pid}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`drop database if exists ${name}`);
    await admin.query(`create database ${name}`);
    const database = await openPostgres(withDatabase(serverUrl, name), 1);
    await prepareDatabase(database);
    await database.close();
    project.provide('dbTemplate', { kind: 'postgresql', serverUrl, name });
    return async () => {
      await admin.query(`drop database if exists ${name} with (force)`).catch(() => {});
      await admin.end();
    };
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'kudos-test-'));
  const database = await openPgliteFromSnapshot();
  await prepareDatabase(database);
  const dump = await database.snapshot?.();
  await database.close();
  if (!dump) throw new Error('the embedded database gave no snapshot');
  const file = path.join(dir, 'template.tar');
  await writeFile(file, dump);
  project.provide('dbTemplate', { kind: 'pglite', file });
  return () => rm(dir, { recursive: true, force: true });
}
