// `npm run bench`: starts the production server on a fresh database, drives each scenario with
// autocannon (32 connections, fixed duration), prints requests/s and latency percentiles and writes
// bench/results/<date>.json. BENCH_DATABASE_URL (a PostgreSQL server where databases may be created)
// runs it on PostgreSQL instead of the embedded PGlite.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { defaultWebDist } from '../server/app.js';
import { withDatabase } from '../server/test/database-url.js';
import { startServer } from '../server/test/process.js';
import { scenarios } from './scenarios.js';

const duration = Number(process.env.BENCH_DURATION ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const serverUrl = process.env.BENCH_DATABASE_URL;

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
  const server = await startServer(env);
  const results = [];
  try {
    console.log(
      `Kudos benchmark · ${database} · ${connections} connections · ${duration} s per scenario\n`,
    );
    console.log(
      'scenario'.padEnd(56),
      'req/s'.padStart(8),
      'p50 ms'.padStart(8),
      'p99 ms'.padStart(8),
      'errors'.padStart(7),
    );
    for (const s of scenarios) {
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
        String(row.latencyMs.p99).padStart(8),
        String(row.errors).padStart(7),
      );
    }
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
    await rm(dataDir, { recursive: true, force: true });
    if (serverUrl && dbName) {
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query(`drop database if exists ${dbName} with (force)`);
      await admin.end();
    }
  }
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
    `${JSON.stringify({ date, database, connections, duration, machine, results }, null, 2)}\n`,
  );
  console.log(`\nwritten to bench/results/${date}-${database}.json`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
