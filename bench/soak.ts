// `npm run bench:soak`: the production server under a long mixed load, as a busy day would bring.
// 1. On a fresh database, imports BENCH_SOAK_IMPORT (100 000) generated organisations through the
//    API while one client asks /api/health every 10 ms: how the process answers while an import
//    holds the database.
// 2. On another fresh database with BENCH_SOAK_ORGS (20 000) organisations, for BENCH_SOAK_SECONDS
//    (600), BENCH_SOAK_CONNECTIONS (64) clients send a mix: 70 %
//    searches that are all different (words, inflections, regions, themes, sorts and pages drawn at
//    random, so the per-generation cache rarely answers), 20 % reads of random organisations, 10 %
//    edits (read the organisation, then PATCH it with the version read). Every edit moves the
//    registry generation on, so the cache empties all the time, as on a day of real editing.
// The server's resident memory (RSS) is sampled every 5 s. Prints latency percentiles per kind of
// request, every 5xx, and the memory series; writes bench/results/<date>-soak-<database>.json.
// BENCH_DATABASE_URL runs it on a PostgreSQL server instead of the embedded PGlite;
// BENCH_SOAK_SECONDS=0 runs only the import.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { csrfHeader } from '../common/limits.js';
import { codes } from '../common/organisations.js';
import { startServer } from '../server/test/process.js';
import { fields, generateCsv, words } from './generate.js';
import { createBenchDatabase, importCsv, logIn, postCsv, writeResults } from './setup.js';

const importRows = Number(process.env.BENCH_SOAK_IMPORT ?? 100_000);
const soakOrgs = Number(process.env.BENCH_SOAK_ORGS ?? 20_000);
const seconds = Number(process.env.BENCH_SOAK_SECONDS ?? 600);
const connections = Number(process.env.BENCH_SOAK_CONNECTIONS ?? 64);

type Kind = 'search' | 'read' | 'edit' | 'edit-read';

class Latencies {
  private readonly ms: number[] = [];
  count = 0;
  status: Record<string, number> = {};
  add(ms: number, status: number) {
    this.ms.push(ms);
    this.count += 1;
    this.status[status] = (this.status[status] ?? 0) + 1;
  }
  summary() {
    const sorted = [...this.ms].sort((a, b) => a - b);
    const at = (q: number) =>
      sorted.length
        ? Number(
            (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0).toFixed(1),
          )
        : null;
    return {
      count: this.count,
      p50: at(0.5),
      p95: at(0.95),
      p99: at(0.99),
      max: sorted.length ? Number((sorted.at(-1) ?? 0).toFixed(1)) : null,
      status: this.status,
    };
  }
}

const agent = new http.Agent({ keepAlive: true, maxSockets: connections + 2 });

function send(
  base: URL,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<{ status: number; body: string; ms: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        agent,
        host: base.hostname,
        port: base.port,
        method,
        path,
        headers: body ? { ...headers, 'content-type': 'application/json' } : headers,
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d) => {
          text += d;
        });
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: text, ms: performance.now() - started }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Resident memory of a process in MiB, from /proc. */
function rssMiB(pid: number): number {
  const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
  return m ? Math.round(Number(m[1]) / 1024) : 0;
}

const endings = ['', 'n', 'ssa', 'lla', 'sta'];
const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)] as T;

/** A search that is very likely never to have been sent before in this run. */
function randomSearch(regions: readonly string[]): string {
  const params = new URLSearchParams();
  const term = Math.random() < 0.5 ? pick(words) : pick(fields);
  params.set('q', `${term.toLowerCase()}${pick(endings)}`);
  if (Math.random() < 0.5) params.set('region', pick(regions));
  if (Math.random() < 0.3) params.set('theme', pick(codes.themes));
  if (Math.random() < 0.3) params.set('sort', pick(['name', 'updated']));
  params.set('page', String(1 + Math.floor(Math.random() * 3)));
  params.set('pageSize', String(10 + Math.floor(Math.random() * 20)));
  return `/api/v1/organisations?${params}`;
}

/** Phase 1: /api/health while an import of `importRows` rows holds the database. */
async function importWithHealth() {
  const bench = await createBenchDatabase();
  const server = await startServer(bench.env, { timeoutMs: 120_000 });
  const base = new URL(server.url);
  try {
    const cookie = await logIn(server.url);
    const csv = generateCsv(importRows, bench.municipalities);
    const health = new Latencies();
    let importing = true;
    const started = performance.now();
    const run = postCsv(server.url, cookie, 'import', csv).then(async (res) => {
      const text = await res.text();
      importing = false;
      const last = JSON.parse(text.trim().split('\n').at(-1) ?? '{}');
      if (!res.ok || last.state !== 'done')
        throw new Error(`import failed: ${res.status} ${text.slice(0, 300)}`);
    });
    while (importing) {
      const r = await send(base, 'GET', '/api/health');
      health.add(r.ms, r.status);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await run;
    const importSeconds = (performance.now() - started) / 1000;
    console.log(
      `import of ${importRows} rows on ${bench.kind}: ${importSeconds.toFixed(1)} s; /api/health meanwhile:`,
      health.summary(),
    );
    return {
      rows: importRows,
      seconds: Number(importSeconds.toFixed(1)),
      health: health.summary(),
    };
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
    await bench.drop();
  }
}

/** Phase 2: the mixed load on a registry of `soakOrgs` organisations. */
async function soak() {
  const bench = await createBenchDatabase();
  const pool = process.env.DATABASE_POOL_SIZE;
  const server = await startServer(
    {
      ...bench.env,
      ...(pool ? { DATABASE_POOL_SIZE: pool } : {}),
      ...(process.env.WORKERS ? { WORKERS: process.env.WORKERS } : {}),
    },
    { timeoutMs: 120_000 },
  );
  const base = new URL(server.url);
  const pid = server.child.pid as number;
  try {
    const cookie = await logIn(server.url);
    await importCsv(server.url, cookie, generateCsv(soakOrgs, bench.municipalities));
    const regions = [...bench.municipalities.keys()];
    // Organisation ids to read and edit.
    const ids: string[] = [];
    for (let page = 1; ids.length < 2000 && page <= 20; page++) {
      const r = await send(
        base,
        'GET',
        `/api/v1/organisations?pageSize=100&page=${page}&sort=name&facets=false`,
      );
      for (const o of JSON.parse(r.body).items as { id: string }[]) ids.push(o.id);
    }

    // 2. The mixed soak.
    const by: Record<Kind, Latencies> = {
      search: new Latencies(),
      read: new Latencies(),
      edit: new Latencies(),
      'edit-read': new Latencies(),
    };
    const failures: string[] = [];
    const memory: { atSeconds: number; rssMiB: number }[] = [];
    const soakStart = performance.now();
    const until = soakStart + seconds * 1000;
    const sampler = setInterval(() => {
      memory.push({
        atSeconds: Math.round((performance.now() - soakStart) / 1000),
        rssMiB: rssMiB(pid),
      });
    }, 5000);
    const note = (kind: Kind, r: { status: number; ms: number; body: string }, what: string) => {
      by[kind].add(r.ms, r.status);
      if (r.status >= 500 && failures.length < 50)
        failures.push(`${r.status} ${what}: ${r.body.slice(0, 200)}`);
    };
    const client = async () => {
      while (performance.now() < until) {
        const x = Math.random();
        if (x < 0.7) {
          const path = randomSearch(regions);
          note('search', await send(base, 'GET', path), path);
        } else if (x < 0.9) {
          const path = `/api/v1/organisations/${pick(ids)}`;
          note('read', await send(base, 'GET', path), path);
        } else {
          const id = pick(ids);
          const current = await send(base, 'GET', `/api/v1/organisations/${id}`, { cookie });
          note('edit-read', current, id);
          if (current.status !== 200) continue;
          const { version } = JSON.parse(current.body) as { version: number };
          const edit = await send(
            base,
            'PATCH',
            `/api/v1/organisations/${id}`,
            { cookie, [csrfHeader]: '1' },
            JSON.stringify({ version, foundedYear: 1900 + Math.floor(Math.random() * 120) }),
          );
          note('edit', edit, `PATCH ${id}`);
        }
      }
    };
    await Promise.all(Array.from({ length: connections }, client));
    clearInterval(sampler);
    const summary = Object.fromEntries(Object.entries(by).map(([k, v]) => [k, v.summary()]));
    const total = Object.values(by).reduce((n, l) => n + l.count, 0);
    const fiveXx = Object.values(by).reduce(
      (n, l) =>
        n +
        Object.entries(l.status)
          .filter(([s]) => Number(s) >= 500)
          .reduce((m, [, c]) => m + c, 0),
      0,
    );
    const afterFirstMinute = memory.filter((m) => m.atSeconds >= 60).map((m) => m.rssMiB);
    const result = {
      requests: total,
      requestsPerSecond: Math.round(total / seconds),
      fiveXx,
      failures,
      latencyMs: summary,
      memory: {
        samples: memory,
        afterFirstMinute: afterFirstMinute.length
          ? {
              first: afterFirstMinute[0],
              last: afterFirstMinute.at(-1),
              min: Math.min(...afterFirstMinute),
              max: Math.max(...afterFirstMinute),
            }
          : null,
      },
    };
    console.log(
      `\nsoak: ${seconds} s at ${connections} connections on ${bench.kind}: ${total} requests (${Math.round(total / seconds)}/s), ${fiveXx} answers 5xx`,
    );
    for (const [k, v] of Object.entries(summary)) console.log(k.padEnd(10), JSON.stringify(v));
    console.log('RSS every 5 s (MiB):', memory.map((m) => m.rssMiB).join(' '));
    for (const f of failures.slice(0, 10)) console.log('  ', f);
    return result;
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
    await bench.drop();
  }
}

async function main() {
  const kind = process.env.BENCH_DATABASE_URL ? 'postgresql' : 'pglite';
  const imported = await importWithHealth();
  // BENCH_SOAK_SECONDS=0 measures the import alone (results in soak-import-<database>.json).
  const results =
    seconds > 0
      ? {
          database: kind,
          connections,
          import: imported,
          soak: { organisations: soakOrgs, seconds, ...(await soak()) },
        }
      : { database: kind, import: imported };
  // A registry of another size than the default keeps its own file (soak-postgresql-100000.json).
  const size = soakOrgs === 20_000 ? '' : `-${soakOrgs}`;
  const name = seconds > 0 ? `soak-${kind}${size}` : `soak-import-${kind}`;
  console.log(`\nwritten to ${await writeResults(name, results)}`);
  agent.destroy();
}

await main();
