// `npm run bench`: starts the production server on a fresh database, imports BENCH_ORGS (100 000)
// synthetic organisations through the import API (timed), drives each scenario with autocannon
// (32 connections, fixed duration), prints requests/s and latency percentiles, times the search
// scenarios one request at a time and their bare work in-process (the search's index and its
// generation check; the ratio is the cost of HTTP, validation and serialisation), and writes bench/results/<date>-<database>.json.
// BENCH_DATABASE_URL (a PostgreSQL server where databases may be created) runs it on PostgreSQL
// instead of the embedded PGlite.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { csrfHeader } from '../common/limits.js';
import { organisationSearchQuerySchema } from '../common/schemas/organisations.js';
import { defaultWebDist } from '../server/app.js';
import type { Database } from '../server/db/client.js';
import { computeSearch } from '../server/modules/organisations/search.js';
import { startServer } from '../server/test/process.js';
import { generateCsv } from './generate.js';
import { registryScenarios, type Scenario, scenarios } from './scenarios.js';
import { createBenchDatabase, importCsv, logIn, writeResults } from './setup.js';

const duration = Number(process.env.BENCH_DURATION ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const organisations = Number(process.env.BENCH_ORGS ?? 100_000);

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
  const bench = await createBenchDatabase();
  const database = bench.kind;
  const server = await startServer(bench.env);
  const results = [];
  const search: { scenario: string; sequentialMs: number; bareMs?: number; ratio?: number }[] = [];
  let importSeconds = 0;
  let all: Scenario[] = scenarios;
  let cookie = '';
  let orgId = '';
  try {
    if (organisations > 0) {
      const csv = generateCsv(organisations, bench.municipalities);
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
    await bench.drop();
    throw err;
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
  }
  if (search.length > 0) {
    // The server is stopped: the same database is opened here for the bare search work.
    const again = await bench.open();
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
  await bench.drop();
  const file = await writeResults(database, {
    database,
    connections,
    duration,
    organisations,
    importSeconds,
    results,
    search,
  });
  console.log(`\nwritten to ${file}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
