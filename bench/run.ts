// `npm run bench`: starts the production server on a fresh database, imports BENCH_ORGS (100 000)
// synthetic organisations through the import API (timed), drives each scenario with autocannon
// (32 connections, fixed duration), prints requests/s and latency percentiles, times the search
// scenarios one request at a time and their bare database work in-process (the ratio is the cost of
// HTTP, validation and serialisation), and writes bench/results/<date>-<database>.json.
// BENCH_DATABASE_URL (a PostgreSQL server where databases may be created) runs it on PostgreSQL
// instead of the embedded PGlite.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { csrfHeader } from '../common/limits.js';
import { organisationSearchQuerySchema } from '../common/schemas/organisations.js';
import { defaultWebDist } from '../server/app.js';
import { type Database, openPglite, openPostgres } from '../server/db/client.js';
import { prepareDatabase } from '../server/db/migrate.js';
import { appUser, municipality } from '../server/db/schema/index.js';
import { hashPassword } from '../server/modules/accounts/passwords.js';
import { computeSearch } from '../server/modules/organisations/search.js';
import { withDatabase } from '../server/test/database-url.js';
import { startServer } from '../server/test/process.js';
import { generateCsv } from './generate.js';
import { registryScenarios, type Scenario, scenarios } from './scenarios.js';

const duration = Number(process.env.BENCH_DURATION ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const serverUrl = process.env.BENCH_DATABASE_URL;
const organisations = Number(process.env.BENCH_ORGS ?? 100_000);
const importer = { email: 'bench@example.org', password: 'benchmark-salasana-pitkä' };

function openBench(dataDir: string, url: string | undefined): Promise<Database> {
  return url ? openPostgres(url, 2) : openPglite(dataDir);
}

/** Migrates, adds the importing coordinator and reads the municipalities, before the server starts. */
async function prepare(database: Database) {
  await prepareDatabase(database);
  await database.db.insert(appUser).values({
    email: importer.email,
    name: 'Bench Coordinator',
    passwordHash: await hashPassword(importer.password),
    role: 'coordinator',
    emailVerifiedAt: new Date(),
  });
  const rows = await database.db
    .select({ code: municipality.code, region: municipality.regionCode })
    .from(municipality);
  const byRegion = new Map<string, string[]>();
  for (const r of rows) byRegion.set(r.region, [...(byRegion.get(r.region) ?? []), r.code]);
  return byRegion;
}

async function logIn(baseUrl: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [csrfHeader]: '1' },
    body: JSON.stringify(importer),
  });
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!res.ok || !cookie) throw new Error(`login failed: ${res.status}`);
  return cookie;
}

const importMapping = {
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

/** Imports the CSV through the API and returns the seconds it took (upload, checks and writes). */
async function importCsv(baseUrl: string, cookie: string, csv: string): Promise<number> {
  const started = performance.now();
  const res = await fetch(
    `${baseUrl}/api/v1/organisations/import?mapping=${encodeURIComponent(JSON.stringify(importMapping))}`,
    {
      method: 'POST',
      headers: { 'content-type': 'text/csv', cookie, [csrfHeader]: '1' },
      body: csv,
    },
  );
  const text = await res.text();
  const last = JSON.parse(text.trim().split('\n').at(-1) ?? '{}');
  if (!res.ok || last.state !== 'done')
    throw new Error(`import failed: ${res.status} ${text.slice(0, 500)}`);
  return (performance.now() - started) / 1000;
}

/**
 * Mean latency of one request after another with a cold cache: before each timed request an edit
 * of one organisation (not timed) moves the registry generation on, so the search is computed.
 */
async function coldSequentialMs(
  baseUrl: string,
  path: string,
  cookie: string,
  orgId: string,
  n: number,
): Promise<number> {
  let total = 0;
  for (let i = 0; i < n; i++) {
    const current = (await (await fetch(`${baseUrl}/api/v1/organisations/${orgId}`)).json()) as {
      version: number;
    };
    const edit = await fetch(`${baseUrl}/api/v1/organisations/${orgId}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', cookie, [csrfHeader]: '1' },
      body: JSON.stringify({ version: current.version, foundedYear: 1900 + i }),
    });
    if (!edit.ok) throw new Error(`edit failed: ${edit.status} ${await edit.text()}`);
    const started = performance.now();
    await fetch(baseUrl + path).then((r) => r.text());
    total += performance.now() - started;
  }
  return total / n;
}

/** Mean time of the search's own database work, in-process, one after another. */
async function bareMs(database: Database, path: string, n: number): Promise<number> {
  const query = organisationSearchQuerySchema.parse(
    Object.fromEntries(new URL(path, 'http://x').searchParams),
  );
  await computeSearch(database.db, query);
  const started = performance.now();
  for (let i = 0; i < n; i++) await computeSearch(database.db, query);
  return (performance.now() - started) / n;
}

async function main() {
  if (!existsSync(path.join(defaultWebDist, 'index.html'))) {
    spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
  }
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'kudos-bench-'));
  let dbName: string | undefined;
  const env: Record<string, string> = { DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  if (serverUrl) {
    dbName = `kudos_bench_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${dbName}`);
    await admin.end();
    env.DATABASE_URL = withDatabase(serverUrl, dbName);
  }
  const database = serverUrl ? 'postgresql' : 'pglite';
  const setup = await openBench(dataDir, env.DATABASE_URL);
  const municipalities = await prepare(setup);
  await setup.close();
  const server = await startServer(env);
  const results = [];
  const search: { scenario: string; sequentialMs: number; bareMs?: number; ratio?: number }[] = [];
  let importSeconds = 0;
  let all: Scenario[] = scenarios;
  let cookie = '';
  let orgId = '';
  try {
    if (organisations > 0) {
      const csv = generateCsv(organisations, municipalities);
      cookie = await logIn(server.url);
      console.log(
        `importing ${organisations} organisations (${(csv.length / 2 ** 20).toFixed(1)} MiB CSV)…`,
      );
      importSeconds = await importCsv(server.url, cookie, csv);
      console.log(`import of ${organisations} rows: ${importSeconds.toFixed(1)} s\n`);
      const some = await fetch(
        `${server.url}/api/v1/organisations?sort=name&pageSize=1&facets=false`,
      );
      orgId = ((await some.json()) as { items: { id: string }[] }).items[0]?.id ?? '';
      all = [...scenarios, ...registryScenarios(orgId)];
    }
    console.log(
      `Kudos benchmark · ${database} · ${connections} connections · ${duration} s per scenario\n`,
    );
    console.log(
      'scenario'.padEnd(56),
      'req/s'.padStart(8),
      'p50 ms'.padStart(8),
      'p97.5 ms'.padStart(8),
      'p99 ms'.padStart(8),
      'errors'.padStart(7),
    );
    for (const s of all) {
      const r = await autocannon({
        url: server.url + s.path,
        method: s.method ?? 'GET',
        body: s.body,
        headers: s.body ? { 'content-type': 'application/json' } : {},
        connections,
        duration,
      });
      const row = {
        scenario: s.name,
        requestsPerSecond: Math.round(r.requests.average),
        // autocannon reports p90 and p97.5, not p95: p97.5 is an upper bound of p95.
        latencyMs: {
          p50: r.latency.p50,
          p90: r.latency.p90,
          p97_5: r.latency.p97_5,
          p99: r.latency.p99,
        },
        errors: r.errors + r.non2xx,
        requests: r.requests.total,
      };
      results.push(row);
      console.log(
        s.name.padEnd(56),
        String(row.requestsPerSecond).padStart(8),
        String(row.latencyMs.p50).padStart(8),
        String(row.latencyMs.p97_5).padStart(8),
        String(row.latencyMs.p99).padStart(8),
        String(row.errors).padStart(7),
      );
    }
    for (const s of all.filter((x) => x.search)) {
      search.push({
        scenario: s.name,
        sequentialMs: await coldSequentialMs(server.url, s.path, cookie, orgId, 20),
      });
    }
  } catch (err) {
    await cleanup();
    throw err;
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
  }
  async function cleanup() {
    await rm(dataDir, { recursive: true, force: true });
    if (serverUrl && dbName) {
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query(`drop database if exists ${dbName} with (force)`);
      await admin.end();
    }
  }
  if (search.length > 0) {
    // The server is stopped: the same database is opened here for the bare search work.
    const again = await openBench(dataDir, env.DATABASE_URL);
    try {
      console.log(
        `\n${'search, one at a time, cold cache'.padEnd(56)} ${'API ms'.padStart(8)} ${'SQL ms'.padStart(8)} ${'ratio'.padStart(7)}`,
      );
      for (const s of search) {
        const path = all.find((x) => x.name === s.scenario)?.path ?? '';
        s.bareMs = await bareMs(again, path, 20);
        s.ratio = s.sequentialMs / s.bareMs;
        console.log(
          s.scenario.padEnd(56),
          s.sequentialMs.toFixed(1).padStart(8),
          s.bareMs.toFixed(1).padStart(8),
          s.ratio.toFixed(2).padStart(7),
        );
      }
    } finally {
      await again.close();
    }
  }
  await cleanup();
  const date = new Date().toISOString().slice(0, 10);
  const dir = new URL('./results/', import.meta.url);
  await mkdir(dir, { recursive: true });
  const file = new URL(`${date}-${database}.json`, dir);
  const machine = {
    cpus: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
  };
  await writeFile(
    file,
    `${JSON.stringify({ date, database, connections, duration, machine, organisations, importSeconds, results, search }, null, 2)}\n`,
  );
  console.log(`\nwritten to bench/results/${date}-${database}.json`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
