// What the benchmark scripts share: a fresh database (PGlite in a temporary folder, or a new
// database on the BENCH_DATABASE_URL server) with the importing coordinator, the production server
// on it, and imports through the API.
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { csrfHeader } from '../common/limits.js';
import { type Database, openPglite, openPostgres } from '../server/db/client.js';
import { prepareDatabase } from '../server/db/migrate.js';
import { appUser, municipality } from '../server/db/schema/index.js';
import { hashPassword } from '../server/modules/accounts/passwords.js';
import { withDatabase } from '../server/test/database-url.js';

const serverUrl = process.env.BENCH_DATABASE_URL;
const importer = { email: 'bench@example.org', password: 'benchmark-salasana-pitkä' };

export interface BenchDatabase {
  kind: 'pglite' | 'postgresql';
  /** Environment for the server process (DATA_DIR, and DATABASE_URL on PostgreSQL). */
  env: Record<string, string>;
  /** Municipality codes by region code, from the reference data. */
  municipalities: Map<string, string[]>;
  /** Opens the database in this process (only while the server is not running on PGlite). */
  open(): Promise<Database>;
  /** Deletes the database. */
  drop(): Promise<void>;
}

/**
 * A fresh migrated database with the importing coordinator: on the BENCH_DATABASE_URL server when
 * it is set, else PGlite (`kind` chooses, for scripts that run on both).
 */
export async function createBenchDatabase(
  kind: BenchDatabase['kind'] = serverUrl ? 'postgresql' : 'pglite',
): Promise<BenchDatabase> {
  if (kind === 'postgresql' && !serverUrl) throw new Error('BENCH_DATABASE_URL is not set');
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'kudos-bench-'));
  const env: Record<string, string> = { DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  // BENCH_NODE_ARGS: options for the server's node, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`.
  if (process.env.BENCH_NODE_ARGS) env.NODE_ARGS = process.env.BENCH_NODE_ARGS;
  let dbName: string | undefined;
  if (kind === 'postgresql' && serverUrl) {
    dbName = `kudos_bench_${randomBytes(4).toString('hex')}`;
    await onServer(`create database ${dbName}`);
    env.DATABASE_URL = withDatabase(serverUrl, dbName);
  }
  const open = () => (env.DATABASE_URL ? openPostgres(env.DATABASE_URL, 2) : openPglite(dataDir));
  const setup = await open();
  try {
    await prepareDatabase(setup);
    await setup.db.insert(appUser).values({
      email: importer.email,
      name: 'Bench Coordinator',
      passwordHash: await hashPassword(importer.password),
      role: 'coordinator',
      emailVerifiedAt: new Date(),
    });
    const rows = await setup.db
      .select({ code: municipality.code, region: municipality.regionCode })
      .from(municipality);
    const municipalities = new Map<string, string[]>();
    for (const r of rows)
      municipalities.set(r.region, [...(municipalities.get(r.region) ?? []), r.code]);
    return {
      kind,
      env,
      municipalities,
      open,
      async drop() {
        await rm(dataDir, { recursive: true, force: true });
        if (dbName) await onServer(`drop database if exists ${dbName} with (force)`);
      },
    };
  } finally {
    await setup.close();
  }
}

async function onServer(statement: string) {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}

/** Logs the bench coordinator in; returns the session cookie. */
export async function logIn(baseUrl: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [csrfHeader]: '1' },
    body: JSON.stringify(importer),
  });
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!res.ok || !cookie) throw new Error(`login failed: ${res.status}`);
  return cookie;
}

/** The columns of `generateCsv`'s files. */
export const importMapping = {
  name: 0,
  businessId: 1,
  legalForm: 2,
  municipality: 3,
  actorTypes: 4,
  themes: 5,
  sdgGoals: 6,
  industryCode: 7,
  foundedYear: 8,
  descriptionFi: 9,
};

/** Sends a CSV to an import endpoint (`import` or `import/dry-run`) with `importMapping`. */
export function postCsv(
  baseUrl: string,
  cookie: string,
  endpoint: 'import' | 'import/dry-run',
  csv: string,
  signal?: AbortSignal,
): Promise<Response> {
  return fetch(
    `${baseUrl}/api/v1/organisations/${endpoint}?mapping=${encodeURIComponent(JSON.stringify(importMapping))}`,
    {
      method: 'POST',
      headers: { 'content-type': 'text/csv', cookie, [csrfHeader]: '1' },
      body: csv,
      signal,
    },
  );
}

/** Imports the CSV through the API and returns the seconds it took (upload, checks and writes). */
export async function importCsv(baseUrl: string, cookie: string, csv: string): Promise<number> {
  const started = performance.now();
  const res = await postCsv(baseUrl, cookie, 'import', csv);
  const text = await res.text();
  const last = JSON.parse(text.trim().split('\n').at(-1) ?? '{}');
  if (!res.ok || last.state !== 'done')
    throw new Error(`import failed: ${res.status} ${text.slice(0, 500)}`);
  return (performance.now() - started) / 1000;
}

/** Writes `bench/results/<date>-<name>.json` with the machine's description; returns its path. */
export async function writeResults(name: string, results: object): Promise<string> {
  const date = new Date().toISOString().slice(0, 10);
  const dir = new URL('./results/', import.meta.url);
  await mkdir(dir, { recursive: true });
  const machine = {
    cpus: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
  };
  await writeFile(
    new URL(`${date}-${name}.json`, dir),
    `${JSON.stringify({ date, machine, ...results }, null, 2)}\n`,
  );
  return `bench/results/${date}-${name}.json`;
}

/**
 * Waits for the search indexes a server builds once after it starts (the directory's, the
 * projects' and the networks'; seconds for 100 000 organisations) with one search each, so that
 * the first scenario measures requests, not that start. Returns the seconds it took.
 */
export async function waitForSearchIndexes(baseUrl: string): Promise<number> {
  const started = performance.now();
  for (const path of [
    '/api/v1/organisations?q=osuuskunta&pageSize=1',
    '/api/v1/projects?q=hanke&pageSize=1',
    '/api/v1/networks?q=verkosto&pageSize=1',
  ]) {
    const res = await fetch(`${baseUrl}${path}`);
    if (!res.ok) throw new Error(`GET ${path} answered ${res.status}`);
  }
  return (performance.now() - started) / 1000;
}
