import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/sql.js';
import { helsinkiDate } from '../../export/dates.js';
import { csrf, signUp } from '../../test/accounts.js';
import { buildTestApp, type TestApp } from '../../test/app.js';
import { createOrg } from '../../test/organisations.js';
import { classificationVersion } from '../organisations/classification.js';
import { recomputeRound } from './classifications.service.js';

/**
 * A round's classifications: which definitions of a social enterprise each organisation met by
 * its submitted answers, kept with the rules' version, counted for coordinators, and recomputed
 * after the rules change with what moved.
 */

let t: TestApp;
let coordinator: string;
let roundId: string;
const orgs: { id: string; cookie: string }[] = [];

const day = (days: number) => helsinkiDate(new Date(Date.now() + days * 86_400_000));
const post = (url: string, payload: object, cookie = coordinator) =>
  t.app.inject({ method: 'POST', url, headers: { ...csrf, cookie }, payload });
const get = (url: string, cookie = coordinator) =>
  t.app.inject({ method: 'GET', url, headers: { cookie } });
const exec = (q: ReturnType<typeof sql>) => t.database.db.execute(q);
const org = (i: number) => {
  const o = orgs[i];
  if (!o) throw new Error(`no organisation ${i}`);
  return o;
};

/** A work-integration cooperative that meets every definition, and a company that meets none. */
const answersOf = [
  {
    legal_family: 'cooperative',
    employees_headcount: 10,
    disadvantaged_partial_work_ability: 2,
    disadvantaged_long_term_unemployed: 2,
    social_aim_in_statutes: true,
    impact_priority: 4,
    trading_income_share: '75_100',
    profit_distributed_percent: 10,
    distribution_cap: true,
    asset_lock: false,
    public_control: false,
    governance_model: 'member_democracy',
  },
  {
    legal_family: 'company',
    employees_headcount: 3,
    social_aim_in_statutes: false,
    impact_priority: 1,
    trading_income_share: '75_100',
    profit_distributed_percent: 80,
    public_control: false,
    governance_model: 'owner_managed',
  },
];

async function answer(i: number) {
  const access = { roundId, organisationId: org(i).id };
  const saved = await t.app.inject({
    method: 'PUT',
    url: '/api/v1/surveys/answer',
    headers: { ...csrf, cookie: org(i).cookie },
    payload: { ...access, answers: answersOf[i], lang: 'fi' },
  });
  expect(saved.statusCode, saved.body).toBe(200);
  const done = await post(
    '/api/v1/surveys/answer/submit',
    { ...access, lang: 'fi' },
    org(i).cookie,
  );
  expect(done.json().state, done.body).toBe('submitted');
}

const classifications = async () => {
  const res = await get(`/api/v1/surveys/rounds/${roundId}/classifications`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const counts = (body: { definitions: { id: string; counts: object }[] }) =>
  Object.fromEntries(body.definitions.map((d) => [d.id, d.counts]));

beforeAll(async () => {
  t = await buildTestApp();
  coordinator = (await signUp(t, { role: 'coordinator' })).cookie;
  const surveyId = (await get('/api/v1/surveys')).json().items[0].id;
  for (const [name, legalForm] of [
    ['Luokitus Osuuskunta', '14'],
    ['Luokitus Oy', '16'],
  ] as const) {
    const made = await createOrg(t, coordinator, { name, municipality: '167', legalForm });
    const rep = await signUp(t, {});
    await exec(sql`delete from organisation_member where organisation_id = ${made.id}`);
    await exec(sql`insert into organisation_member (organisation_id, user_id, role)
      select ${made.id}, id, 'owner' from app_user where email = ${rep.email}`);
    orgs.push({ id: made.id, cookie: rep.cookie });
  }
  const round = await post('/api/v1/surveys/rounds', {
    surveyId,
    versionNumber: 1,
    name: { fi: 'Luokituskierros' },
    opensOn: day(0),
    closesOn: day(30),
    target: 'region=12',
  });
  expect(round.statusCode, round.body).toBe(201);
  roundId = round.json().id;
  expect((await post(`/api/v1/surveys/rounds/${roundId}/invitations`, {})).json().invited).toBe(2);
});
afterAll(() => t.close());

describe('a round’s classifications', () => {
  it('are kept for each submitted response with the rules’ version, and counted', async () => {
    expect(await classifications()).toMatchObject({ submitted: 0, classified: 0, versions: [] });
    await answer(0);
    await answer(1);
    const body = await classifications();
    expect(body).toMatchObject({
      version: classificationVersion,
      submitted: 2,
      classified: 2,
      versions: [{ version: classificationVersion, count: 2 }],
    });
    expect(counts(body)).toEqual({
      euOperational: { yes: 1, no: 1, unknown: 0 },
      esem: { yes: 1, no: 1, unknown: 0 },
      wef: { yes: 1, no: 1, unknown: 0 },
      // The barometer does not ask whether owners and distribution are published.
      finnishMark: { yes: 0, no: 1, unknown: 1 },
      // 4 of 10 disadvantaged; the company left those questions unanswered: not known, not "no".
      workIntegration: { yes: 1, no: 0, unknown: 1 },
    });
    // The company has no social mission, so no ICSEM model.
    expect(body.icsem.counts).toEqual([
      { model: 'SCOOP', count: 1 },
      { model: null, count: 1 },
    ]);
    expect(body.definitions.every((d: { changes: unknown[] }) => d.changes.length === 0)).toBe(
      true,
    );
  });

  it('leave with a reopened response and come back with its submission', async () => {
    const reopened = await post(
      `/api/v1/surveys/rounds/${roundId}/responses/${org(1).id}/reopen`,
      {},
    );
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect(await classifications()).toMatchObject({ submitted: 1, classified: 1 });
    await post(
      '/api/v1/surveys/answer/submit',
      { roundId, organisationId: org(1).id, lang: 'fi' },
      org(1).cookie,
    );
    expect(await classifications()).toMatchObject({ submitted: 2, classified: 2 });
  });

  it('are recomputed with today’s rules on request, showing what moved', async () => {
    // As if the cooperative's result came from older rules that judged it differently, and the
    // company had submitted before results were kept.
    await exec(sql`update survey_classification set version = 'kudos-se-2026.1',
      result = jsonb_set(jsonb_set(result, '{euOperational,meets}', 'false'), '{icsemModel}', '"ENP"')
      where organisation_id = ${org(0).id}`);
    await exec(sql`delete from survey_classification where organisation_id = ${org(1).id}`);
    const before = await classifications();
    expect(before.versions).toEqual([{ version: 'kudos-se-2026.1', count: 1 }]);
    expect(counts(before).euOperational).toEqual({ yes: 0, no: 1, unknown: 0 });

    const res = await post(`/api/v1/surveys/rounds/${roundId}/classifications/recompute`, {});
    expect(res.statusCode, res.body).toBe(200);
    const after = res.json();
    expect(after).toMatchObject({
      added: 1,
      changed: 1,
      classified: 2,
      versions: [{ version: classificationVersion, count: 2 }],
    });
    const eu = after.definitions.find((d: { id: string }) => d.id === 'euOperational');
    expect(eu).toEqual({
      id: 'euOperational',
      counts: { yes: 1, no: 1, unknown: 0 },
      changes: [{ from: 'no', to: 'yes', count: 1 }],
    });
    // Definitions the change did not touch show no move.
    expect(after.definitions.find((d: { id: string }) => d.id === 'esem').changes).toEqual([]);
    expect(after.icsem.changes).toEqual([{ from: 'ENP', to: 'SCOOP', count: 1 }]);
    expect(await classifications()).toEqual({ ...after, added: undefined, changed: undefined });
    const audit = rowsOf<{ details: { added: number; changed: number } }>(
      await exec(sql`select details from audit_event where action = 'survey.round.classify'
        and target_id = ${roundId}`),
    );
    expect(audit.map((a) => [a.details.added, a.details.changed])).toEqual([[1, 1]]);

    // Run again: nothing moves, and the earlier moves are forgotten.
    const again = (
      await post(`/api/v1/surveys/rounds/${roundId}/classifications/recompute`, {})
    ).json();
    expect([again.added, again.changed]).toEqual([0, 0]);
    expect(again.definitions.flatMap((d: { changes: unknown[] }) => d.changes)).toEqual([]);
    expect(again.icsem.changes).toEqual([]);
  });

  it('stream their recomputation’s progress when asked, ending with the result', async () => {
    const url = `/api/v1/surveys/rounds/${roundId}/classifications/recompute`;
    const ndjson = { ...csrf, cookie: coordinator, accept: 'application/x-ndjson' };
    const res = await t.app.inject({ method: 'POST', url, headers: ndjson, payload: {} });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/x-ndjson/);
    const lines = res.body
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.slice(0, -1)).toEqual([
      { state: 'running', processed: 0, total: 2 },
      { state: 'running', processed: 2, total: 2 },
    ]);
    expect(lines.at(-1)).toMatchObject({ state: 'done', added: 0, changed: 0, classified: 2 });
    // Refused before it starts: an ordinary error answer, not a stream.
    const refused = await t.app.inject({
      method: 'POST',
      url,
      headers: { ...ndjson, cookie: org(0).cookie },
      payload: {},
    });
    expect([refused.statusCode, refused.json().error.code]).toEqual([403, 'forbidden']);
  });

  it('stop between batches when the client goes or the server stops, saying so in the log', async () => {
    const { me } = await signUp(t, { role: 'coordinator' });
    const caller = {
      id: me.id,
      role: 'coordinator' as const,
      regions: [],
      via: 'session' as const,
    };
    const gone = new Error('the client went away');
    await expect(
      recomputeRound(
        t.database.db,
        { ...caller, scope: 'read_write' },
        { ip: null, userAgent: null },
        roundId,
        { signal: AbortSignal.abort(gone) },
      ),
    ).rejects.toBe(gone);
    const logged = rowsOf<{ details: { stoppedAt: number; of: number } }>(
      await exec(sql`select details from audit_event where action = 'survey.round.classify'
        and actor_id = ${me.id}`),
    );
    expect(logged.map((l) => [l.details.stoppedAt, l.details.of])).toEqual([[0, 2]]);
  });

  it('are for coordinators and administrators only', async () => {
    const url = `/api/v1/surveys/rounds/${roundId}/classifications`;
    expect((await get(url, org(0).cookie)).statusCode).toBe(403);
    expect((await get(url, '')).statusCode).toBe(401);
    expect((await post(`${url}/recompute`, {}, org(0).cookie)).statusCode).toBe(403);
    const unknown = await get(`/api/v1/surveys/rounds/${crypto.randomUUID()}/classifications`);
    expect([unknown.statusCode, unknown.json().error.code]).toEqual([404, 'round_not_found']);
  });
});
