import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { helsinkiDate } from '../server/export/dates.js';
import { type Browser, expectNoAxeViolations, openBrowser, watchPageErrors } from './browser.js';
import { waitForMailLink } from './mail.js';
import { api, logInAsCoordinator } from './session.js';

const baseUrl = inject('baseUrl');
const stamp = `${Date.now()}${Math.random().toString(36).slice(2, 6)}`;
const roundName = `Kysely ${stamp}`;

let coordinator: Browser;
let respondent: Browser;
let link: string;

beforeAll(async () => {
  coordinator = await openBrowser();
  respondent = await openBrowser();
  await logInAsCoordinator(coordinator.context);
  // The coordinator creates the organisation and so represents it: the invitation comes to them.
  const org = await api(coordinator.context, 'POST', '/api/v1/organisations', {
    name: `Kyselyosuuskunta ${stamp}`,
    actorTypes: ['social_economy_actor'],
    municipality: '837',
    acknowledgeSimilar: true,
  });
  expect(org.status, JSON.stringify(org.body)).toBe(201);
  const surveys = await api(coordinator.context, 'GET', '/api/v1/surveys');
  const surveyId = (surveys.body as { items: { id: string }[] }).items[0]?.id;
  const round = await api(coordinator.context, 'POST', '/api/v1/surveys/rounds', {
    surveyId,
    versionNumber: 1,
    name: { fi: roundName, sv: `Enkät ${stamp}`, en: `Survey ${stamp}` },
    opensOn: helsinkiDate(new Date()),
    closesOn: helsinkiDate(new Date(Date.now() + 30 * 86_400_000)),
    target: `q=${stamp}`,
  });
  expect(round.status, JSON.stringify(round.body)).toBe(201);
  const roundId = (round.body as { id: string }).id;
  const sent = await api(
    coordinator.context,
    'POST',
    `/api/v1/surveys/rounds/${roundId}/invitations`,
  );
  expect(sent.body).toMatchObject({ invited: 1, messages: 1 });
  link = await waitForMailLink(inject('coordinator').email, roundName);
});
afterAll(async () => {
  await coordinator?.close();
  await respondent?.close();
});

describe('answering a survey by its link', () => {
  it('answers by keyboard, saves as it goes, resumes in another browser and submits', async () => {
    const page = await respondent.context.newPage();
    const errors = watchPageErrors(page);
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: roundName }).waitFor();
    const businessId = page.getByRole('textbox', { name: 'Y-tunnus' });
    await businessId.waitFor();
    await expectNoAxeViolations(page);

    await businessId.focus();
    await page.keyboard.type('2617416-4');
    await page.getByRole('radio', { name: 'Yhdistys (ry)' }).focus();
    await page.keyboard.press('Space');
    await page.getByText('Vastaukset tallennettu.').waitFor();

    // Another browser (no account, no cookie): the same link gives the answers saved so far.
    const other = await openBrowser();
    try {
      const otherPage = await other.context.newPage();
      await otherPage.goto(link);
      const resumed = otherPage.getByRole('textbox', { name: 'Y-tunnus' });
      await resumed.waitFor();
      await expect.poll(() => resumed.inputValue()).toBe('2617416-4');
      expect(await otherPage.getByRole('radio', { name: 'Yhdistys (ry)' }).isChecked()).toBe(true);
    } finally {
      await other.close();
    }

    // On through the pages to the staff questions (the only other required answer), then submit.
    const next = page.getByRole('button', { name: 'Seuraava' });
    for (let i = 0; i < 4; i++) {
      await next.focus();
      await page.keyboard.press('Enter');
    }
    const headcount = page.getByRole('spinbutton', {
      name: /Kuinka monta palkattua työntekijää/,
    });
    await headcount.focus();
    await page.keyboard.type('3');
    await expectNoAxeViolations(page);
    for (let i = 0; i < 2; i++) {
      await next.focus();
      await page.keyboard.press('Enter');
    }
    const complete = page.getByRole('button', { name: 'Valmis' });
    await complete.focus();
    await page.keyboard.press('Enter');
    await page.getByText('Kiitos, vastaukset on lähetetty').waitFor();
    // Answers that differ from the registry are offered back; a link alone cannot write them.
    await page.getByRole('heading', { name: 'Päivitetäänkö organisaation tiedot?' }).waitFor();
    await page.getByText(/Y-tunnus: rekisterissä –, vastauksessa 2617416-4/).waitFor();
    await page.getByRole('link', { name: /Kirjaudu sisään organisaation edustajana/ }).waitFor();
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
  });

  it('is in Swedish and English too, and says so when the link is not valid', async () => {
    const page = await respondent.context.newPage();
    const token = new URL(link).searchParams.get('token');
    await page.goto(`${baseUrl}/sv/enkater/svara?token=${token}`);
    await page.getByRole('heading', { level: 1, name: `Enkät ${stamp}` }).waitFor();
    await expectNoAxeViolations(page);
    await page.goto(`${baseUrl}/en/surveys/answer?token=${token}`);
    await page.getByRole('heading', { level: 1, name: `Survey ${stamp}` }).waitFor();
    await page.goto(`${baseUrl}/fi/kyselyt/vastaa?token=${'x'.repeat(43)}`);
    await page.getByText('Linkki ei kelpaa.', { exact: false }).waitFor();
    await expectNoAxeViolations(page);
  });
});
