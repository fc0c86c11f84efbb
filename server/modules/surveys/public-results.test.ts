import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/sql.js';
import { csrf, signUp } from '../../test/accounts.js';
import { buildTestApp, type TestApp } from '../../test/app.js';
import { createPublicRound, dayFromNow, inThree, respondentCookieOf } from '../../test/surveys.js';

/**
 * A public round's results: what its anonymous respondents submitted, question by question, and
 * the whole set as a file, for the coordinators only.
 */

let t: TestApp;
let coordinator: string;
let roundId: string;

const day = dayFromNow;
const text = inThree;
const poll = {
  pages: [
    {
      name: 'p',
      elements: [
        {
          type: 'rating',
          name: 'overall',
          title: text('Yleisarvosana'),
          isRequired: true,
          rateMin: 1,
          rateMax: 5,
        },
        {
          type: 'radiogroup',
          name: 'role',
          title: text('Roolisi'),
          choices: [
            { value: 'founder', text: text('Perustaja') },
            { value: 'staff', text: text('Työntekijä') },
          ],
          showOtherItem: true,
        },
        {
          type: 'checkbox',
          name: 'topics',
          title: text('Aiheet'),
          choices: [
            { value: 'money', text: text('Rahoitus') },
            { value: 'people', text: text('Ihmiset') },
            { value: 'law', text: text('Laki') },
          ],
        },
        { type: 'boolean', name: 'again', title: text('Tulisitko uudelleen?') },
        { type: 'text', name: 'people', inputType: 'number', title: text('Montako teitä oli?') },
        // Named like the file's own column: the file keeps both.
        { type: 'text', name: 'lang', title: text('Mitä kieltä puhut?') },
        { type: 'comment', name: 'comments', title: text('Terveiset') },
      ],
    },
  ],
};

const send = (method: 'POST' | 'PUT', url: string, payload: object, cookie = '') =>
  t.app.inject({ method, url, headers: { ...csrf, cookie }, payload });
const get = (url: string, cookie = coordinator) => t.app.inject({ url, headers: { cookie } });
const cookieOf = respondentCookieOf;

/** One browser's answers, saved and (unless `submit` is false) submitted. */
async function answer(answers: Record<string, unknown>, submit = true) {
  const opened = await send('POST', `/api/v1/surveys/public/${roundId}/open`, {});
  const browser = cookieOf(opened);
  const saved = await send(
    'PUT',
    `/api/v1/surveys/public/${roundId}`,
    { answers, lang: 'fi' },
    browser,
  );
  expect(saved.statusCode, saved.body).toBe(200);
  if (submit) {
    const done = await send(
      'POST',
      `/api/v1/surveys/public/${roundId}/submit`,
      { lang: 'fi' },
      browser,
    );
    expect(done.statusCode, done.body).toBe(200);
  }
}

beforeAll(async () => {
  t = await buildTestApp();
  coordinator = (await signUp(t, { role: 'coordinator' })).cookie;
  const round = await createPublicRound(
    t,
    coordinator,
    { survey: 'Pikakysely', round: 'Pikakysely syksy' },
    poll,
  );
  roundId = round.id;
});
afterAll(() => t.close());

describe('a public round’s results', () => {
  it('are nothing before anyone submits', async () => {
    const res = await get(`/api/v1/surveys/rounds/${roundId}/results`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ started: 0, submitted: 0 });
    const overall = res.json().questions[0];
    expect(overall).toMatchObject({ name: 'overall', answered: 0, numbers: null });
    expect(overall.choices.map((c: { count: number }) => c.count)).toEqual([0, 0, 0, 0, 0]);
  });

  it('count every submitted answer, question by question, and leave the unsubmitted out', async () => {
    await answer({
      overall: 5,
      role: 'founder',
      topics: ['money', 'law'],
      again: true,
      people: 3,
      comments: 'Hyvä päivä',
    });
    await answer({ overall: 4, role: 'other', 'role-Comment': 'Opiskelija', topics: ['money'] });
    await answer({ overall: 2, again: false, people: 10, comments: '<b>Liian</b> pitkä' });
    await answer({ overall: 4, lang: 'suomi', comments: '=HYPERLINK("http://x")' });
    await answer({ overall: 1, role: 'staff', comments: 'Ei lähetetty' }, false);

    const res = await get(`/api/v1/surveys/rounds/${roundId}/results?lang=fi`);
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    expect(r).toMatchObject({ started: 5, submitted: 4 });
    const q = (name: string) => r.questions.find((x: { name: string }) => x.name === name);
    expect(q('overall')).toMatchObject({
      title: 'Yleisarvosana',
      type: 'rating',
      answered: 4,
      numbers: { count: 4, mean: 3.75, median: 4, min: 2, max: 5 },
    });
    expect(q('overall').choices).toEqual([
      { value: '1', label: '1', count: 0 },
      { value: '2', label: '2', count: 1 },
      { value: '3', label: '3', count: 0 },
      { value: '4', label: '4', count: 2 },
      { value: '5', label: '5', count: 1 },
    ]);
    expect(q('role').answered).toBe(2);
    expect(
      q('role').choices.map((c: { value: string; count: number }) => [c.value, c.count]),
    ).toEqual([
      ['founder', 1],
      ['staff', 0],
      ['other', 1],
    ]);
    expect(q('role').choices[0].label).toBe('Perustaja');
    // A checkbox counts each choice; the share is of those who answered the question.
    expect(q('topics')).toMatchObject({ answered: 2 });
    expect(q('topics').choices.map((c: { count: number }) => c.count)).toEqual([2, 0, 1]);
    expect(q('again').choices).toEqual([
      { value: 'true', label: 'Kyllä', count: 1 },
      { value: 'false', label: 'Ei', count: 1 },
    ]);
    expect(q('people')).toMatchObject({
      answered: 2,
      choices: null,
      numbers: { mean: 6.5, median: 6.5, min: 3, max: 10 },
      texts: null,
    });
    // Written answers, newest first, as they were written (the page draws them as text).
    expect(q('comments').texts).toEqual([
      '=HYPERLINK("http://x")',
      '<b>Liian</b> pitkä',
      'Hyvä päivä',
    ]);
    expect(q('lang').texts).toEqual(['suomi']);

    const sv = await get(`/api/v1/surveys/rounds/${roundId}/results?lang=sv`);
    expect(sv.json().questions[1].title).toBe('Roolisi (sv)');
    expect(sv.json().questions[1].choices[0].label).toBe('Perustaja (sv)');
  });

  it('download as a file, for programs and for people, and the download is logged', async () => {
    const url = `/api/v1/surveys/rounds/${roundId}/results/export`;
    const json = await get(`${url}?format=json`);
    expect(json.statusCode, json.body).toBe(200);
    expect(json.headers['cache-control']).toBe('no-store');
    const items = json.json().items;
    expect(items).toHaveLength(4);
    expect(items[3]).toMatchObject({
      lang: 'fi',
      overall: 5,
      role: 'founder',
      topics: '["money","law"]',
      again: 'true',
      people: 3,
      lang_2: null,
      comments: 'Hyvä päivä',
    });
    expect(items[2]).toMatchObject({ role: 'other', 'role-Comment': 'Opiskelija' });
    expect(items[0]).toMatchObject({ lang: 'fi', lang_2: 'suomi' });
    // Only a question that keeps a text beside its answer has a column for it.
    expect(Object.keys(items[0])).not.toContain('topics-Comment');

    const csv = await get(`${url}?format=csv`);
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toBe(
      'submittedAt,lang,overall,role,role-Comment,topics,again,people,lang_2,comments',
    );
    expect(lines).toHaveLength(5);
    // A formula is never run by a spreadsheet.
    expect(lines[1]).toContain(`'=HYPERLINK`);

    const people = await get(`${url}?format=excel-csv&lang=fi`);
    expect(people.headers['content-disposition']).toMatch(/kudos-vastaukset-\d{4}-\d\d-\d\d\.csv/);
    const head = people.body.replace(/^\uFEFF/, '').split('\r\n')[0];
    expect(head).toBe(
      'Lähetetty;Vastauksen kieli;Yleisarvosana;Roolisi;Aiheet;Tulisitko uudelleen?;Montako teitä oli?;Mitä kieltä puhut?;Terveiset',
    );

    const xlsx = await t.app.inject({
      url: `${url}?format=xlsx&lang=en`,
      headers: { cookie: coordinator },
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect(sheet?.getRow(1).getCell(4).value).toBe('Roolisi (en)');
    // Oldest last: the first response, its choices by their texts in English.
    expect(sheet?.getRow(5).getCell(4).value).toBe('Perustaja (en)');
    expect(sheet?.getRow(5).getCell(5).value).toBe('Rahoitus (en), Laki (en)');
    expect(sheet?.getRow(4).getCell(4).value).toMatch(/Opiskelija/);

    const logged = rowsOf<{ action: string; format: string }>(
      await t.database.db.execute(sql`select action, details->>'format' as format
        from audit_event where target_id = ${roundId} order by id`),
    );
    expect(logged.filter((l) => l.action === 'survey.round.export').map((l) => l.format)).toEqual([
      'json',
      'csv',
      'excel-csv',
      'xlsx',
    ]);
  });

  it('are for coordinators and administrators, and only for public rounds', async () => {
    const results = `/api/v1/surveys/rounds/${roundId}/results`;
    const member = (await signUp(t, {})).cookie;
    for (const url of [results, `${results}/export?format=csv`]) {
      expect((await get(url, member)).statusCode).toBe(403);
      const anonymous = await t.app.inject({ url });
      expect([anonymous.statusCode, anonymous.json().error.code]).toEqual([
        401,
        'not_authenticated',
      ]);
    }
    const unknown = await get(`/api/v1/surveys/rounds/${crypto.randomUUID()}/results`);
    expect([unknown.statusCode, unknown.json().error.code]).toEqual([404, 'round_not_found']);
    const badFormat = await get(`${results}/export?format=pdf`);
    expect([badFormat.statusCode, badFormat.json().error.details.fields[0].path]).toEqual([
      400,
      'format',
    ]);
    const surveys = await get('/api/v1/surveys');
    const invited = await send(
      'POST',
      '/api/v1/surveys/rounds',
      {
        surveyId: surveys.json().items[0].id,
        versionNumber: 1,
        name: { fi: 'Kutsutut', sv: null, en: null },
        opensOn: day(0),
        closesOn: day(7),
      },
      coordinator,
    );
    const organisations = await get(`/api/v1/surveys/rounds/${invited.json().id}/results`);
    expect([organisations.statusCode, organisations.json().error.code]).toEqual([
      409,
      'round_not_public',
    ]);
  });

  it('count and download every response of a large round, however close their times', async () => {
    // 2 500 more, three at a time within the same microsecond and a microsecond apart: the
    // batches of a thousand must neither skip nor repeat one.
    await t.database.db.execute(sql`insert into survey_public_response
        (round_id, respondent_hash, answers, lang, state, submitted_at)
      select ${roundId}, 'bulk-' || i, jsonb_build_object('overall', 1 + i % 5), 'fi', 'submitted',
        timestamptz '2026-12-01 12:00:00' + (i / 3) * interval '1 microsecond'
      from generate_series(1, 2500) as i`);
    const res = await get(`/api/v1/surveys/rounds/${roundId}/results`);
    expect(res.json().submitted).toBe(2504);
    const overall = res.json().questions[0];
    expect(overall.answered).toBe(2504);
    // 500 of each rating, and the four answered earlier (5, 4, 2, 4).
    const expected = [500, 501, 500, 502, 501];
    expect(overall.choices.map((c: { count: number }) => c.count)).toEqual(expected);
    const file = await get(`/api/v1/surveys/rounds/${roundId}/results/export?format=json`);
    const items = file.json().items as { submittedAt: string; overall: number }[];
    expect(items).toHaveLength(2504);
    expect([1, 2, 3, 4, 5].map((v) => items.filter((i) => i.overall === v).length)).toEqual(
      expected,
    );
    const times = items.map((i) => i.submittedAt);
    expect(times).toEqual([...times].sort().reverse());
  });
});
