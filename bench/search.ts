// `npm run bench:search`: the directory search under a stream of searches that no cache has seen.
// On a fresh database of each kind (PGlite, and PostgreSQL when BENCH_DATABASE_URL is set;
// BENCH_SEARCH_DATABASES=pglite or =postgresql runs one) the production server gets the bench
// registry of BENCH_SEARCH_ORGS (100 000) organisations through the import API, then:
// 1. Uncached: BENCH_SEARCH_QUERIES (6 000) distinct searches from bench/queries.ts (inflected
//    words, two words, prefixes as typed, some with a region; filter combinations; text sorted by
//    name at pages 1–20). The first 500 (a quarter on smaller runs) are sent one at a time, the
//    rest by class with autocannon at BENCH_SEARCH_CONNECTIONS (16), each request taking the next
//    search of the stream.
// 2. Cached: 200 searches of the stream sent twice at the same concurrency; the second pass is
//    what the per-generation cache answers.
// 3. Broad word: of the registry's words, the one whose search matches nearest a quarter of the
//    registry (the `total` of a few candidates is asked first), then 50 variants of it (page,
//    sort) one at a time.
// 4. Suggestions: 2 000 distinct prefixes to GET /api/v1/organisations/suggestions at the same
//    concurrency (skipped with a note while the server answers them 404).
// Prints a table per database; writes bench/results/<date>-search.json.
import { type Started, startServer } from '../server/test/process.js';
import { generateCsv } from './generate.js';
import { classNames, type QueryClass, searchStream, suggestionPrefixes } from './queries.js';
import {
  type BenchDatabase,
  createBenchDatabase,
  importCsv,
  logIn,
  writeResults,
} from './setup.js';
import {
  type Figures,
  figures,
  oneAtATime,
  printHeader,
  printRow,
  stream as streamAt,
} from './stream.js';

const organisations = Number(process.env.BENCH_SEARCH_ORGS ?? 100_000);
const queryCount = Number(process.env.BENCH_SEARCH_QUERIES ?? 6000);
const connections = Number(process.env.BENCH_SEARCH_CONNECTIONS ?? 16);
const sequentialCount = Math.min(500, Math.floor(queryCount / 4));
const cachedCount = 200;
const broadVariants = 50;
const suggestionCount = 2000;
const kinds = (process.env.BENCH_SEARCH_DATABASES ?? 'pglite,postgresql')
  .split(',')
  .map((k) => k.trim())
  .filter((k): k is BenchDatabase['kind'] => k === 'pglite' || k === 'postgresql')
  .filter((k) => k === 'pglite' || process.env.BENCH_DATABASE_URL);

/** `stream` at this benchmark's concurrency unless told otherwise. */
const stream = (baseUrl: string, paths: readonly string[], conns = connections) =>
  streamAt(baseUrl, paths, conns);

async function totalOf(baseUrl: string, query: string): Promise<number> {
  const res = await fetch(`${baseUrl}/api/v1/organisations?${query}&pageSize=1&facets=false`);
  if (!res.ok) throw new Error(`search failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { total: number }).total;
}

/** Words of the registry's names and descriptions whose share of rows is nearest a quarter. */
function broadCandidates(csv: string, n: number): string[] {
  const rows = csv.trim().split('\r\n').slice(1);
  const df = new Map<string, number>();
  for (const line of rows) {
    const cols = line.split(';');
    const text = `${cols[0]} ${cols[9]}`.toLocaleLowerCase('fi');
    for (const w of new Set(text.match(/\p{L}{4,}/gu) ?? [])) df.set(w, (df.get(w) ?? 0) + 1);
  }
  return [...df]
    .map(([w, c]) => [w, c / rows.length] as const)
    .filter(([, share]) => share > 0.1 && share < 0.6)
    .sort((a, b) => Math.abs(a[1] - 0.25) - Math.abs(b[1] - 0.25))
    .slice(0, n)
    .map(([w]) => w);
}

async function onDatabase(kind: BenchDatabase['kind']) {
  const bench = await createBenchDatabase(kind);
  let server: Started | undefined;
  try {
    const pool = process.env.DATABASE_POOL_SIZE;
    server = await startServer(
      {
        ...bench.env,
        ...(pool ? { DATABASE_POOL_SIZE: pool } : {}),
        ...(process.env.WORKERS ? { WORKERS: process.env.WORKERS } : {}),
        // BENCH_SERVER_NODE_ARGS=--cpu-prof profiles the server (written when it stops).
        ...(process.env.BENCH_SERVER_NODE_ARGS
          ? { NODE_ARGS: process.env.BENCH_SERVER_NODE_ARGS }
          : {}),
      },
      { timeoutMs: 120_000 },
    );
    const base = server.url;
    const csv = generateCsv(organisations, bench.municipalities);
    console.log(`\n${kind}: importing ${organisations} organisations…`);
    const importSeconds = await importCsv(base, await logIn(base), csv);
    console.log(`${kind}: import ${importSeconds.toFixed(1)} s`);

    // The broad word first: its totals (pageSize=1, which no other search here asks) also warm
    // the server up before the timed runs.
    const registry = await totalOf(base, 'sort=name');
    const candidates = [];
    for (const word of broadCandidates(csv, 6))
      candidates.push({ word, total: await totalOf(base, `q=${encodeURIComponent(word)}`) });
    candidates.sort(
      (a, b) => Math.abs(a.total / registry - 0.25) - Math.abs(b.total / registry - 0.25),
    );
    const broad = candidates[0] as { word: string; total: number };
    console.log(
      `${kind}: broad-word candidates (share of ${registry}):`,
      candidates.map((c) => `${c.word} ${((100 * c.total) / registry).toFixed(1)} %`).join(', '),
    );

    // The values the registry's facets show, for the filters of the stream.
    const unfiltered = (await (await fetch(`${base}/api/v1/organisations?pageSize=1`)).json()) as {
      facets?: Record<string, { value: string; count: number }[]>;
    };
    const inUse = Object.fromEntries(
      Object.entries(unfiltered.facets ?? {}).map(([name, values]) => [
        name,
        values.filter((v) => v.count > 0).map((v) => v.value),
      ]),
    );
    const all = searchStream(queryCount, bench.municipalities, inUse);
    const classes = Object.keys(classNames) as QueryClass[];
    const rows: { name: string; figures: Figures }[] = [];
    const row = (name: string, f: Figures) => {
      rows.push({ name, figures: f });
      printRow(name, f);
    };
    console.log(
      `\nKudos search benchmark · ${kind} · ${registry} organisations · ${all.length} distinct searches · ${connections} connections`,
    );
    printHeader();

    // 1. Uncached, one at a time, then by class at `connections`.
    const first = all.slice(0, sequentialCount);
    const seq = await oneAtATime(
      base,
      first.map((q) => q.path),
    );
    const sequential: Record<string, Figures> = {};
    const nonOk = (statuses: number[]) => statuses.filter((s) => s < 200 || s > 299).length;
    const count = (flags: boolean[]) => flags.filter(Boolean).length;
    sequential.all = figures(seq.ms, { non2xx: nonOk(seq.statuses), empty: count(seq.empty) });
    row(`uncached, one at a time: all`, sequential.all);
    for (const cls of classes) {
      const idx = first.flatMap((q, i) => (q.cls === cls ? [i] : []));
      sequential[cls] = figures(
        idx.map((i) => seq.ms[i] as number),
        {
          non2xx: nonOk(idx.map((i) => seq.statuses[i] as number)),
          empty: count(idx.map((i) => seq.empty[i] as boolean)),
        },
      );
      row(`  ${classNames[cls]}`, sequential[cls]);
    }
    const concurrent: Record<string, Figures> = {};
    for (const cls of classes) {
      const paths = all
        .slice(sequentialCount)
        .filter((q) => q.cls === cls)
        .map((q) => q.path);
      concurrent[cls] = await stream(base, paths);
      row(`uncached, ${connections} conn.: ${classNames[cls]}`, concurrent[cls]);
    }

    // 2. Cached: the second of two passes over 200 searches of the stream.
    const step = Math.max(1, Math.floor(all.length / cachedCount));
    const subset = all
      .filter((_, i) => i % step === 0)
      .slice(0, cachedCount)
      .map((q) => q.path);
    await stream(base, subset);
    const cached = await stream(base, subset);
    row(`cached, ${connections} conn. (2nd pass of ${subset.length})`, cached);

    // 3. The broad word, 50 variants one at a time (sort × page, facets counted).
    // (The word may be one of the stream's too: its searches sent already are left out.)
    const sent = new Set(all.map((q) => q.path));
    const variants: string[] = [];
    for (let page = 1; variants.length < broadVariants; page++)
      for (const sort of ['', 'name', 'updated']) {
        const params = new URLSearchParams({ q: broad.word });
        if (sort) params.set('sort', sort);
        if (page > 1) params.set('page', String(page));
        const path = `/api/v1/organisations?${params}`;
        if (variants.length < broadVariants && !sent.has(path)) variants.push(path);
      }
    const b = await oneAtATime(base, variants);
    const share = ((100 * broad.total) / registry).toFixed(1);
    const broadFigures = figures(b.ms, { non2xx: nonOk(b.statuses), empty: count(b.empty) });
    row(`broad "${broad.word}" (${share} %), one at a time`, broadFigures);

    // 4. Suggestions, when the server has them.
    let suggestions: Figures | { skipped: string };
    const probe = await fetch(`${base}/api/v1/organisations/suggestions?q=zq&lang=fi`);
    await probe.arrayBuffer();
    if (probe.ok) {
      const names = csv
        .trim()
        .split('\r\n')
        .slice(1)
        .map((line) => line.split(';')[0] as string);
      const prefixes = suggestionPrefixes(suggestionCount, names);
      suggestions = await stream(
        base,
        prefixes.map((p) => `/api/v1/organisations/suggestions?q=${encodeURIComponent(p)}&lang=fi`),
      );
      row(`suggestions, ${connections} conn. (${prefixes.length} prefixes)`, suggestions);
    } else {
      suggestions = { skipped: `GET /api/v1/organisations/suggestions answered ${probe.status}` };
      console.log(`suggestions: skipped (the endpoint answered ${probe.status}, not here yet?)`);
    }

    return {
      database: kind,
      organisations: registry,
      importSeconds: Number(importSeconds.toFixed(1)),
      searches: {
        distinct: all.length,
        byClass: Object.fromEntries(classes.map((c) => [c, all.filter((q) => q.cls === c).length])),
      },
      uncached: { oneAtATime: sequential, concurrent },
      cached,
      broad: {
        word: broad.word,
        total: broad.total,
        share: Number(share),
        candidates,
        variants: variants.length,
        oneAtATime: broadFigures,
      },
      suggestions,
      table: rows,
    };
  } finally {
    if (server) {
      server.child.kill('SIGTERM');
      await server.exited;
    }
    await bench.drop();
  }
}

async function main() {
  if (kinds.length === 0)
    throw new Error(
      'no database to run on (BENCH_SEARCH_DATABASES; postgresql needs BENCH_DATABASE_URL)',
    );
  const databases = [];
  for (const kind of kinds) databases.push(await onDatabase(kind));
  console.log(
    '\nlatencies in ms; p50/p95/… over every answer; req/s over the whole run; empty: answers without items',
  );
  const file = await writeResults('search', {
    organisations,
    queries: queryCount,
    connections,
    sequential: sequentialCount,
    databases,
  });
  console.log(`written to ${file}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
