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
// - recomputing a past round's classifications (60 000 submitted responses) in one request;
// - statistics tables of the past rounds (BENCH_STATISTICS_TABLES distinct tables, 120, 16 at a
//   time; issue 13's target: p95 under 100 ms on PostgreSQL, 300 ms on PGlite).
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

/** Real municipality codes across the regions (Helsinki, Tampere, Turku, Oulu, …). */
const municipalities = [
  '091',
  '049',
  '092',
  '837',
  '853',
  '564',
  '179',
  '698',
  '398',
  '167',
  '405',
  '905',
  '478',
];
const industries = ['88', '56', '47', '85', '94', '01', '62', '43', '86', '90'];

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
  const answerKinds = bound.map((code) => {
    const i = indicatorByCode(code);
    if (code === 'turnover_eur') return { code, kind: 'turnover', choices: [''] };
    if (code === 'employees_headcount') return { code, kind: 'headcount', choices: [''] };
    if (code === 'municipality') return { code, kind: 'choice', choices: municipalities };
    if (code === 'industry') return { code, kind: 'choice', choices: industries };
    if (i?.type === 'choice' || i?.type === 'choices') {
      return { code, kind: i.type, choices: i.values ?? [''] };
    }
    if (i?.type === 'boolean') return { code, kind: 'boolean', choices: [''] };
    if (i?.type === 'text' || i?.type === 'date' || i?.type === 'code') {
      return { code, kind: 'choice', choices: ['x'] };
    }
    return { code, kind: 'number', choices: [''] };
  });
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
    // One row per indicator asked, one in ten left unanswered, each value of its indicator's type
    // (choices from its list, municipalities and industries from real codes); figures skewed as
    // in life.
    await db.execute(sql`
      insert into survey_answer (response_id, round_id, organisation_id, indicator, value, number)
      select r.id, r.round_id, r.organisation_id, q.code, v.value,
        case when jsonb_typeof(v.value) = 'number' then (v.value #>> '{}')::numeric end
      from survey_response r
      cross join (select unnest(${`{${answerKinds.map((k) => k.code).join(',')}}`}::text[]) as code,
          unnest(${`{${answerKinds.map((k) => k.kind).join(',')}}`}::text[]) as kind,
          unnest(${`{${answerKinds.map((k) => `"${k.choices.join(',')}"`).join(',')}}`}::text[]) as choices) q
      cross join lateral (select case q.kind
          when 'turnover' then to_jsonb(round(exp(9 + random() * random() * 9)))
          when 'headcount' then to_jsonb(floor(exp(random() * random() * 6)))
          when 'choice' then to_jsonb((string_to_array(q.choices, ','))[1 + floor(random()
            * array_length(string_to_array(q.choices, ','), 1))::int])
          when 'choices' then jsonb_build_array((string_to_array(q.choices, ','))[1 + floor(random()
            * array_length(string_to_array(q.choices, ','), 1))::int])
          when 'boolean' then to_jsonb(random() < 0.5 or r.id is null)
          else to_jsonb(floor(random() * 5)) end as value) v
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
      // Statistics tables of the past rounds, each request a different table: indicator ×
      // measure × breakdowns × population × round, in a shuffled order, 16 at a time. Nothing
      // is cached between requests.
      await run(`statistics tables (${statisticsTables} distinct, 16 at a time)`, () =>
        drive(
          statisticsQueries([past1, past2], statisticsTables).map(
            (q) => (timed) =>
              timed(() => fetch(`${base}/api/v1/statistics/table?${q}`)).then((res) => {
                if (!res.ok) throw new Error(res.body.slice(0, 300));
              }),
          ),
          16,
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

const statisticsTables = Number(process.env.BENCH_STATISTICS_TABLES ?? 120);

/** Distinct table requests: every combination, shuffled, the first `count`. */
function statisticsQueries(rounds: string[], count: number): string[] {
  const indicatorMeasures: [string, string[]][] = [
    ['legal_family', ['count', 'share']],
    ['se_mark', ['count', 'share']],
    ['impact_measurement', ['count', 'share']],
    ['trading_income_share', ['share']],
    ['beneficiary_groups', ['share']],
    ['sdg_goals', ['count']],
    ['turnover_eur', ['sum', 'mean', 'median', 'p75']],
    ['employees_headcount', ['sum', 'mean', 'median']],
    ['volunteers', ['sum', 'median']],
  ];
  const bys = [
    '',
    'region',
    'nuts2',
    'family',
    'size_class',
    'tol',
    'region,family',
    'nuts2,size_class',
    'family,tol',
    'eu_operational',
  ];
  const populations = ['respondents', 'meets:eu_operational'];
  const all: string[] = [];
  for (const round of rounds) {
    for (const [indicator, measures] of indicatorMeasures) {
      for (const measure of measures) {
        for (const by of bys) {
          for (const population of populations) {
            all.push(
              `round=${round}&indicator=${indicator}&measure=${measure}&population=${population}${by ? `&by=${by}` : ''}`,
            );
          }
        }
      }
    }
  }
  const rnd = random(13);
  for (let i = all.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [all[i], all[j]] = [all[j] as string, all[i] as string];
  }
  return all.slice(0, count);
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
