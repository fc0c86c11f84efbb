import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indicators } from '../../../common/indicators.js';
import { versionDiffSchema } from '../../../common/schemas/surveys.js';
import { helsinkiDate } from '../../export/dates.js';
import { csrf, signUp } from '../../test/accounts.js';
import { buildTestApp, type TestApp } from '../../test/app.js';
import { createOrg } from '../../test/organisations.js';

const barometer = JSON.parse(
  readFileSync(new URL('./barometer-v1.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

let t: TestApp;
let coordinator: string;
let member: string;
let surveyId: string;

beforeAll(async () => {
  t = await buildTestApp();
  coordinator = (await signUp(t, { role: 'coordinator' })).cookie;
  member = (await signUp(t, {})).cookie;
  const list = await t.app.inject({ url: '/api/v1/surveys', headers: { cookie: coordinator } });
  expect(list.statusCode, list.body).toBe(200);
  surveyId = list.json().items[0].id;
});
afterAll(() => t.close());

const get = (url: string, cookie = coordinator) => t.app.inject({ url, headers: { cookie } });
const send = (method: 'POST' | 'PUT', url: string, payload: object, cookie = coordinator) =>
  t.app.inject({ method, url, headers: { ...csrf, cookie }, payload });
const versionUrl = (n: number | string) => `/api/v1/surveys/${surveyId}/versions/${n}`;

/** The barometer with its title changed, a small valid edit. */
const retitled = (fi: string) => ({
  ...barometer,
  title: { ...(barometer.title as object), fi },
});

describe('the barometer', () => {
  it('is installed by the migrations as version 1, bound to every indicator that is asked', async () => {
    const list = (await get('/api/v1/surveys')).json();
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({
      code: 'barometer',
      name: barometer.title,
      versions: [{ number: 1, basedOn: null, frozenAt: null, indicatorCount: 45, version: 1 }],
    });
    const v1 = await get(versionUrl(1));
    expect(v1.statusCode, v1.body).toBe(200);
    // The migration holds the questionnaire of barometer-v1.json, unchanged.
    expect(v1.json().definition).toEqual(barometer);
    const asked = indicators.filter((i) => !i.derived).map((i) => i.code);
    expect([...v1.json().indicators].sort()).toEqual([...asked].sort());
    expect(barometer.estimatedMinutes).toBeGreaterThan(0);
  });

  it('passes its own check', async () => {
    const res = await send('POST', '/api/v1/surveys/check', { definition: barometer });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().problems).toEqual([]);
    expect(res.json().bindings).toHaveLength(45);
  });
});

describe('versions', () => {
  it('are copied to the next number and edited until a round uses them', async () => {
    const copy = await send('POST', `/api/v1/surveys/${surveyId}/versions`, { from: 1 });
    expect(copy.statusCode, copy.body).toBe(201);
    expect(copy.json()).toMatchObject({ number: 2, basedOn: 1, version: 1, frozenAt: null });
    expect(copy.json().definition).toEqual(barometer);

    const saved = await send('PUT', versionUrl(2), {
      definition: retitled('Barometri 2027'),
      version: 1,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ number: 2, version: 2, indicatorCount: 45 });
    expect((await get(versionUrl(2))).json().definition.title.fi).toBe('Barometri 2027');
    // Version 1 is as it was.
    expect((await get(versionUrl(1))).json().definition).toEqual(barometer);

    // An edit that started from version 1 of the row is refused with what is there now.
    const stale = await send('PUT', versionUrl(2), {
      definition: retitled('Vanha muokkaus'),
      version: 1,
    });
    expect(stale.statusCode, stale.body).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
    expect(stale.json().error.details.current.definition.title.fi).toBe('Barometri 2027');

    const survey = (await get(`/api/v1/surveys/${surveyId}`)).json();
    expect(survey.versions.map((v: { number: number }) => v.number)).toEqual([1, 2]);
  });

  it('refuse a definition with problems, naming each by its path, and keep what was saved', async () => {
    const copy = (await send('POST', `/api/v1/surveys/${surveyId}/versions`, { from: 1 })).json();
    const pages = structuredClone(barometer.pages) as { elements: Record<string, unknown>[] }[];
    const first = pages[0]?.elements[0] as Record<string, unknown>;
    first.indicator = 'no_such_indicator';
    const broken = { ...barometer, title: { fi: 'Barometri', en: 'Barometer' }, pages };
    const res = await send('PUT', versionUrl(copy.number), { definition: broken, version: 1 });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.code).toBe('invalid_request');
    const fields = res
      .json()
      .error.details.fields.map((f: { path: string; code: string }) => [f.path, f.code]);
    expect(fields).toEqual([
      ['definition.title.sv', 'missing_translation'],
      ['definition.pages.0.elements.0.indicator', 'unknown_indicator'],
    ]);
    expect((await get(versionUrl(copy.number))).json()).toMatchObject({
      version: 1,
      definition: barometer,
    });
    // Not an object at all: the request's own schema refuses it.
    const notObject = await send('PUT', versionUrl(copy.number), { definition: [], version: 1 });
    expect(notObject.statusCode).toBe(400);
  });

  it('stay as they were once a round has used them (409), and can still be copied', async () => {
    const copy = (await send('POST', `/api/v1/surveys/${surveyId}/versions`, { from: 1 })).json();
    await t.database.db.execute(
      sql`update survey_version set frozen_at = now() where survey_id = ${surveyId} and number = ${copy.number}`,
    );
    const res = await send('PUT', versionUrl(copy.number), {
      definition: retitled('Jäädytetty'),
      version: 1,
    });
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().error.code).toBe('survey_version_frozen');
    expect((await get(versionUrl(copy.number))).json().definition).toEqual(barometer);
    const again = await send('POST', `/api/v1/surveys/${surveyId}/versions`, { from: copy.number });
    expect(again.statusCode).toBe(201);
    expect(again.json()).toMatchObject({ basedOn: copy.number, frozenAt: null });
  });

  it('keep markup in texts as text: it is stored as written and rendered inert by the survey', async () => {
    const copy = (await send('POST', `/api/v1/surveys/${surveyId}/versions`, { from: 1 })).json();
    const script = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const res = await send('PUT', versionUrl(copy.number), {
      definition: retitled(script),
      version: 1,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().definition.title.fi).toBe(script);
    // Text the database cannot store is a 400 naming the field, never a server error.
    const nul = await send('PUT', versionUrl(copy.number), {
      definition: retitled('a\u0000b'),
      version: 2,
    });
    expect(nul.statusCode, nul.body).toBe(400);
  });
});

describe('a version’s changes', () => {
  it('are listed against the version it was copied from, or another one asked for', async () => {
    const copy = (await send('POST', `/api/v1/surveys/${surveyId}/versions`, { from: 1 })).json();
    const unchanged = (await get(`${versionUrl(copy.number)}/diff`)).json();
    expect(unchanged).toMatchObject({ from: 1, to: copy.number, survey: [] });
    expect(unchanged.elements).toEqual({ added: [], removed: [], changed: [] });

    const pages = structuredClone(barometer.pages) as { elements: Record<string, unknown>[] }[];
    const removed = pages[0]?.elements.pop() as { name: string };
    // A field taken away: its change has no `after`, which JSON leaves out.
    delete pages[0]?.elements[0]?.description;
    const saved = await send('PUT', versionUrl(copy.number), {
      definition: { ...retitled('Barometri 2028'), pages },
      version: 1,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const diff = await get(`${versionUrl(copy.number)}/diff`);
    expect(diff.statusCode, diff.body).toBe(200);
    expect(diff.json().survey).toEqual([
      {
        field: 'title.fi',
        before: (barometer.title as { fi: string }).fi,
        after: 'Barometri 2028',
      },
    ]);
    expect(diff.json().elements.removed.map((e: { name: string }) => e.name)).toEqual([
      removed.name,
    ]);
    const firstChanges = diff.json().elements.changed[0];
    expect(firstChanges.changes.map((c: { field: string }) => c.field)).toEqual([
      'description.en',
      'description.fi',
      'description.sv',
    ]);
    expect(firstChanges.changes[0]).not.toHaveProperty('after');
    // The answer as the browser reads it matches the schema the web app checks it with.
    expect(versionDiffSchema.safeParse(diff.json()).error).toBeUndefined();
    const v1 = (await get(`${versionUrl(1)}/diff`)).json();
    expect(v1.from).toBe(0);
    expect(v1.elements.added).toHaveLength(45 + 3);
    const against = await get(`${versionUrl(copy.number)}/diff?against=999`);
    expect(against.statusCode).toBe(404);
    expect((await get(`${versionUrl(copy.number)}/diff`, member)).statusCode).toBe(403);
  });
});

describe('access and addresses', () => {
  it('is for coordinators and administrators: 401 without a session, 403 for members', async () => {
    for (const [cookie, status] of [
      ['', 401],
      [member, 403],
    ] as const) {
      expect((await get('/api/v1/surveys', cookie)).statusCode).toBe(status);
      expect((await get(`/api/v1/surveys/${surveyId}`, cookie)).statusCode).toBe(status);
      expect((await get(versionUrl(1), cookie)).statusCode).toBe(status);
      const copy = await send('POST', `/api/v1/surveys/${surveyId}/versions`, { from: 1 }, cookie);
      expect(copy.statusCode).toBe(status);
      const put = await send('PUT', versionUrl(1), { definition: barometer, version: 1 }, cookie);
      expect(put.statusCode).toBe(status);
      const check = await send('POST', '/api/v1/surveys/check', { definition: {} }, cookie);
      expect(check.statusCode).toBe(status);
    }
    const admin = (await signUp(t, { role: 'admin' })).cookie;
    expect((await get('/api/v1/surveys', admin)).statusCode).toBe(200);
  });

  it('answers 404 for a survey or version that does not exist and 400 for malformed ones', async () => {
    const none = '00000000-0000-4000-8000-000000000000';
    const missing = await get(`/api/v1/surveys/${none}`);
    expect([missing.statusCode, missing.json().error.code]).toEqual([404, 'survey_not_found']);
    const noVersion = await get(versionUrl(999));
    expect([noVersion.statusCode, noVersion.json().error.code]).toEqual([
      404,
      'survey_version_not_found',
    ]);
    const copyMissing = await send('POST', `/api/v1/surveys/${surveyId}/versions`, { from: 999 });
    expect(copyMissing.statusCode).toBe(404);
    expect((await get('/api/v1/surveys/not-a-uuid')).statusCode).toBe(400);
    expect((await get(versionUrl(0))).statusCode).toBe(400);
    expect((await get(versionUrl('x'))).statusCode).toBe(400);
    const badCopy = await send('POST', `/api/v1/surveys/${surveyId}/versions`, { from: 'one' });
    expect(badCopy.statusCode).toBe(400);
  });

  it('checks a definition without saving it, whatever it is', async () => {
    for (const definition of [null, 'x', [], 42]) {
      const res = await send('POST', '/api/v1/surveys/check', { definition });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().problems).toEqual([{ path: '', code: 'not_an_object' }]);
    }
    const res = await send('POST', '/api/v1/surveys/check', {
      definition: { title: 'Kysely', pages: [] },
    });
    expect(res.json().problems.map((p: { code: string }) => p.code)).toEqual([
      'missing_translation',
      'no_pages',
    ]);
  });
});

/** A Finnish date `days` from today. */
const day = (days: number) => helsinkiDate(new Date(Date.now() + days * 86_400_000));

describe('rounds', () => {
  let roundSurvey: string;
  beforeAll(async () => {
    roundSurvey = surveyId;
    for (const [name, municipality] of [
      ['Kierrostesti Tampere oy', '837'],
      ['Kierrostesti Nokia ry', '536'],
      ['Kierrostesti Helsinki osk', '091'],
    ] as const) {
      await createOrg(t, coordinator, { name, municipality });
    }
  });

  const create = (body: object, cookie = coordinator) =>
    send(
      'POST',
      '/api/v1/surveys/rounds',
      {
        surveyId: roundSurvey,
        versionNumber: 1,
        name: { fi: 'Barometri 2027' },
        opensOn: day(0),
        closesOn: day(30),
        ...body,
      },
      cookie,
    );
  const patch = (id: string, body: object) =>
    t.app.inject({
      method: 'PATCH',
      url: `/api/v1/surveys/rounds/${id}`,
      headers: { ...csrf, cookie: coordinator },
      payload: body,
    });

  it('use one version, which is frozen from then on, and count the organisations their target finds', async () => {
    const res = await create({ target: 'region=06', reminderDays: 7 });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      surveyId: roundSurvey,
      versionNumber: 1,
      name: { fi: 'Barometri 2027', sv: null, en: null },
      status: 'open',
      target: 'region=06',
      targetCount: 2,
      reminderDays: 7,
      closedAt: null,
      version: 1,
    });
    expect((await create({ target: '' })).json().targetCount).toBeGreaterThanOrEqual(3);
    // A directory address copied whole: its filters are kept, its order and paging left out.
    const copied = await create({
      target: 'https://kudos.example.fi/fi/organisaatiot?q=&region=06&sort=name&page=3#top',
    });
    expect(copied.json()).toMatchObject({ target: 'q=&region=06', targetCount: 2 });
    const v1 = (await get(versionUrl(1))).json();
    expect(v1.frozenAt).not.toBeNull();
    const edit = await send('PUT', versionUrl(1), { definition: barometer, version: v1.version });
    expect(edit.json().error.code).toBe('survey_version_frozen');
    const scheduled = await create({ opensOn: day(10), closesOn: day(40) });
    expect(scheduled.json().status).toBe('scheduled');
    const list = (await get('/api/v1/surveys/rounds')).json();
    expect(list.items[0].id).toBe(scheduled.json().id);
  });

  it('refuse a target that is not the directory’s filters, and a last day before the first', async () => {
    const bad = await create({ target: 'region=6x&family=cooperative' });
    expect(bad.statusCode, bad.body).toBe(400);
    // The first value of `region` is the faulty one.
    expect(bad.json().error.details.fields.map((f: { path: string }) => f.path)).toEqual([
      'target.region.0',
    ]);
    const unknown = await create({ target: 'colour=blue' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details.fields[0].path).toBe('target.colour');
    const backwards = await create({ opensOn: day(5), closesOn: day(4) });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.details.fields[0].path).toBe('closesOn');
    expect((await create({ closesOn: 'tomorrow' })).statusCode).toBe(400);
    expect((await create({ name: { fi: '' } })).statusCode).toBe(400);
    const noSurvey = await create({ surveyId: '00000000-0000-4000-8000-000000000000' });
    expect(noSurvey.json().error.code).toBe('survey_not_found');
    expect((await create({ versionNumber: 999 })).json().error.code).toBe(
      'survey_version_not_found',
    );
  });

  it('change their target and first day only before they open, and their last day always', async () => {
    const scheduled = (await create({ opensOn: day(10), closesOn: day(40) })).json();
    const moved = await patch(scheduled.id, {
      version: 1,
      target: 'region=01',
      opensOn: day(12),
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ target: 'region=01', opensOn: day(12), version: 2 });
    expect(moved.json().targetCount).toBe(1);
    // Fields not given stay as they were.
    expect(moved.json()).toMatchObject({ closesOn: day(40), name: { fi: 'Barometri 2027' } });
    const stale = await patch(scheduled.id, { version: 1, reminderDays: 3 });
    expect(stale.json().error.code).toBe('version_conflict');

    const open = (await create({ target: 'region=06' })).json();
    const retarget = await patch(open.id, { version: 1, target: 'region=01' });
    expect([retarget.statusCode, retarget.json().error.code]).toEqual([409, 'round_started']);
    const restart = await patch(open.id, { version: 1, opensOn: day(-1) });
    expect(restart.json().error.code).toBe('round_started');
    const extended = await patch(open.id, { version: 1, closesOn: day(60) });
    expect(extended.statusCode, extended.body).toBe(200);
    expect(extended.json()).toMatchObject({
      closesOn: day(60),
      status: 'open',
      target: 'region=06',
    });
  });

  it('close before their last day, and open again when extended', async () => {
    const open = (await create({})).json();
    const url = `/api/v1/surveys/rounds/${open.id}/close`;
    const closed = await send('POST', url, {});
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json().status).toBe('closed');
    expect(closed.json().closedAt).not.toBeNull();
    const again = await send('POST', url, {});
    expect(again.json()).toMatchObject({ status: 'closed', closedAt: closed.json().closedAt });
    const reopened = await patch(open.id, { version: again.json().version, closesOn: day(45) });
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect(reopened.json()).toMatchObject({ status: 'open', closedAt: null });
  });

  it('are for coordinators and administrators, and 404 when they do not exist', async () => {
    const open = (await create({})).json();
    for (const [cookie, status] of [
      ['', 401],
      [member, 403],
    ] as const) {
      expect((await get('/api/v1/surveys/rounds', cookie)).statusCode).toBe(status);
      expect((await get(`/api/v1/surveys/rounds/${open.id}`, cookie)).statusCode).toBe(status);
      expect((await create({}, cookie)).statusCode).toBe(status);
      const close = await send('POST', `/api/v1/surveys/rounds/${open.id}/close`, {}, cookie);
      expect(close.statusCode).toBe(status);
    }
    const none = '00000000-0000-4000-8000-000000000000';
    const missing = await get(`/api/v1/surveys/rounds/${none}`);
    expect([missing.statusCode, missing.json().error.code]).toEqual([404, 'round_not_found']);
    expect((await patch(none, { version: 1 })).statusCode).toBe(404);
  });
});
