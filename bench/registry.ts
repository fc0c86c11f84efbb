// `npm run bench:registry`: projects, relations and networks under streams of distinct requests.
// On a fresh database of each kind (PGlite, and PostgreSQL when BENCH_DATABASE_URL is set;
// BENCH_REGISTRY_DATABASES=pglite or =postgresql runs one): BENCH_REGISTRY_ORGS (100 000)
// organisations through the import API, then (server stopped) 10 000 projects with 2–8 partners,
// 30 000 relations and 300 networks written by bench/generate-registry.ts, then each scenario as a
// stream of requests that all differ (searches and filter combinations, different projects,
// organisations, networks, graph sizes and expanded nodes) at BENCH_REGISTRY_CONNECTIONS (16);
// the region ecosystem data has only 19 distinct requests (one per region), sent ten times over,
// so its organisation counts come partly from the directory's result cache. Targets (issue 11): p95 under
// 100 ms on PostgreSQL and under 300 ms on PGlite. BENCH_REGISTRY_WORKERS=2 runs PostgreSQL's server
// with two app processes. Writes bench/results/<date>-registry.json (…-registry-workers2.json).

import { csrfHeader } from '../common/limits.js';
import { chooser, random } from '../server/synthetic.js';
import { startServer } from '../server/test/process.js';
import { fields, generateCsv, words } from './generate.js';
import { generateRegistry } from './generate-registry.js';
import {
  type BenchDatabase,
  createBenchDatabase,
  importCsv,
  logIn,
  waitForSearchIndexes,
  writeResults,
} from './setup.js';
import { type Figures, figures, oneAtATime, printHeader, printRow, stream } from './stream.js';

const organisations = Number(process.env.BENCH_REGISTRY_ORGS ?? 100_000);
const connections = Number(process.env.BENCH_REGISTRY_CONNECTIONS ?? 16);
const counts = {
  projects: Number(process.env.BENCH_REGISTRY_PROJECTS ?? 10_000),
  relations: Number(process.env.BENCH_REGISTRY_RELATIONS ?? 30_000),
  networks: Number(process.env.BENCH_REGISTRY_NETWORKS ?? 300),
};
const perScenario = Number(process.env.BENCH_REGISTRY_REQUESTS ?? 600);
const kinds = (process.env.BENCH_REGISTRY_DATABASES ?? 'pglite,postgresql')
  .split(',')
  .map((k) => k.trim())
  .filter((k): k is BenchDatabase['kind'] => k === 'pglite' || k === 'postgresql')
  .filter((k) => k === 'pglite' || process.env.BENCH_DATABASE_URL);

const regions = [
  '01',
  '02',
  '04',
  '05',
  '06',
  '07',
  '08',
  '09',
  '10',
  '11',
  '12',
  '13',
  '14',
  '15',
  '16',
  '17',
  '18',
  '19',
  '21',
];

/** `n` distinct paths made by `make` (which draws at random); gives up on repeats after a while. */
function distinctPaths(n: number, make: () => string): string[] {
  const out = new Set<string>();
  for (let tries = 0; out.size < n && tries < n * 50; tries++) out.add(make());
  return [...out];
}

/** Project searches a reader would make: words, filters, both, sorted and paged. */
function projectSearches(n: number): string[] {
  const c = chooser(random(11));
  const statuses = ['planned', 'running', 'ended'];
  const programmes = ['esf_plus', 'erdf', 'interreg', 'national', 'foundation'];
  return distinctPaths(n, () => {
    const p = new URLSearchParams();
    const shape = c.between(0, 5);
    if (shape !== 1)
      p.set(
        'q',
        c.chance(0.5)
          ? c.pick(words).toLocaleLowerCase('fi')
          : c.pick(fields).toLocaleLowerCase('fi').slice(0, c.between(4, 8)),
      );
    if (shape === 1 || c.chance(0.4)) p.set('region', c.pick(regions));
    if (c.chance(0.3)) p.set('status', c.pick(statuses));
    if (c.chance(0.25)) p.set('fundingProgramme', c.pick(programmes));
    if (c.chance(0.2)) p.set('goal', String(c.between(1, 8)));
    if (c.chance(0.2)) p.set('sort', c.pick(['title', 'start', 'updated']));
    if (c.chance(0.2)) p.set('page', String(c.between(2, 5)));
    return `/api/v1/projects?${p}`;
  });
}

function networkSearches(n: number): string[] {
  const c = chooser(random(12));
  return distinctPaths(n, () => {
    const p = new URLSearchParams();
    if (c.chance(0.6)) p.set('q', c.pick([...words, ...fields]).toLocaleLowerCase('fi'));
    if (c.chance(0.5)) p.set('region', c.pick(regions));
    if (c.chance(0.3)) p.set('kind', c.pick(['regional', 'thematic', 'sector', 'international']));
    if (c.chance(0.2)) p.set('sort', c.pick(['name', 'members', 'updated']));
    return `/api/v1/networks?${p}`;
  });
}

const euraHeading =
  'Hankekoodi;Hankkeen nimi;Tiivistelmä;Rahasto;Toimintalinja;Erityistavoite;Vastuuviranomainen;Alkamispäivä;Päättymispäivä;Maakunta;Kokonaisbudjetti;Tuensaaja;Tuensaajan Y-tunnus;Osatoteuttajat;Osatoteuttajien Y-tunnukset';

/**
 * `n` EURA-style project records (the columns of the public records, Finnish dates and amounts)
 * whose applicants and 0–3 co-implementers are organisations of the registry, by business ID.
 */
function euraCsv(n: number, businessIds: string[]): string {
  const c = chooser(random(14));
  const names = ['ESR+', 'EAKR', 'JTF'];
  const lines = [euraHeading];
  for (let i = 0; i < n; i++) {
    const start = new Date(Date.UTC(2021 + c.between(0, 6), c.between(0, 11), 1));
    const end = new Date(start.getTime() + c.between(300, 1400) * 86_400_000);
    const day = (d: Date) => `${d.getUTCDate()}.${d.getUTCMonth() + 1}.${d.getUTCFullYear()}`;
    const partners = Array.from({ length: c.between(0, 3) }, () => c.pick(businessIds));
    lines.push(
      [
        `B${String(100_000 + i)}`,
        `${c.pick(words)} ${c.pick(fields).toLocaleLowerCase('fi')} -hanke ${i}`,
        `Hanke kehittää ${c.pick(fields).toLocaleLowerCase('fi')}a ja ${c.pick(words).toLocaleLowerCase('fi')}.`,
        c.pick(names),
        '4 Osaava Suomi',
        '4.8 Aktiivinen osallisuus',
        'ELY-keskus',
        day(start),
        day(end),
        c.pick(regions),
        `${c.between(50, 900)} 000,00`,
        '',
        c.pick(businessIds),
        partners.map((_, j) => `Osatoteuttaja ${j + 1}`).join(', '),
        partners.join(', '),
      ].join(';'),
    );
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

/** Posts a project import file (dry run or run) with the suggested mapping; seconds taken. */
async function importProjects(
  baseUrl: string,
  cookie: string,
  endpoint: 'import/dry-run' | 'import',
  csv: string,
): Promise<number> {
  const started = performance.now();
  const preview = await fetch(`${baseUrl}/api/v1/projects/import/preview`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv', cookie, [csrfHeader]: '1' },
    body: csv,
  });
  const { suggestedMapping } = (await preview.json()) as { suggestedMapping: object };
  const res = await fetch(
    `${baseUrl}/api/v1/projects/${endpoint}?missingPartners=propose&mapping=${encodeURIComponent(JSON.stringify(suggestedMapping))}`,
    {
      method: 'POST',
      headers: { 'content-type': 'text/csv', cookie, [csrfHeader]: '1' },
      body: csv,
    },
  );
  const text = await res.text();
  const ok =
    endpoint === 'import'
      ? JSON.parse(text.trim().split('\n').at(-1) ?? '{}').state === 'done'
      : res.ok && JSON.parse(text).errorCount === 0;
  if (!ok) throw new Error(`project ${endpoint} failed: ${res.status} ${text.slice(0, 500)}`);
  return (performance.now() - started) / 1000;
}

function sample<T>(list: readonly T[], n: number, seed: number): T[] {
  const c = chooser(random(seed));
  const out = new Set<T>();
  while (out.size < Math.min(n, list.length)) out.add(c.pick(list));
  return [...out];
}

async function onDatabase(kind: BenchDatabase['kind']) {
  const bench = await createBenchDatabase(kind);
  try {
    let server = await startServer(bench.env, { timeoutMs: 120_000 });
    const orgCsv = generateCsv(organisations, bench.municipalities);
    try {
      console.log(`\n${kind}: importing ${organisations} organisations…`);
      await importCsv(server.url, await logIn(server.url), orgCsv);
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
    const database = await bench.open();
    const started = performance.now();
    const made = await generateRegistry(database.db, counts).finally(() => database.close());
    const generateSeconds = (performance.now() - started) / 1000;
    console.log(
      `${kind}: ${counts.projects} projects, ${counts.relations} relations, ${counts.networks} networks written in ${generateSeconds.toFixed(1)} s`,
    );
    // Without the mail worker's daily jobs: their first run, a minute after start, writes up to 200
    // reminder marks one by one, and each write moves the registry generation and so empties every
    // kept result (searches, graph links) while some stream runs. In service that burst comes once
    // after a start and then once a day; here it would land on whichever scenario runs then.
    // BENCH_REGISTRY_WORKERS: app processes on PostgreSQL (WORKERS; PGlite has one).
    const workers = kind === 'postgresql' ? (process.env.BENCH_REGISTRY_WORKERS ?? '1') : '1';
    server = await startServer(
      { ...bench.env, MAIL_WORKER: 'false', WORKERS: workers },
      { timeoutMs: 180_000 },
    );
    // The search indexes are built once after the server starts; measured before they are in,
    // the first scenarios would measure that start instead.
    const indexSeconds = await waitForSearchIndexes(server.url);
    console.log(`${kind}: search indexes ready in ${indexSeconds.toFixed(1)} s`);
    const runs: Record<string, Figures> = {};
    let projectImport: { rows: number; dryRunSeconds: number; importSeconds: number } | undefined;
    try {
      const c = chooser(random(13));
      const half = Math.floor(perScenario / 2);
      const scenarios: [string, string[]][] = [
        ['project searches (text, filters, sort, page)', projectSearches(perScenario)],
        [
          'project (GET /api/v1/projects/{id})',
          sample(made.projects, perScenario, 1).map((id) => `/api/v1/projects/${id}`),
        ],
        [
          'project page (GET /fi/hankkeet/{id})',
          sample(made.projects, half, 2).map((id) => `/fi/hankkeet/${id}`),
        ],
        [
          'an organisation’s projects (?partner=)',
          sample(made.partners, perScenario, 3).map(
            (id) => `/api/v1/projects?partner=${id}&pageSize=100&facets=false`,
          ),
        ],
        [
          'an organisation’s relations',
          sample(made.related, perScenario, 4).map((id) => `/api/v1/relations?organisation=${id}`),
        ],
        ['network search', networkSearches(Math.min(perScenario, 300))],
        [
          'network sub-portal (directory ?network=, some with text)',
          made.networks
            .flatMap((id) => [
              `/api/v1/organisations?network=${id}`,
              `/api/v1/organisations?network=${id}&q=${encodeURIComponent(c.pick(fields).toLocaleLowerCase('fi'))}`,
            ])
            .slice(0, perScenario),
        ],
        [
          'network and its members',
          made.networks
            .flatMap((id) => [`/api/v1/networks/${id}`, `/api/v1/networks/${id}/members`])
            .slice(0, perScenario),
        ],
      ];
      // Uncached: the first ecosystem and graph of each region in this process, one at a time
      // (both are then kept for a minute or until a write; the streams below mostly meet them kept).
      for (const [name, path] of [
        [
          'region ecosystem data, first of each region (uncached, one at a time)',
          (code: string) => `/api/v1/regions/${code}/ecosystem`,
        ],
        [
          'region graph, first of each region (uncached, one at a time)',
          (code: string) => `/api/v1/regions/${code}/graph?limit=100`,
        ],
      ] as const) {
        const seq = await oneAtATime(server.url, regions.map(path));
        runs[name] = figures(seq.ms, {
          non2xx: seq.statuses.filter((st) => st >= 300).length,
          empty: 0,
        });
      }
      // The largest region's graph names the nodes whose expansion the graph scenario asks for.
      const uusimaa = (await (
        await fetch(`${server.url}/api/v1/regions/01/graph?limit=300`)
      ).json()) as {
        nodes: { id: string }[];
      };
      scenarios.push(
        [
          'region ecosystem data (19 regions, 10 rounds)',
          Array.from({ length: 10 }, () =>
            regions.map((code) => `/api/v1/regions/${code}/ecosystem`),
          ).flat(),
        ],
        [
          'region graph (19 regions × 6 sizes, 25–300 nodes)',
          regions.flatMap((code) =>
            [25, 50, 100, 150, 200, 300].map(
              (limit) => `/api/v1/regions/${code}/graph?limit=${limit}`,
            ),
          ),
        ],
        [
          'Uusimaa graph: expanding a node (distinct nodes)',
          uusimaa.nodes
            .slice(0, perScenario)
            .map((n) => `/api/v1/regions/01/graph?focus=${n.id}&limit=50`),
        ],
      );
      console.log(`\n${kind} · ${connections} connections\n`);
      printHeader();
      for (const [name, f] of Object.entries(runs)) printRow(name, f);
      for (const [name, paths] of scenarios) {
        // A few requests first, so that the first scenario does not pay for starting up.
        await stream(server.url, paths.slice(0, 20), 4);
        runs[name] = await stream(server.url, paths, connections);
        printRow(name, runs[name]);
      }
      // The project import (issue 11: 10 000 rows under 20 s), after the streams.
      const businessIds = orgCsv
        .split('\r\n')
        .slice(1)
        .map((l) => l.split(';')[1] ?? '')
        .filter(Boolean);
      const eura = euraCsv(counts.projects, businessIds);
      const cookie = await logIn(server.url);
      const dryRunSeconds = await importProjects(server.url, cookie, 'import/dry-run', eura);
      const importSeconds = await importProjects(server.url, cookie, 'import', eura);
      projectImport = { rows: counts.projects, dryRunSeconds, importSeconds };
      console.log(
        `\nproject import, ${counts.projects} EURA rows: dry run ${dryRunSeconds.toFixed(1)} s, import ${importSeconds.toFixed(1)} s (target < 20 s)`,
      );
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
    return {
      organisations,
      ...counts,
      generateSeconds,
      connections,
      workers: Number(workers),
      runs,
      projectImport,
    };
  } finally {
    await bench.drop();
  }
}

async function main() {
  const results: Record<string, unknown> = {};
  for (const kind of kinds) results[kind] = await onDatabase(kind);
  // A run with more app processes is written beside the ordinary one, not over it.
  const workers = process.env.BENCH_REGISTRY_WORKERS;
  const name = workers && workers !== '1' ? `registry-workers${workers}` : 'registry';
  console.log(`\nwritten to ${await writeResults(name, results)}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
