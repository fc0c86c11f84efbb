import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csrf, lastMail, mailCount, signUp } from '../../test/accounts.js';
import { buildTestApp, type TestApp } from '../../test/app.js';
import { createPublicRound, dayFromNow, inThree, respondentCookieOf } from '../../test/surveys.js';

/** Public rounds: a new survey, answered anonymously by anyone with the address, once per browser. */

let t: TestApp;
let coordinator: string;
let roundId: string;

const day = dayFromNow;
const text = inThree;
const feedback = {
  pages: [
    {
      name: 'feedback',
      elements: [
        {
          type: 'rating',
          name: 'overall',
          title: text('Kuinka hyödyllinen tilaisuus oli?'),
          isRequired: true,
          rateMin: 1,
          rateMax: 5,
        },
        { type: 'comment', name: 'comments', title: text('Mitä muuta haluat sanoa?') },
      ],
    },
  ],
};

const send = (method: 'POST' | 'PUT', url: string, payload: object, cookie = '') =>
  t.app.inject({ method, url, headers: { ...csrf, cookie }, payload });
const cookieOf = respondentCookieOf;

beforeAll(async () => {
  t = await buildTestApp();
  coordinator = (await signUp(t, { role: 'coordinator' })).cookie;
  const round = await createPublicRound(
    t,
    coordinator,
    { survey: 'Tilaisuuspalaute', round: 'Verkostopäivän palaute' },
    feedback,
  );
  expect(round).toMatchObject({ audience: 'public', reminderDays: null });
  roundId = round.id;
});
afterAll(() => t.close());

describe('a new survey', () => {
  it('is checked like any version', async () => {
    const bad = await send(
      'POST',
      '/api/v1/surveys',
      {
        name: text('Rikki'),
        definition: { pages: [{ name: 'p', elements: [{ type: 'nope', name: 'x' }] }] },
      },
      coordinator,
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.fields[0].path).toBe('definition.pages.0.elements.0.type');
    const member = (await signUp(t, {})).cookie;
    expect(
      (await send('POST', '/api/v1/surveys', { name: text('X'), definition: feedback }, member))
        .statusCode,
    ).toBe(403);
  });
});

describe('a public round', () => {
  it('is answered anonymously, once per browser, saved as one goes and submitted', async () => {
    const opened = await send('POST', `/api/v1/surveys/public/${roundId}/open`, {});
    expect(opened.statusCode, opened.body).toBe(200);
    expect(opened.json()).toMatchObject({ organisation: null, response: null });
    const browser = cookieOf(opened);
    expect(browser).not.toBe('');
    expect(opened.cookies[0]).toMatchObject({ httpOnly: true, path: '/api/v1/surveys/public' });

    const bad = await send(
      'PUT',
      `/api/v1/surveys/public/${roundId}`,
      { answers: { overall: 9 }, lang: 'fi' },
      browser,
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.fields[0].path).toBe('answers.overall');
    const saved = await send(
      'PUT',
      `/api/v1/surveys/public/${roundId}`,
      { answers: { overall: 4, comments: '<script>alert(1)</script>' }, lang: 'fi' },
      browser,
    );
    expect(saved.statusCode, saved.body).toBe(200);
    // The same browser resumes its own answers; another browser starts afresh.
    const again = await send('POST', `/api/v1/surveys/public/${roundId}/open`, {}, browser);
    expect(again.json().response).toMatchObject({ version: 1, answers: { overall: 4 } });
    const other = await send('POST', `/api/v1/surveys/public/${roundId}/open`, {});
    expect(other.json().response).toBeNull();
    expect(cookieOf(other)).not.toBe(browser);

    const done = await send(
      'POST',
      `/api/v1/surveys/public/${roundId}/submit`,
      { lang: 'fi' },
      browser,
    );
    expect(done.json()).toMatchObject({ state: 'submitted' });
    const twice = await send(
      'POST',
      `/api/v1/surveys/public/${roundId}/submit`,
      { lang: 'fi' },
      browser,
    );
    expect(twice.json().submittedAt).toBe(done.json().submittedAt);
    const late = await send(
      'PUT',
      `/api/v1/surveys/public/${roundId}`,
      { answers: { overall: 1 }, lang: 'fi', version: 2 },
      browser,
    );
    expect([late.statusCode, late.json().error.code]).toEqual([409, 'response_submitted']);

    const progress = await t.app.inject({
      url: `/api/v1/surveys/rounds/${roundId}/progress`,
      headers: { cookie: coordinator },
    });
    expect(progress.json()).toMatchObject({ invited: 0, started: 1, submitted: 1, byRegion: [] });
  });

  it('is sent to a list of addresses once each, naming duplicates and what is no address', async () => {
    const url = `/api/v1/surveys/rounds/${roundId}/invitations/addresses`;
    const list = [
      'anna@example.fi, Bertil@Example.fi',
      '',
      '"Ceder, Cecilia" <cecilia@example.fi>; anna@example.fi',
      'not-an-address',
      'bertil@example.fi  dora@example',
    ].join('\n');
    const res = await send('POST', url, { addresses: list, lang: 'sv' }, coordinator);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      sent: 3,
      alreadySent: 0,
      duplicates: ['anna@example.fi', 'bertil@example.fi'],
      invalid: [
        { line: 4, value: 'not-an-address' },
        { line: 5, value: 'dora@example' },
      ],
      invalidCount: 2,
    });
    const mail = await lastMail(t, 'cecilia@example.fi');
    expect(mail.subject).toBe('Enkät: Verkostopäivän palaute – Kudos');
    expect(mail.text).toContain(`/sv/enkater/${roundId}`);
    expect(await mailCount(t, 'bertil@example.fi')).toBe(1);
    // Sent again with one more: only the new address gets a message.
    const again = await send(
      'POST',
      url,
      { addresses: 'anna@example.fi\nerik@example.fi', lang: 'fi' },
      coordinator,
    );
    expect(again.json()).toMatchObject({ sent: 1, alreadySent: 1, duplicates: [], invalid: [] });
    expect(await mailCount(t, 'anna@example.fi')).toBe(1);
    expect((await lastMail(t, 'erik@example.fi')).subject).toBe(
      'Kysely: Verkostopäivän palaute – Kudos',
    );
    const member = (await signUp(t, {})).cookie;
    expect(
      (await send('POST', url, { addresses: 'x@example.fi', lang: 'fi' }, member)).statusCode,
    ).toBe(403);
    const badLang = await send('POST', url, { addresses: 'x@example.fi', lang: 'de' }, coordinator);
    expect([badLang.statusCode, badLang.json().error.details.fields[0].path]).toEqual([
      400,
      'lang',
    ]);
  });

  it('has no invitations, reminders or target, and other rounds are not public', async () => {
    const invite = await send(
      'POST',
      `/api/v1/surveys/rounds/${roundId}/invitations`,
      {},
      coordinator,
    );
    expect([invite.statusCode, invite.json().error.code]).toEqual([409, 'round_public']);
    const remind = await send(
      'POST',
      `/api/v1/surveys/rounds/${roundId}/reminders`,
      {},
      coordinator,
    );
    expect(remind.json().error.code).toBe('round_public');
    const surveys = await t.app.inject({
      url: '/api/v1/surveys',
      headers: { cookie: coordinator },
    });
    const targeted = await send(
      'POST',
      '/api/v1/surveys/rounds',
      {
        surveyId: surveys.json().items[0].id,
        versionNumber: 1,
        name: { fi: 'Kohdistettu', sv: null, en: null },
        opensOn: day(0),
        closesOn: day(7),
        target: 'region=06',
        audience: 'public',
      },
      coordinator,
    );
    expect([targeted.statusCode, targeted.json().error.details.fields[0].path]).toEqual([
      400,
      'target',
    ]);
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
    const toList = await send(
      'POST',
      `/api/v1/surveys/rounds/${invited.json().id}/invitations/addresses`,
      { addresses: 'x@example.fi', lang: 'fi' },
      coordinator,
    );
    expect([toList.statusCode, toList.json().error.code]).toEqual([409, 'round_not_public']);
    const notPublic = await send('POST', `/api/v1/surveys/public/${invited.json().id}/open`, {});
    expect([notPublic.statusCode, notPublic.json().error.code]).toEqual([404, 'round_not_found']);
  });

  it('limits how fast one address starts new answers', async () => {
    let limited = 0;
    for (let i = 0; i < 70; i++) {
      const res = await send('POST', `/api/v1/surveys/public/${roundId}/open`, {});
      if (res.statusCode === 429) limited += 1;
    }
    expect(limited).toBeGreaterThan(0);
  });
});
