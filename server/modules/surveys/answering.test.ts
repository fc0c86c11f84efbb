import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/sql.js';
import { helsinkiDate } from '../../export/dates.js';
import { csrf, lastMail, mailCount, signUp } from '../../test/accounts.js';
import { buildTestApp, type TestApp } from '../../test/app.js';
import { createOrg } from '../../test/organisations.js';

let t: TestApp;
let coordinator: string;
let surveyId: string;
let roundId: string;
const reps: { email: string; org: string }[] = [];
let publicOnly: string;
let noAddress: string;

const day = (days: number) => helsinkiDate(new Date(Date.now() + days * 86_400_000));
const post = (url: string, payload: object, cookie = coordinator) =>
  t.app.inject({ method: 'POST', url, headers: { ...csrf, cookie }, payload });
const put = (url: string, payload: object) =>
  t.app.inject({ method: 'PUT', url, headers: { ...csrf }, payload });

/** A new round of the barometer targeting Pirkanmaa (region 06), open from today. */
async function newRound(body: object = {}) {
  const res = await post('/api/v1/surveys/rounds', {
    surveyId,
    versionNumber: 1,
    name: { fi: 'Barometri 2027', sv: 'Barometer 2027' },
    opensOn: day(0),
    closesOn: day(30),
    target: 'region=06',
    ...body,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

beforeAll(async () => {
  t = await buildTestApp();
  coordinator = (await signUp(t, { role: 'coordinator' })).cookie;
  surveyId = (
    await t.app.inject({ url: '/api/v1/surveys', headers: { cookie: coordinator } })
  ).json().items[0].id;
  // Each organisation's creator is its representative; a coordinator may publish at once.
  for (const name of ['Vastaustesti Yksi oy', 'Vastaustesti Kaksi ry']) {
    const rep = await signUp(t, { role: 'coordinator' });
    const org = await createOrg(t, rep.cookie, { name, municipality: '837' });
    reps.push({ email: rep.email, org: org.id });
  }
  const other = await signUp(t, { role: 'coordinator' });
  publicOnly = (
    await createOrg(t, other.cookie, {
      name: 'Vastaustesti Julkinen säätiö',
      municipality: '837',
      email: 'info@julkinen.example.org',
    })
  ).id;
  noAddress = (
    await createOrg(t, other.cookie, { name: 'Vastaustesti Osoitteeton', municipality: '837' })
  ).id;
  // Outside the target.
  await createOrg(t, other.cookie, { name: 'Vastaustesti Helsinki', municipality: '091' });
  // Without representatives: the public address, or nobody.
  await t.database.db.execute(
    sql`delete from organisation_member where organisation_id in (${publicOnly}, ${noAddress})`,
  );
  roundId = await newRound();
});
afterAll(() => t.close());

describe('invitations', () => {
  it('go once to each organisation of the target: to its representatives, else its public address', async () => {
    const res = await post(`/api/v1/surveys/rounds/${roundId}/invitations`, {});
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ invited: 4, withoutAddress: 1, alreadyInvited: 0, messages: 3 });
    const mail = await lastMail(t, reps[0]?.email ?? '');
    expect(mail.subject).toContain('Barometri 2027');
    expect(mail.text).toContain('/fi/kyselyt/vastaa?token=');
    expect(await mailCount(t, 'info@julkinen.example.org')).toBe(1);
    const before = await mailCount(t, reps[0]?.email ?? '');
    const again = await post(`/api/v1/surveys/rounds/${roundId}/invitations`, {});
    expect(again.json()).toEqual({ invited: 0, withoutAddress: 0, alreadyInvited: 4, messages: 0 });
    expect(await mailCount(t, reps[0]?.email ?? '')).toBe(before);
  });

  it('are for coordinators, and not for a closed round', async () => {
    const member = (await signUp(t, {})).cookie;
    const res = await post(`/api/v1/surveys/rounds/${roundId}/invitations`, {}, member);
    expect(res.statusCode).toBe(403);
    const closed = await newRound({ target: 'region=01' });
    await post(`/api/v1/surveys/rounds/${closed}/close`, {});
    const late = await post(`/api/v1/surveys/rounds/${closed}/invitations`, {});
    expect([late.statusCode, late.json().error.code]).toEqual([409, 'round_closed']);
  });
});

describe('answering by the link', () => {
  let token: string;
  beforeAll(async () => {
    token = (await lastMail(t, reps[1]?.email ?? '')).token ?? '';
    expect(token.length).toBeGreaterThan(20);
  });
  const open = (tok = token) => post('/api/v1/surveys/answer/open', { token: tok }, '');
  const save = (answers: object, version?: number, lang = 'fi') =>
    put('/api/v1/surveys/answer', { token, answers, lang, ...(version ? { version } : {}) });
  const submit = (lang = 'fi') => post('/api/v1/surveys/answer/submit', { token, lang }, '');

  it('opens the survey for the organisation without an account, and no other link does', async () => {
    const res = await open();
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      round: { id: roundId, status: 'open', name: { fi: 'Barometri 2027' } },
      organisation: { id: reps[1]?.org, name: 'Vastaustesti Kaksi ry' },
      response: null,
    });
    expect(res.json().definition.pages).toHaveLength(7);
    const forged = await open(`${token.slice(0, -4)}AAAA`);
    expect([forged.statusCode, forged.json().error.code]).toEqual([404, 'invitation_not_found']);
    expect((await open('short')).statusCode).toBe(400);
  });

  it('saves as the respondent goes, refuses stale saves and bad answers in the respondent’s language', async () => {
    const first = await save({ employees_headcount: 4 });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ state: 'in_progress', version: 1 });
    const second = await save({ employees_headcount: 4, legal_family: 'association' }, 1);
    expect(second.json().version).toBe(2);
    const stale = await save({ employees_headcount: 5 }, 1);
    expect([stale.statusCode, stale.json().error.code]).toEqual([409, 'version_conflict']);
    expect(stale.json().error.details.current.answers).toEqual({
      employees_headcount: 4,
      legal_family: 'association',
    });
    const bad = await save({ employees_headcount: 'monta', legal_family: 'association' }, 2, 'sv');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.fields).toEqual([
      {
        location: 'body',
        path: 'answers.employees_headcount',
        code: 'not_a_number',
        message: 'Värdet ska vara numeriskt.',
      },
    ]);
    const unknown = await save({ favourite_colour: 'blue' }, 2);
    expect(unknown.json().error.details.fields[0].path).toBe('answers.favourite_colour');
    // Resuming on another device: the same link gives the answers saved.
    expect((await open()).json().response).toMatchObject({
      version: 2,
      answers: { employees_headcount: 4, legal_family: 'association' },
    });
  });

  it('submits once every required answer is there, storing a typed value per indicator', async () => {
    await save({ employees_headcount: 4 }, 2);
    const missing = await submit('en');
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details.fields).toContainEqual(
      expect.objectContaining({ path: 'answers.legal_family', message: 'Response required.' }),
    );
    const answers = {
      legal_family: 'association',
      employees_headcount: 4,
      disadvantaged_partial_work_ability: 2,
      turnover_eur: 125000,
      sdg_goals: ['8', '10'],
      se_mark: false,
    };
    expect((await save(answers, 3)).statusCode).toBe(200);
    const done = await submit();
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ state: 'submitted' });
    expect(done.json().submittedAt).not.toBeNull();
    const rows = await t.database.db.execute(
      sql`select indicator, value, number from survey_answer where round_id = ${roundId}
        and organisation_id = ${reps[1]?.org} order by indicator`,
    );
    const stored = Object.fromEntries(
      rowsOf<{ indicator: string; value: unknown; number: string | null }>(rows).map((r) => [
        r.indicator,
        [r.value, r.number === null ? null : Number(r.number)],
      ]),
    );
    expect(stored).toEqual({
      disadvantaged_partial_work_ability: [2, 2],
      employees_headcount: [4, 4],
      legal_family: ['association', null],
      sdg_goals: [['8', '10'], null],
      se_mark: [false, null],
      turnover_eur: [125000, 125000],
    });
    const again = await submit();
    expect(again.statusCode).toBe(200);
    expect(again.json().submittedAt).toBe(done.json().submittedAt);
    const late = await save(answers, done.json().version);
    expect([late.statusCode, late.json().error.code]).toEqual([409, 'response_submitted']);
  });

  it('does not take answers outside the round’s days, nor by a link that is gone', async () => {
    const other = (await lastMail(t, reps[0]?.email ?? '')).token ?? '';
    const saveOther = (version?: number) =>
      put('/api/v1/surveys/answer', {
        token: other,
        answers: { employees_headcount: 1 },
        lang: 'fi',
        ...(version ? { version } : {}),
      });
    // A save after the first is checked in one statement: the round's days are checked there too.
    expect((await saveOther()).json().version).toBe(1);
    expect((await saveOther(1)).json().version).toBe(2);
    const closed = await post(`/api/v1/surveys/rounds/${roundId}/close`, {});
    for (const version of [undefined, 2]) {
      const res = await saveOther(version);
      expect([res.statusCode, res.json().error.code]).toEqual([409, 'round_closed']);
    }
    const opened = await post('/api/v1/surveys/answer/open', { token: other }, '');
    expect(opened.json().round.status).toBe('closed');
    const reopened = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/surveys/rounds/${roundId}`,
      headers: { ...csrf, cookie: coordinator },
      payload: { closesOn: day(40), version: closed.json().version },
    });
    expect(reopened.json().status, reopened.body).toBe('open');
    expect((await saveOther(2)).json().version).toBe(3);
    // Gone while the round is open: the one statement checks the link too.
    await t.database.db.execute(
      sql`delete from survey_link where invitation_id in (select id from survey_invitation
        where round_id = ${roundId} and organisation_id = ${reps[0]?.org})`,
    );
    const gone = await saveOther(3);
    expect([gone.statusCode, gone.json().error.code]).toEqual([404, 'invitation_not_found']);
  });
});
