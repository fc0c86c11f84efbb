// `npm run bench:dry-run`: times import dry runs through the API of the production server.
// (a) Imports the BENCH_ORGS (100 000) bench registry, then dry-runs a file of as many new rows
//     (another seed, other business IDs: every row is a create whose name is checked).
// (b) Fills one municipality with BENCH_CROWDED (13 000) numbered variants of one name, then
//     dry-runs 1 000 more variants into that municipality and 1 000 into another one.
// A dry run stops looking for similar names after 1 000 warnings (the report lists no more), so
// (c) times the check of every one of the new rows of (a) in-process, as a file with few similar
//     names would cost it.
// Prints the figures and writes bench/results/<date>-dry-run-<database>.json. BENCH_DATABASE_URL
// runs it on a PostgreSQL server instead of the embedded PGlite; a dry run that takes longer than
// BENCH_TIMEOUT seconds (600) is abandoned and reported as such.
import type { ImportReport } from '../common/schemas/organisation-import.js';
import type { Database } from '../server/db/client.js';
import { selectSimilarNamesOf } from '../server/modules/organisations/repo.js';
import { startServer } from '../server/test/process.js';
import { generateCsv, numberedNamesCsv } from './generate.js';
import { createBenchDatabase, importCsv, logIn, postCsv, writeResults } from './setup.js';

const organisations = Number(process.env.BENCH_ORGS ?? 100_000);
const crowded = Number(process.env.BENCH_CROWDED ?? 13_000);
const timeoutSeconds = Number(process.env.BENCH_TIMEOUT ?? 600);
const similarName = 'Kahvila Aurinko';
const crowdedMunicipality = '091';
const otherMunicipality = '049';

interface DryRun {
  name: string;
  rows: number;
  /** Null when it did not finish within BENCH_TIMEOUT. */
  seconds: number | null;
  create?: number;
  update?: number;
  warnings?: number;
  /** The most candidates one warning lists. */
  maxCandidates?: number;
}

async function dryRun(
  baseUrl: string,
  cookie: string,
  name: string,
  rows: number,
  csv: string,
): Promise<DryRun> {
  const started = performance.now();
  let res: Response;
  try {
    res = await postCsv(
      baseUrl,
      cookie,
      'import/dry-run',
      csv,
      AbortSignal.timeout(timeoutSeconds * 1000),
    );
  } catch (err) {
    if ((err as Error).name !== 'TimeoutError') throw err;
    return { name, rows, seconds: null };
  }
  const report = (await res.json()) as ImportReport;
  const seconds = (performance.now() - started) / 1000;
  if (!res.ok)
    throw new Error(`dry run failed: ${res.status} ${JSON.stringify(report).slice(0, 500)}`);
  // The warning lists the candidates' names separated by "; " (names have no semicolons here).
  const candidates = report.warnings.map((w) => w.message.split('; ').length);
  return {
    name,
    rows,
    seconds,
    create: report.create,
    update: report.update,
    warnings: report.warnings.length,
    maxCandidates: Math.max(0, ...candidates),
  };
}

function print(r: DryRun) {
  console.log(
    r.name.padEnd(60),
    String(r.rows).padStart(7),
    (r.seconds === null ? `> ${timeoutSeconds}` : r.seconds.toFixed(1)).padStart(8),
    String(r.warnings ?? '–').padStart(9),
    String(r.maxCandidates ?? '–').padStart(11),
  );
}

/** Name and municipality of each row of a `generateCsv` file (no field holds a semicolon). */
function namesOf(csv: string) {
  return csv
    .trim()
    .split('\r\n')
    .slice(1)
    .map((line) => {
      const [name = '', , , municipality = ''] = line.split(';');
      return { name, municipality: municipality || null };
    });
}

/** The similar-name check of every row, a thousand rows per query as the dry run asks. */
async function checkEveryRow(database: Database, rows: ReturnType<typeof namesOf>) {
  const started = performance.now();
  let withCandidates = 0;
  for (let i = 0; i < rows.length; i += 1000) {
    const found = await selectSimilarNamesOf(database.db, rows.slice(i, i + 1000));
    withCandidates += found.filter((f) => f.length > 0).length;
  }
  return { rows: rows.length, seconds: (performance.now() - started) / 1000, withCandidates };
}

async function main() {
  const bench = await createBenchDatabase();
  const database = bench.kind;
  let server = await startServer(bench.env, { timeoutMs: 120_000 });
  const stop = async () => {
    if (server.child.exitCode === null) server.child.kill('SIGTERM');
    await server.exited;
  };
  const dryRuns: DryRun[] = [];
  const imports: { name: string; rows: number; seconds: number }[] = [];
  let everyRow: Awaited<ReturnType<typeof checkEveryRow>>;
  try {
    let cookie = await logIn(server.url);
    const registry = generateCsv(organisations, bench.municipalities);
    console.log(`importing the ${organisations}-organisation bench registry…`);
    imports.push({
      name: 'bench registry',
      rows: organisations,
      seconds: await importCsv(server.url, cookie, registry),
    });
    imports.push({
      name: `"${similarName} N" into ${crowdedMunicipality}`,
      rows: crowded,
      seconds: await importCsv(
        server.url,
        cookie,
        numberedNamesCsv(similarName, 1, crowded, crowdedMunicipality),
      ),
    });
    for (const i of imports)
      console.log(`import of ${i.rows} rows (${i.name}): ${i.seconds.toFixed(1)} s`);

    console.log(`\nKudos dry-run benchmark · ${database}\n`);
    console.log(
      'dry run'.padEnd(60),
      'rows'.padStart(7),
      'seconds'.padStart(8),
      'warnings'.padStart(9),
      'candidates'.padStart(11),
    );
    const newRows = generateCsv(organisations, bench.municipalities, {
      seed: 2027,
      firstBusinessNumber: 3_000_000,
    });
    const runs: [string, number, string][] = [
      [`${organisations} new rows against the registry`, organisations, newRows],
      [
        `1000 "${similarName} N" into ${crowdedMunicipality} (${crowded} similar)`,
        1000,
        numberedNamesCsv(similarName, crowded + 1, crowded + 1000, crowdedMunicipality),
      ],
      [
        `1000 "${similarName} N" into ${otherMunicipality} (none similar there)`,
        1000,
        numberedNamesCsv(similarName, crowded + 1, crowded + 1000, otherMunicipality),
      ],
    ];
    for (const [name, rows, csv] of runs) {
      const r = await dryRun(server.url, cookie, name, rows, csv);
      dryRuns.push(r);
      print(r);
      if (r.seconds === null) {
        // The server is still working on the abandoned dry run: start it afresh for the next one.
        await stop();
        server = await startServer(bench.env, { timeoutMs: 120_000 });
        cookie = await logIn(server.url);
      }
    }
    // In-process, so the server must have let go of the database (PGlite has one user).
    await stop();
    const again = await bench.open();
    try {
      everyRow = await checkEveryRow(again, namesOf(newRows));
    } finally {
      await again.close();
    }
    console.log(
      `\nsimilar-name check of every one of the ${everyRow.rows} new rows, in-process: ${everyRow.seconds.toFixed(1)} s (${everyRow.withCandidates} rows with candidates)`,
    );
  } finally {
    await stop();
    await bench.drop();
  }
  const file = await writeResults(`dry-run-${database}`, {
    database,
    organisations,
    crowded,
    imports,
    dryRuns,
    everyRow,
  });
  console.log(`\nwritten to ${file}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
