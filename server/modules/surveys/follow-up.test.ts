import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/sql.js';
import { helsinkiDate } from '../../export/dates.js';
import { csrf, lastMail, mailCount, signUp } from '../../test/accounts.js';
import { buildTestApp, type TestApp } from '../../test/app.js';
import { createOrg } from '../../test/organisations.js';
import { sendDueReminders } from './invitations.service.js';

/**
 * Following a round: reminders to those who have not answered, the response rate, who has
 * answered, reopening, an organisation's answers for its representatives and (with a reason in
 * the audit log) for staff, their download, and answering as a signed-in representative.
 */

let t: TestApp;
let coordinator: string;
let surveyId: string;
let roundId: string;
/** Organisations of the round with a representative each who is no coordinator. */
const orgs: { id: string; email: string; cookie: string }[] = [];

const day = (days: number) => helsinkiDate(new Date(Date.now() + days * 86_400_000));
const post = (url: string, payload: object, cookie = coordinator) =>
  t.app.inject({ method: 'POST', url, headers: { ...csrf, cookie }, payload });
const put = (url: string, payload: object, cookie = '') =>
  t.app.inject({ method: 'PUT', url, headers: { ...csrf, cookie }, payload });
const get = (url: string, cookie = coordinator) =>
  t.app.inject({ method: 'GET', url, headers: { cookie } });
const exec = (q: ReturnType<typeof sql>) => t.database.db.execute(q);

/** Enough answers to submit the barometer. */
const answers = {
  legal_family: 'association',
  employees_headcount: 4,
  disadvantaged_partial_work_ability: 2,
  turnover_eur: 125000,
  sdg_goals: ['8', '10'],
  se_mark: false,
};

/** As if the invitations (and reminders) of the round had gone out `days` days ago. */
async function age(days: number) {
  await exec(sql`update survey_invitation set created_at = now() - make_interval(days => ${days}),
    reminded_at = reminded_at - make_interval(days => ${days}) where round_id = ${roundId}`);
}

async function newRound(body: object = {}) {
  const res = await post('/api/v1/surveys/rounds', {
    surveyId,
    versionNumber: 1,
    name: { fi: 'Seurantakierros', sv: 'Uppföljningsomgång', en: 'Follow-up round' },
    opensOn: day(0),
    closesOn: day(30),
    target: 'region=02',
    reminderDays: 7,
    ...body,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

beforeAll(async () => {
  t = await buildTestApp();
  coordinator = (await signUp(t, { role: 'coordinator' })).cookie;
  surveyId = (await get('/api/v1/surveys')).json().items[0].id;
  // Varsinais-Suomi (02): Turku, Salo and Raisio; a cooperative, a company and an association.
  const made: [string, string, string][] = [
    ['Seuranta Osuuskunta', '853', '14'],
    ['Seuranta Oy', '734', '16'],
    ['Seuranta ry', '680', '6'],
  ];
  for (const [name, municipality, legalForm] of made) {
    const org = await createOrg(t, coordinator, { name, municipality, legalForm });
    const rep = await signUp(t, {});
    const user = rowsOf<{ id: string }>(
      await exec(sql`select id from app_user where email = ${rep.email}`),
    )[0]?.id;
    await exec(sql`delete from organisation_member where organisation_id = ${org.id}`);
    await exec(
      sql`insert into organisation_member (organisation_id, user_id, role) values (${org.id}, ${user}, 'owner')`,
    );
    orgs.push({ id: org.id, email: rep.email, cookie: rep.cookie });
  }
  roundId = await newRound();
  const invited = await post(`/api/v1/surveys/rounds/${roundId}/invitations`, {});
  expect(invited.json().invited).toBe(3);
});
afterAll(() => t.close());

const org = (i: number) => {
  const o = orgs[i];
  if (!o) throw new Error(`no organisation ${i}`);
  return o;
};

describe('reminders', () => {
  it('wait for the round’s interval, skip those who submitted, and bring a new link while the old one works', async () => {
    const first = (await lastMail(t, org(0).email)).token ?? '';
    const early = await post(`/api/v1/surveys/rounds/${roundId}/reminders`, {});
    expect(early.statusCode, early.body).toBe(200);
    expect(early.json()).toEqual({ reminded: 0, notDue: 3, answered: 0, messages: 0 });

    // Organisation 2 answers by its link.
    const token2 = (await lastMail(t, org(2).email)).token ?? '';
    expect(
      (await put('/api/v1/surveys/answer', { token: token2, answers, lang: 'fi' })).statusCode,
    ).toBe(200);
    const done = await post('/api/v1/surveys/answer/submit', { token: token2, lang: 'fi' }, '');
    expect(done.json().state).toBe('submitted');

    await age(8);
    const mailsBefore = await mailCount(t, org(2).email);
    const res = await post(`/api/v1/surveys/rounds/${roundId}/reminders`, {});
    expect(res.json()).toEqual({ reminded: 2, notDue: 0, answered: 1, messages: 2 });
    expect(await mailCount(t, org(2).email)).toBe(mailsBefore);
    const reminder = await lastMail(t, org(0).email);
    expect(reminder.subject).toContain('Muistutus');
    expect(reminder.token).toBeTruthy();
    expect(reminder.token).not.toBe(first);
    for (const token of [first, reminder.token ?? '']) {
      const opened = await post('/api/v1/surveys/answer/open', { token }, '');
      expect(opened.json().organisation.id).toBe(org(0).id);
    }
    // Repeating at once sends nothing: the interval counts from the last reminder.
    const again = await post(`/api/v1/surveys/rounds/${roundId}/reminders`, {});
    expect(again.json()).toMatchObject({ reminded: 0, notDue: 2, messages: 0 });
  });

  it('go out by the daily job for rounds with an interval, once per interval', async () => {
    await age(8);
    const before = await mailCount(t, org(1).email);
    const reminded = await sendDueReminders(t.database.db, { baseUrl: 'http://localhost' });
    expect(reminded).toBeGreaterThanOrEqual(2);
    expect(await mailCount(t, org(1).email)).toBe(before + 1);
    expect(await sendDueReminders(t.database.db, { baseUrl: 'http://localhost' })).toBe(0);
    expect(await mailCount(t, org(1).email)).toBe(before + 1);
  });

  it('are for coordinators of open rounds only', async () => {
    const member = await post(`/api/v1/surveys/rounds/${roundId}/reminders`, {}, org(0).cookie);
    expect(member.statusCode).toBe(403);
    const later = await newRound({ opensOn: day(5), target: 'region=03' });
    const res = await post(`/api/v1/surveys/rounds/${later}/reminders`, {});
    expect([res.statusCode, res.json().error.code]).toEqual([409, 'round_closed']);
    const missing = await post(`/api/v1/surveys/rounds/${crypto.randomUUID()}/reminders`, {});
    expect(missing.statusCode).toBe(404);
  });
});

describe('the response rate and who has answered', () => {
  it('counts invited, started and submitted overall, by region and by family', async () => {
    const res = await get(`/api/v1/surveys/rounds/${roundId}/progress`);
    expect(res.statusCode, res.body).toBe(200);
    const p = res.json();
    expect(p).toMatchObject({ invited: 3, started: 1, submitted: 1 });
    expect(p.rate).toBeCloseTo(1 / 3);
    expect(p.byRegion).toEqual([
      {
        code: '02',
        name: { fi: 'Varsinais-Suomi', sv: 'Egentliga Finland', en: 'Southwest Finland' },
        invited: 3,
        started: 1,
        submitted: 1,
        rate: p.rate,
      },
    ]);
    expect(p.byFamily).toEqual([
      { code: 'association', invited: 1, started: 1, submitted: 1, rate: 1 },
      { code: 'company', invited: 1, started: 0, submitted: 0, rate: 0 },
      { code: 'cooperative', invited: 1, started: 0, submitted: 0, rate: 0 },
    ]);
    expect(
      (await get(`/api/v1/surveys/rounds/${roundId}/progress`, org(0).cookie)).statusCode,
    ).toBe(403);
  });

  it('lists the invited organisations by name with their state, filtered and paged', async () => {
    const all = await get(`/api/v1/surveys/rounds/${roundId}/responses?pageSize=2`);
    expect(all.statusCode, all.body).toBe(200);
    expect(all.json()).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(
      all.json().items.map((i: { organisation: { name: string } }) => i.organisation.name),
    ).toEqual(['Seuranta Osuuskunta', 'Seuranta Oy']);
    const submitted = await get(`/api/v1/surveys/rounds/${roundId}/responses?state=submitted`);
    expect(submitted.json().items).toEqual([
      expect.objectContaining({
        organisation: expect.objectContaining({ id: org(2).id, family: 'association' }),
        state: 'submitted',
      }),
    ]);
    const waiting = await get(`/api/v1/surveys/rounds/${roundId}/responses?state=not_started`);
    expect(waiting.json().total).toBe(2);
    expect(waiting.json().items[0].remindedAt).not.toBeNull();
    const bad = await get(`/api/v1/surveys/rounds/${roundId}/responses?state=maybe`);
    expect(bad.statusCode).toBe(400);
  });
});

describe('an organisation’s answers', () => {
  const url = (i: number, rest = '') =>
    `/api/v1/surveys/rounds/${roundId}/responses/${org(i).id}${rest}`;

  it('are open to its representatives without a reason and kept from other organisations', async () => {
    const own = await get(url(2), org(2).cookie);
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json().response).toMatchObject({ state: 'submitted', answers });
    expect(own.json().values).toContainEqual({ indicator: 'turnover_eur', value: 125000 });
    expect((await get(url(2), org(0).cookie)).statusCode).toBe(403);
    expect((await get(url(2), '')).statusCode).toBe(401);
  });

  it('need a reason from staff, kept in the audit log with the view and the export', async () => {
    const none = await get(url(2));
    expect([none.statusCode, none.json().error.code]).toEqual([400, 'reason_required']);
    const reason = 'Vastauksen tarkistus tilastoa varten';
    const seen = await get(url(2, `?reason=${encodeURIComponent(reason)}`));
    expect(seen.statusCode, seen.body).toBe(200);
    const file = await get(
      url(2, `/export?format=csv&lang=sv&reason=${encodeURIComponent(reason)}`),
    );
    expect(file.statusCode, file.body).toBe(200);
    const logged = rowsOf<{ action: string; reason: string }>(
      await exec(sql`select action, details->>'reason' as reason from audit_event
        where target_id = ${org(2).id} and action like 'survey.response.%' order by id`),
    );
    expect(logged).toEqual([
      { action: 'survey.response.view', reason },
      { action: 'survey.response.export', reason },
    ]);
    const stranger = rowsOf(
      await exec(
        sql`select 1 from audit_event where target_id = ${org(2).id} and actor_id is null`,
      ),
    );
    expect(stranger).toEqual([]);
    const notInvited = await get(
      `/api/v1/surveys/rounds/${roundId}/responses/${crypto.randomUUID()}?reason=${encodeURIComponent(reason)}`,
    );
    expect([notInvited.statusCode, notInvited.json().error.code]).toEqual([
      404,
      'response_not_found',
    ]);
  });

  it('download with each question’s title in the language asked, as plain text', async () => {
    const csv = await get(url(2, '/export?format=csv&lang=en'), org(2).cookie);
    expect(csv.headers['content-disposition']).toMatch(/kudos-answers-\d{4}-\d\d-\d\d\.csv/);
    expect(csv.body).toContain('question,title,answer,indicator');
    expect(csv.body).toMatch(/turnover_eur,[^\n]*,125000,turnover_eur/);
    expect(csv.body).toMatch(/employees_headcount,.*,4,employees_headcount/);
    const people = await get(url(2, '/export?format=excel-csv&lang=fi'), org(2).cookie);
    expect(people.headers['content-disposition']).toMatch(/kudos-vastaukset-/);
    expect(people.body).toContain('Kysymys;Vastaus;Indikaattori;Kysymyksen tunniste');
    const json = await get(url(2, '/export?format=json&lang=sv'), org(2).cookie);
    const items = json.json().items as { question: string; answer: string }[];
    expect(items.find((i) => i.question === 'se_mark')?.answer).toBeTruthy();
  });
});

describe('reopening a submitted response', () => {
  const reopen = (i: number, cookie = coordinator) =>
    post(`/api/v1/surveys/rounds/${roundId}/responses/${org(i).id}/reopen`, {}, cookie);

  it('lets the organisation change it, withdrawing its values until it is submitted again', async () => {
    expect((await reopen(2, org(2).cookie)).statusCode).toBe(403);
    const res = await reopen(2);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ state: 'in_progress', submittedAt: null });
    const values = rowsOf(
      await exec(sql`select 1 from survey_answer where organisation_id = ${org(2).id}`),
    );
    expect(values).toEqual([]);
    expect((await reopen(2)).json().version).toBe(res.json().version);
    // Changed and submitted again as a signed-in representative, without the link.
    const access = { roundId, organisationId: org(2).id };
    const saved = await put(
      '/api/v1/surveys/answer',
      {
        ...access,
        answers: { ...answers, employees_headcount: 5 },
        lang: 'sv',
        version: res.json().version,
      },
      org(2).cookie,
    );
    expect(saved.statusCode, saved.body).toBe(200);
    const again = await post(
      '/api/v1/surveys/answer/submit',
      { ...access, lang: 'sv' },
      org(2).cookie,
    );
    expect(again.json().state).toBe('submitted');
    const stored = rowsOf<{ number: string }>(
      await exec(sql`select number from survey_answer where organisation_id = ${org(2).id}
        and indicator = 'employees_headcount'`),
    );
    expect(stored.map((r) => Number(r.number))).toEqual([5]);
  });

  it('is refused for an organisation that has not answered, and once the round is closed', async () => {
    const none = await reopen(0);
    expect([none.statusCode, none.json().error.code]).toEqual([404, 'response_not_found']);
    const closed = await newRound({ target: 'region=04' });
    await post(`/api/v1/surveys/rounds/${closed}/close`, {});
    const res = await post(`/api/v1/surveys/rounds/${closed}/responses/${org(2).id}/reopen`, {});
    expect([res.statusCode, res.json().error.code]).toEqual([409, 'round_closed']);
  });
});

describe('a signed-in representative', () => {
  it('sees the rounds its organisations are invited to', async () => {
    const res = await get('/api/v1/surveys/mine', org(0).cookie);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items).toEqual([
      expect.objectContaining({
        round: expect.objectContaining({ id: roundId, status: 'open' }),
        organisation: { id: org(0).id, name: 'Seuranta Osuuskunta' },
        state: 'not_started',
      }),
    ]);
    expect((await get('/api/v1/surveys/mine', '')).statusCode).toBe(401);
  });

  it('answers its own organisation’s survey without the link, and no other', async () => {
    const mine = { roundId, organisationId: org(0).id };
    const opened = await post('/api/v1/surveys/answer/open', mine, org(0).cookie);
    expect(opened.statusCode, opened.body).toBe(200);
    expect(opened.json().organisation.name).toBe('Seuranta Osuuskunta');
    const saved = await put(
      '/api/v1/surveys/answer',
      { ...mine, answers: { employees_headcount: 2 }, lang: 'fi' },
      org(0).cookie,
    );
    expect(saved.json().version).toBe(1);
    // A later save is checked again: only the organisation's representatives may make it.
    const notTheirs = await put(
      '/api/v1/surveys/answer',
      { ...mine, answers: { employees_headcount: 3 }, lang: 'fi', version: 1 },
      org(1).cookie,
    );
    expect(notTheirs.statusCode).toBe(403);
    const again = await put(
      '/api/v1/surveys/answer',
      { ...mine, answers: { employees_headcount: 3 }, lang: 'fi', version: 1 },
      org(0).cookie,
    );
    // A save answers with where the response stands, not with the answers it sent.
    expect(again.json()).toEqual({
      state: 'in_progress',
      lang: 'fi',
      submittedAt: null,
      updatedAt: expect.any(String),
      version: 2,
    });
    const theirs = await post('/api/v1/surveys/answer/open', mine, org(1).cookie);
    expect(theirs.statusCode).toBe(403);
    const anonymous = await post('/api/v1/surveys/answer/open', mine, '');
    expect(anonymous.statusCode).toBe(401);
    const notInvited = await post(
      '/api/v1/surveys/answer/open',
      { roundId: crypto.randomUUID(), organisationId: org(0).id },
      org(0).cookie,
    );
    expect([notInvited.statusCode, notInvited.json().error.code]).toEqual([
      404,
      'invitation_not_found',
    ]);
    const neither = await post('/api/v1/surveys/answer/open', {}, org(0).cookie);
    expect([neither.statusCode, neither.json().error.details.fields[0].path]).toEqual([
      400,
      'token',
    ]);
  });
});

describe('the registry and a response', () => {
  it('prefills a new response with what the registry knows', async () => {
    // Organisation 1 (a company in Salo) has not answered yet.
    const res = await post(
      '/api/v1/surveys/answer/open',
      { roundId, organisationId: org(1).id },
      org(1).cookie,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().response).toBeNull();
    expect(res.json().prefill).toMatchObject({ legal_family: 'company', municipality: '734' });
    // A code that reads as a number stays a code (stored as text).
    // A response already started is resumed as saved, without a prefill.
    const started = await post(
      '/api/v1/surveys/answer/open',
      { roundId, organisationId: org(0).id },
      org(0).cookie,
    );
    expect(started.json().prefill).toBeUndefined();
  });

  it('offers submitted answers that differ back to the profile, written only by its editors', async () => {
    const access = { roundId, organisationId: org(1).id };
    const saved = await put(
      '/api/v1/surveys/answer',
      {
        ...access,
        answers: { ...answers, legal_family: 'company', municipality: '734', founded_year: 2015 },
        lang: 'fi',
      },
      org(1).cookie,
    );
    expect(saved.statusCode, saved.body).toBe(200);
    const before = await post('/api/v1/surveys/answer/registry', access, org(1).cookie);
    expect(before.json().changes).toEqual([]);
    expect(
      (await post('/api/v1/surveys/answer/submit', { ...access, lang: 'fi' }, org(1).cookie))
        .statusCode,
    ).toBe(200);

    const offered = await post('/api/v1/surveys/answer/registry', access, org(1).cookie);
    expect(offered.statusCode, offered.body).toBe(200);
    const { changes, mayApply, version } = offered.json();
    expect(mayApply).toBe(true);
    expect(changes.map((c: { indicator: string }) => c.indicator).sort()).toEqual([
      'disadvantaged_partial_work_ability',
      'employees_headcount',
      'founded_year',
      'sdg_goals',
    ]);
    expect(changes).toContainEqual({
      indicator: 'employees_headcount',
      label: expect.objectContaining({ sv: expect.any(String) }),
      field: 'criteria.employees',
      before: null,
      after: 4,
    });

    // By the link alone: offered, but not written.
    const token = (await lastMail(t, org(1).email)).token ?? '';
    const byLink = await post('/api/v1/surveys/answer/registry', { token }, '');
    expect(byLink.json().mayApply).toBe(false);
    const refused = await post(
      '/api/v1/surveys/answer/registry/apply',
      { token, indicators: ['founded_year'], version },
      '',
    );
    expect(refused.statusCode).toBe(401);
    const stranger = await post(
      '/api/v1/surveys/answer/registry/apply',
      { token, indicators: ['founded_year'], version },
      org(0).cookie,
    );
    expect(stranger.statusCode).toBe(403);

    const applied = await post(
      '/api/v1/surveys/answer/registry/apply',
      { ...access, indicators: ['founded_year', 'employees_headcount', 'sdg_goals'], version },
      org(1).cookie,
    );
    expect(applied.statusCode, applied.body).toBe(200);
    expect(applied.json().changes.map((c: { indicator: string }) => c.indicator)).toEqual([
      'disadvantaged_partial_work_ability',
    ]);
    const profile = (await get(`/api/v1/organisations/${org(1).id}`, org(1).cookie)).json();
    expect(profile).toMatchObject({ foundedYear: 2015, sdgGoals: [8, 10] });
    expect(profile.criteria.employees).toBe(4);
    const history = await get(`/api/v1/organisations/${org(1).id}/history`, org(1).cookie);
    expect(history.statusCode).toBe(200);
    expect(JSON.stringify(history.json())).toContain('foundedYear');

    const stale = await post(
      '/api/v1/surveys/answer/registry/apply',
      { ...access, indicators: ['disadvantaged_partial_work_ability'], version },
      org(1).cookie,
    );
    expect([stale.statusCode, stale.json().error.code]).toEqual([409, 'version_conflict']);
  });
});

describe('the response rate counted as it happens', () => {
  it('equals a count afresh after answers, submissions, reopening and a deleted organisation', async () => {
    const afresh = async () =>
      rowsOf<{ invited: number; started: number; submitted: number }>(
        await exec(sql`select count(*)::int as invited, count(r.id)::int as started,
          (count(*) filter (where r.state = 'submitted'))::int as submitted
          from survey_invitation i left join survey_response r
            on r.round_id = i.round_id and r.organisation_id = i.organisation_id
          where i.round_id = ${roundId}`),
      )[0];
    const progress = async () => {
      const p = (await get(`/api/v1/surveys/rounds/${roundId}/progress`)).json();
      return { invited: p.invited, started: p.started, submitted: p.submitted };
    };
    const before = await afresh();
    expect(before?.submitted).toBeGreaterThanOrEqual(2);
    expect(await progress()).toEqual(before);
    // An organisation leaving the registry takes its invitation and response with it.
    await exec(sql`delete from organisation where id = ${org(2).id}`);
    const after = await afresh();
    expect(after?.invited).toBe((before?.invited ?? 0) - 1);
    expect(await progress()).toEqual(after);
  });
});
