// `npm run bench:surveys`: the barometer under load (issue 12). On a fresh database of each kind
// (PGlite, and PostgreSQL when BENCH_DATABASE_URL is set; BENCH_SURVEYS_DATABASES=pglite or
// =postgresql runs one): BENCH_SURVEYS_ORGS (100 000) organisations through the import API, then
// (server stopped) three rounds of the barometer written straight into the database: two past
// rounds answered and submitted by 60 000 organisations each (realistic values: most micro, turnover
// skewed, some questions left unanswered), and the current round with 60 000 invited, a third of
// them under way. Then, against the running server, every request different:
// - opening a response by its link (BENCH_SURVEYS_RESPONDENTS distinct respondents, 1 200);
// - autosave page by page: each respondent saves its answers after each of the seven pages
//   (each save carries all answers so far and the version of the last), BENCH_SURVEYS_CONNECTIONS
//   (32) respondents at a time;
// - submission of each of those responses;
// - the coordinator's response-rate view of the current round while the answers arrive, and of the
//   past rounds (the view keeps nothing between requests: each is counted afresh);
// - the coordinator's list of who has answered, by state and page;
// - recomputing a past round's classifications (60 000 submitted responses) in one request.
// Targets (issue 12): autosave p95 under 50 ms on PostgreSQL and under 150 ms on PGlite; the
// response-rate view under 200 ms on both. Writes bench/results/<date>-surveys.json.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { eq, sql } from 'drizzle-orm';
import { indicatorByCode } from '../common/indicators.js';
import { csrfHeader } from '../common/limits.js';
import type { Db } from '../server/db/client.js';
import { survey, surveyLink, surveyVersion } from '../server/db/schema/index.js';
import { rowsOf } from '../server/db/sql.js';
import * as surveyRepo from '../server/modules/surveys/repo.js';
import { chooser, random } from '../server/synthetic.js';
import { startServer } from '../server/test/process.js';
import { generateCsv } from './generate.js';
import {
  type BenchDatabase,
  createBenchDatabase,
  importCsv,
  logIn,
  waitForSearchIndexes,
  writeResults,
} from './setup.js';
import { type Figures, figures, printHeader, printRow } from './stream.js';

const organisations = Number(process.env.BENCH_SURVEYS_ORGS ?? 100_000);
const respondentsPerRound = Number(process.env.BENCH_SURVEYS_RESPONDENTS_PER_ROUND ?? 60_000);
const respondents = Number(process.env.BENCH_SURVEYS_RESPONDENTS ?? 1_200);
const connections = Number(process.env.BENCH_SURVEYS_CONNECTIONS ?? 32);
const kinds = (process.env.BENCH_SURVEYS_DATABASES ?? 'pglite,postgresql')
  .split(',')
  .map((k) => k.trim())
  .filter((k): k is BenchDatabase['kind'] => k === 'pglite' || k === 'postgresql')
  .filter((k) => k === 'pglite' || process.env.BENCH_DATABASE_URL);

const barometer = JSON.parse(
  readFileSync(new URL('../server/modules/surveys/barometer-v1.json', import.meta.url), 'utf8'),
) as { pages: { elements: Record<string, unknown>[] }[] };

/** The questions of each page of the barometer (panels opened), in order. */
function pageQuestions(): { name: string; indicator?: string }[][] {
  const flat = (els: Record<string, unknown>[]): { name: string; indicator?: string }[] =>
    els.flatMap((e) =>
      Array.isArray(e.elements)
        ? flat(e.elements as Record<string, unknown>[])
        : [{ name: String(e.name), indicator: e.indicator as string | undefined }],
    );
  return barometer.pages.map((p) => flat(p.elements));
}

/** A respondent's answer to an indicator: most organisations micro, turnover skewed. */
function answerFor(code: string, c: ReturnType<typeof chooser>, rnd: () => number): unknown {
  const i = indicatorByCode(code);
  if (code === 'employees_headcount') return Math.floor(Math.exp(rnd() * rnd() * 6));
  if (code === 'turnover_eur') return Math.round(Math.exp(9 + rnd() * rnd() * 9));
  if (code === 'business_id') return '2617416-4';
  if (code === 'industry') return c.pick(['88', '56', '47', '85', '94']);
  if (code === 'municipality') return c.pick(['091', '837', '853', '564', '179']);
  switch (i?.type) {
    case 'choice':
      return c.pick(i.values ?? []);
    case 'choices':
      return [c.pick(i.values ?? [])];
    case 'boolean':
      return c.chance(0.5);
    case 'scale':
      return c.between(i.min ?? 1, i.max ?? 5);
    case 'year':
      return c.between(1950, 2025);
    case 'date':
      return '2020-01-31';
    case 'text':
      return 'Työllistämme osatyökykyisiä ja pitkäaikaistyöttömiä.';
    case 'percent':
      return c.between(0, 16);
    case 'number':
      return c.between(0, 40) / 2;
    default:
      return c.between(0, 6);
  }
}

/** The answers so far after each page (each save sends all of them), some questions skipped. */
function answersByPage(seed: number): Record<string, unknown>[] {
  const rnd = random(seed);
  const c = chooser(rnd);
  const so: Record<string, unknown> = {};
  const out: Record<string, unknown>[] = [];
  for (const page of pageQuestions()) {
    for (const q of page) {
      if (!q.indicator) continue;
      const required = ['legal_family', 'employees_headcount'].includes(q.indicator);
      if (!required && c.chance(0.1)) continue;
      so[q.name] = answerFor(q.indicator, c, rnd);
    }
    out.push({ ...so });
  }
  return out;
}

const tokenOf = (round: number, i: number) => `bench-round-${round}-respondent-${i}-link-token`;
const hash = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * The three rounds in the database: invitations to 60 000 organisations each, the past two
 * answered (answers and indicator rows by SQL, with random values and non-response), a third of
 * the current one under way; links for the respondents the scenarios drive.
 */
async function generateRounds(db: Db) {
  const [barometerRow] = await db
    .select({ surveyId: survey.id, versionId: surveyVersion.id })
    .from(survey)
    .innerJoin(surveyVersion, eq(surveyVersion.surveyId, survey.id))
    .where(eq(survey.code, 'barometer'));
  if (!barometerRow) throw new Error('no barometer');
  const year = new Date().getFullYear();
  const today = new Date().toISOString().slice(0, 10);
  const rounds: string[] = [];
  for (const [y, opens, closes] of [
    [year - 2, `${year - 2}-03-01`, `${year - 2}-04-30`],
    [year - 1, `${year - 1}-03-01`, `${year - 1}-04-30`],
    [year, today, `${year + 1}-12-31`],
  ] as const) {
    rounds.push(
      await surveyRepo.insertRound(db, {
        surveyId: barometerRow.surveyId,
        versionId: barometerRow.versionId,
        name: { fi: `Barometri ${y}`, sv: `Barometer ${y}`, en: `Barometer ${y}` },
        opensOn: opens,
        closesOn: closes,
        target: '',
        reminderDays: 14,
      }),
    );
  }
  const bound = pageQuestions()
    .flat()
    .flatMap((q) => (q.indicator ? [q.indicator] : []));
  for (const [n, roundId] of rounds.entries()) {
    const current = n === 2;
    // 60 000 of the organisations, a different draw each year.
    await db.execute(sql`
      insert into survey_invitation (round_id, organisation_id, recipients, created_at,
        region_code, family)
      select ${roundId}::uuid, id, 1, now() - interval '20 days', region_code, family
      from organisation
      where state = 'published' order by md5(id::text || ${String(n)}) limit ${respondentsPerRound}`);
    // Past rounds: every invited organisation answered; the current one: a third under way.
    await db.execute(sql`
      insert into survey_response (round_id, organisation_id, answers, lang, state, submitted_at)
      select i.round_id, i.organisation_id,
        jsonb_build_object('legal_family', 'association',
          'employees_headcount', floor(exp(random() * random() * 6))::int,
          'turnover_eur', round(exp(9 + random() * random() * 9))),
        'fi', ${current ? 'in_progress' : 'submitted'},
        ${current ? null : sql`now() - interval '300 days'`}
      from survey_invitation i where i.round_id = ${roundId}::uuid
        and (${!current} or md5(i.organisation_id::text) < '5')`);
    if (current) continue;
    // One row per indicator asked, one in ten left unanswered; figures skewed as in life.
    await db.execute(sql`
      insert into survey_answer (response_id, round_id, organisation_id, indicator, value, number)
      select r.id, r.round_id, r.organisation_id, q.code,
        to_jsonb(v.n), v.n
      from survey_response r
      cross join unnest(${`{${bound.join(',')}}`}::text[]) as q(code)
      cross join lateral (select case q.code
          when 'turnover_eur' then round(exp(9 + random() * random() * 9))
          when 'employees_headcount' then floor(exp(random() * random() * 6))
          else floor(random() * 5) end::numeric as n) v
      where r.round_id = ${roundId}::uuid and random() > 0.1`);
  }
  // Links for the respondents the scenarios drive: invited to the current round, not started.
  const current = rounds[2] as string;
  const invited = await db.execute(sql`
    select i.id from survey_invitation i
    left join survey_response r on r.round_id = i.round_id and r.organisation_id = i.organisation_id
    where i.round_id = ${current}::uuid and r.id is null
    order by i.id limit ${respondents}`);
  const rows = rowsOf<{ id: string }>(invited);
  for (let i = 0; i < rows.length; i += 1000) {
    await db.insert(surveyLink).values(
      rows.slice(i, i + 1000).map((r, k) => ({
        tokenHash: hash(tokenOf(2, i + k)),
        invitationId: r.id,
      })),
    );
  }
  // Statistics for the planner, as autovacuum would have them long before a round's answers
  // arrive: without them the first minute's plans (and autovacuum's own work) are measured
  // instead (generate-registry.ts does the same after the registry).
  await db.execute(sql`vacuum analyze`);
  return { rounds, linked: rows.length };
}

/** Sends the tasks `conns` at a time; each task's requests one after another (a respondent). */
async function drive(
  tasks: ((
    timed: (f: () => Promise<Response>) => Promise<{ ok: boolean; body: string }>,
  ) => Promise<void>)[],
  conns: number,
): Promise<Figures> {
  const ms: number[] = [];
  let non2xx = 0;
  let errors = 0;
  const started = performance.now();
  const timed = async (f: () => Promise<Response>) => {
    const t0 = performance.now();
    const res = await f();
    const body = await res.text();
    ms.push(performance.now() - t0);
    if (!res.ok) non2xx += 1;
    return { ok: res.ok, body };
  };
  let next = 0;
  await Promise.all(
    Array.from({ length: conns }, async () => {
      while (next < tasks.length) {
        const task = tasks[next++];
        try {
          await task?.(timed);
        } catch (err) {
          errors += 1;
          if (errors <= 3) console.error(String(err));
        }
      }
    }),
  );
  return figures(ms, { non2xx, empty: 0, errors, seconds: (performance.now() - started) / 1000 });
}

const json = (method: string, body: object, cookie = '') => ({
  method,
  headers: { 'content-type': 'application/json', [csrfHeader]: '1', ...(cookie ? { cookie } : {}) },
  body: JSON.stringify(body),
});

async function onDatabase(kind: BenchDatabase['kind']) {
  const bench = await createBenchDatabase(kind);
  try {
    let server = await startServer(bench.env, { timeoutMs: 120_000 });
    try {
      console.log(`\n${kind}: importing ${organisations} organisations…`);
      await importCsv(
        server.url,
        await logIn(server.url),
        generateCsv(organisations, bench.municipalities),
      );
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
    const database = await bench.open();
    const t0 = performance.now();
    const made = await generateRounds(database.db).finally(() => database.close());
    const generateSeconds = (performance.now() - t0) / 1000;
    console.log(
      `${kind}: 3 rounds × ${respondentsPerRound} invited written in ${generateSeconds.toFixed(1)} s`,
    );
    server = await startServer({ ...bench.env, MAIL_WORKER: 'false' }, { timeoutMs: 180_000 });
    const runs: Record<string, Figures> = {};
    try {
      const base = server.url;
      // The search indexes are built once after the server starts; measured before they are in,
      // the first scenario would measure that start instead.
      const indexSeconds = await waitForSearchIndexes(base);
      console.log(`${kind}: search indexes ready in ${indexSeconds.toFixed(1)} s`);
      const cookie = await logIn(base);
      const [past1, past2, current] = made.rounds as [string, string, string];
      const tokens = Array.from({ length: made.linked }, (_, i) => tokenOf(2, i));
      console.log(`\n${kind} · ${connections} connections\n`);
      printHeader();
      const run = async (name: string, f: () => Promise<Figures>) => {
        runs[name] = await f();
        printRow(name, runs[name]);
      };
      await run('open a response by its link (distinct respondents)', () =>
        drive(
          tokens.map(
            (token) => (timed) =>
              timed(() =>
                fetch(`${base}/api/v1/surveys/answer/open`, json('POST', { token })),
              ).then(() => undefined),
          ),
          connections,
        ),
      );
      // The response-rate view at the same time, one coordinator asking again and again while
      // the answers arrive (counted afresh each time).
      const during = drive(
        Array.from(
          { length: 100 },
          () => (timed) =>
            timed(() =>
              fetch(`${base}/api/v1/surveys/rounds/${current}/progress`, { headers: { cookie } }),
            ).then(() => undefined),
        ),
        1,
      );
      await run('autosave page by page (each save all answers so far)', () =>
        drive(
          tokens.map((token, n) => async (timed) => {
            let version: number | undefined;
            for (const answers of answersByPage(n)) {
              const res = await timed(() =>
                fetch(
                  `${base}/api/v1/surveys/answer`,
                  json('PUT', {
                    token,
                    answers,
                    lang: 'fi',
                    ...(version ? { version } : {}),
                  }),
                ),
              );
              if (!res.ok) throw new Error(res.body.slice(0, 300));
              version = (JSON.parse(res.body) as { version?: number }).version ?? version;
            }
          }),
          connections,
        ),
      );
      runs['response-rate view during the autosaves'] = await during;
      printRow(
        'response-rate view during the autosaves',
        runs['response-rate view during the autosaves'],
      );
      await run('submission', () =>
        drive(
          tokens.map(
            (token) => (timed) =>
              timed(() =>
                fetch(`${base}/api/v1/surveys/answer/submit`, json('POST', { token, lang: 'fi' })),
              ).then(() => undefined),
          ),
          connections,
        ),
      );
      const progress = (round: string) => `/api/v1/surveys/rounds/${round}/progress`;
      const withCookie = (paths: string[]) =>
        drive(
          paths.map(
            (p) => (timed) =>
              timed(() => fetch(`${base}${p}`, { headers: { cookie } })).then(() => undefined),
          ),
          4,
        );
      await run('response-rate view (3 rounds × 60 000 invited)', () =>
        withCookie(
          Array.from({ length: 150 }, (_, i) => progress([current, past1, past2][i % 3] as string)),
        ),
      );
      await run('who has answered (state × page)', () =>
        withCookie(
          ['', 'not_started', 'in_progress', 'submitted'].flatMap((state) =>
            Array.from(
              { length: 40 },
              (_, p) =>
                `/api/v1/surveys/rounds/${current}/responses?page=${p * 7 + 1}${state ? `&state=${state}` : ''}`,
            ),
          ),
        ),
      );
      // A past round's classifications run again with today's rules: every submitted response
      // (60 000) read with its indicator values, classified and written back; one request.
      await run('recompute a past round’s classifications (one request)', () =>
        drive(
          [
            (timed) =>
              timed(() =>
                fetch(
                  `${base}/api/v1/surveys/rounds/${past1}/classifications/recompute`,
                  json('POST', {}, cookie),
                ),
              ).then((res) => {
                if (!res.ok) throw new Error(res.body.slice(0, 300));
              }),
          ],
          1,
        ),
      );
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
    return { organisations, respondentsPerRound, respondents, connections, generateSeconds, runs };
  } finally {
    await bench.drop();
  }
}

async function main() {
  const results: Record<string, unknown> = {};
  for (const kind of kinds) results[kind] = await onDatabase(kind);
  console.log(`\nwritten to ${await writeResults('surveys', results)}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
