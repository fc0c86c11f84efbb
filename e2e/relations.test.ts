import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Lang } from '../common/languages.js';
import { csrfHeader } from '../common/limits.js';
import { pagePath } from '../common/routes.js';
import { type Browser, expectNoAxeViolations, openBrowser, watchPageErrors } from './browser.js';
import { waitForMailLink } from './mail.js';
import { api, logIn, logInAsCoordinator } from './session.js';

const baseUrl = inject('baseUrl');
const stamp = `${Date.now()}${Math.random().toString(36).slice(2, 6)}`;

let coordinator: Browser;
let reader: Browser;
const names = { funder: `Suhdesäätiö ${stamp}`, funded: `Suhdeosuuskunta ${stamp}` };
const ids = { funder: '', funded: '' };

async function createOrganisation(context: Browser['context'], name: string) {
  const res = await api(context, 'POST', '/api/v1/organisations', {
    name,
    actorTypes: ['social_economy_actor'],
    municipality: '837',
    acknowledgeSimilar: true,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return (res.body as { id: string }).id;
}

beforeAll(async () => {
  coordinator = await openBrowser();
  reader = await openBrowser();
  await logInAsCoordinator(coordinator.context);
  ids.funder = await createOrganisation(coordinator.context, names.funder);
  ids.funded = await createOrganisation(coordinator.context, names.funded);
});
afterAll(async () => {
  await coordinator?.close();
  await reader?.close();
});

const organisationPage = (lang: Lang, id: string) =>
  `${baseUrl}${pagePath('organisation', lang, { id })}`;

const isFocused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);

/** The text of what has focus, such as a message that took it. */
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');

/** The list under a group's heading ("Rahoittaja"), which the heading names. */
const group = (page: Page, name: string) => page.getByRole('list', { name, exact: true });

/** Chooses an option of a Suomi.fi dropdown with the keyboard: open, move down to it, Enter. */
async function chooseByKeyboard(page: Page, fieldId: string, value: string) {
  await page.locator(`#${fieldId}_button`).focus();
  await page.keyboard.press('Enter');
  const list = page.locator(`#${fieldId}-popover`);
  await list.waitFor();
  for (let i = 0; i < 20; i += 1) {
    if ((await list.getAttribute('aria-activedescendant')) === `${fieldId}-${value}`) break;
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  await list.waitFor({ state: 'detached' });
}

async function typeInto(page: Page, field: Locator, text: string) {
  await field.focus();
  await page.keyboard.type(text);
}

const sentence = `${names.funder} rahoittaa organisaatiota ${names.funded}`;

describe('relations between organisations', () => {
  it('a coordinator adds "A funds B" on A’s page with the keyboard; it is confirmed at once', async () => {
    const page = await coordinator.context.newPage();
    const problems = watchPageErrors(page);
    await page.goto(organisationPage('fi', ids.funder));
    await page
      .getByRole('heading', { level: 2, name: 'Suhteet muihin organisaatioihin' })
      .waitFor();
    await page.getByText('Organisaatiolle ei ole merkitty suhteita').waitFor();

    // Opening the form moves focus to its first field.
    await page.getByRole('button', { name: 'Lisää suhde' }).focus();
    await page.keyboard.press('Enter');
    const kind = page.locator('#relation-perspective_button');
    await expect.poll(() => isFocused(kind)).toBe(true);
    await expectNoAxeViolations(page);

    // Sent as it is: the summary takes focus and names both missing choices.
    await page.getByRole('button', { name: 'Tallenna suhde' }).focus();
    await page.keyboard.press('Enter');
    const summary = page.getByRole('heading', { name: 'Lomakkeessa on 2 korjattavaa kohtaa' });
    await summary.waitFor();
    await expect.poll(() => isFocused(summary)).toBe(true);
    await page.getByRole('link', { name: /^Toinen organisaatio: Hae ja valitse/ }).waitFor();

    await chooseByKeyboard(page, 'relation-perspective', 'funds');
    await expect.poll(() => kind.textContent()).toContain('Rahoittaa toista organisaatiota');
    await typeInto(page, page.getByRole('textbox', { name: /^Toinen organisaatio/ }), names.funded);
    await page.keyboard.press('Enter');
    await page.getByText(`Haulla ”${names.funded}” löytyi 1 organisaatio.`).waitFor();
    const choice = page.getByRole('radio', { name: names.funded });
    await choice.focus();
    await page.keyboard.press('Space');
    await page.getByText(`Valittu organisaatio: ${names.funded}`).waitFor();
    await typeInto(page, page.getByRole('textbox', { name: /^Alkamispäivä/ }), '1.3.2026');
    await page.getByRole('button', { name: 'Tallenna suhde' }).focus();
    await page.keyboard.press('Enter');

    // The form gives way to a message, which takes focus.
    const added = `Suhde on lisätty, ja se näkyy kaikille: ${sentence}.`;
    await page.getByText(added).waitFor();
    await expect.poll(() => focusedText(page)).toContain(added);
    const funds = group(page, 'Rahoittaa');
    await funds.getByRole('link', { name: names.funded }).waitFor();
    await funds.getByText('1.3.2026 alkaen').waitFor();
    await expect(funds.getByText('Odottaa vahvistusta').count()).resolves.toBe(0);
    await expectNoAxeViolations(page);
    expect(problems).toEqual([]);
    await page.close();

    const saved = await api(reader.context, 'GET', `/api/v1/relations?organisation=${ids.funded}`);
    expect(saved.body).toMatchObject({
      total: 1,
      items: [
        {
          type: 'funds',
          from: { id: ids.funder },
          to: { id: ids.funded },
          state: 'confirmed',
          startDate: '2026-03-01',
        },
      ],
    });
  });

  const readerViews = [
    { lang: 'fi', on: 'funded', heading: 'Rahoittaja', other: 'funder', period: '1.3.2026 alkaen' },
    { lang: 'sv', on: 'funder', heading: 'Finansierar', other: 'funded', period: 'från 1.3.2026' },
    { lang: 'en', on: 'funded', heading: 'Funder', other: 'funder', period: 'from 1 Mar 2026' },
  ] as const;

  it.each(readerViews)(
    'a reader sees it on both pages, worded from each side ($lang: $heading)',
    async ({ lang, on, heading, other, period }) => {
      const page = await reader.context.newPage();
      await page.goto(organisationPage(lang, ids[on]));
      const list = group(page, heading);
      await list.getByRole('link', { name: names[other] }).waitFor();
      await list.getByText(period).waitFor();
      // A reader may do nothing with it.
      await expect(list.getByRole('button').count()).resolves.toBe(0);
      await expectNoAxeViolations(page);
      await list.getByRole('link', { name: names[other] }).click();
      await page.getByRole('heading', { level: 1, name: names[other] }).waitFor();
      await page.close();
    },
  );

  const cancel = { sv: 'Avbryt', en: 'Cancel' };
  it.each(['sv', 'en'] as const)(
    'the list and the open form pass axe for the coordinator (%s)',
    async (lang) => {
      const page = await coordinator.context.newPage();
      await page.goto(organisationPage(lang, ids.funded));
      await page.locator('#relation-add-open').waitFor();
      await expectNoAxeViolations(page);
      await page.locator('#relation-add-open').click();
      await page.locator('#relation-perspective_button').waitFor();
      await expectNoAxeViolations(page);
      // Cancelling closes the form and puts focus back on the button that opened it.
      await page.getByRole('button', { name: cancel[lang] }).click();
      await expect.poll(() => isFocused(page.locator('#relation-add-open'))).toBe(true);
      await page.close();
    },
  );

  it('changes the end date in a dialog, and takes the saved dates after a conflict', async () => {
    const page = await coordinator.context.newPage();
    const problems = watchPageErrors(page);
    await page.goto(organisationPage('fi', ids.funded));
    await page.getByRole('button', { name: `Muuta päivämääriä: ${sentence}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(sentence).waitFor();
    await expectNoAxeViolations(page);

    // Someone else changes the dates meanwhile: saving answers with what is saved now.
    const before = await api(
      coordinator.context,
      'GET',
      `/api/v1/relations?organisation=${ids.funded}`,
    );
    const relation = (before.body as { items: { id: string; version: number }[] }).items[0];
    const changed = await api(coordinator.context, 'PATCH', `/api/v1/relations/${relation?.id}`, {
      startDate: '2026-04-01',
      version: relation?.version,
    });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);

    const end = dialog.getByRole('textbox', { name: /^Päättymispäivä/ });
    await end.fill('28.2.2026');
    await dialog.getByRole('button', { name: 'Tallenna päivämäärät' }).click();
    await dialog.getByText('Päättymispäivä ei voi olla ennen alkamispäivää.').waitFor();
    await end.fill('31.12.2027');
    await dialog.getByRole('button', { name: 'Tallenna päivämäärät' }).click();
    await dialog.getByText('Nyt tallennettuna: 1.4.2026 alkaen.').waitFor();
    await dialog.getByRole('button', { name: 'Ota tallennetut päivämäärät lomakkeelle' }).click();
    const start = dialog.getByRole('textbox', { name: /^Alkamispäivä/ });
    await expect.poll(() => start.inputValue()).toBe('1.4.2026');
    // The button went with the message; focus is on the dates it filled in.
    await expect.poll(() => isFocused(start)).toBe(true);
    await end.fill('31.12.2027');
    await dialog.getByRole('button', { name: 'Tallenna päivämäärät' }).click();

    await page.getByText(`Päivämäärät on tallennettu: ${sentence}.`).waitFor();
    await group(page, 'Rahoittaja').getByText('1.4.2026–31.12.2027').waitFor();
    // The browser logs the stale save's 409, which this test provokes.
    expect(problems.filter((p) => !p.includes('409 (Conflict)'))).toEqual([]);
    await page.close();
  });

  it('removes it after asking, from both pages', async () => {
    const page = await coordinator.context.newPage();
    await page.goto(organisationPage('fi', ids.funder));
    await page.getByRole('button', { name: `Poista suhde: ${sentence}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(`Poistettava suhde: ${sentence}.`).waitFor();
    await dialog.getByText('poistuvat molempien organisaatioiden sivuilta').waitFor();
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Poista suhde' }).click();
    const removed = `Suhde on poistettu: ${sentence}.`;
    await page.getByText(removed).waitFor();
    await expect.poll(() => focusedText(page)).toContain(removed);
    await page.getByText('Organisaatiolle ei ole merkitty suhteita').waitFor();
    await page.close();
    const after = await api(reader.context, 'GET', `/api/v1/relations?organisation=${ids.funded}`);
    expect(after.body).toMatchObject({ total: 0 });
  });
});

describe('a relation proposed by one side', () => {
  let member: Browser;
  const email = `suhde.${stamp}@example.org`;
  const password = 'suhteiden pitkä salasana';
  const memberOrg = `Suhdeyhdistys ${stamp}`;
  let memberOrgId = '';

  beforeAll(async () => {
    member = await openBrowser();
    const res = await member.context.request.post(`${baseUrl}/api/v1/auth/register`, {
      headers: { [csrfHeader]: '1', origin: baseUrl },
      data: { email, password, name: 'Sanna Suhde', lang: 'fi' },
    });
    expect(res.status(), await res.text()).toBe(202);
    const page = await member.context.newPage();
    await page.goto(await waitForMailLink(email, 'Vahvista'));
    await page.getByText('Sähköpostiosoitteesi on vahvistettu').first().waitFor();
    await page.close();
    await logIn(member.context, email, password);
    // The member's own organisation, approved by the coordinator.
    memberOrgId = await createOrganisation(member.context, memberOrg);
    const list = await api(coordinator.context, 'GET', '/api/v1/moderation/requests');
    const request = (
      list.body as { items: { id: string; organisation: { id: string } }[] }
    ).items.find((r) => r.organisation.id === memberOrgId);
    const approved = await api(
      coordinator.context,
      'POST',
      `/api/v1/moderation/requests/${request?.id}`,
      { decision: 'approve' },
    );
    expect(approved.status).toBe(200);
    const proposed = await api(member.context, 'POST', '/api/v1/relations', {
      fromId: memberOrgId,
      toId: ids.funder,
      type: 'member_of',
    });
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(201);
    expect(proposed.body).toMatchObject({ state: 'proposed' });
  });
  afterAll(() => member?.close());

  it('shows it to its side as awaiting confirmation, and hides it from readers', async () => {
    const page = await member.context.newPage();
    await page.goto(organisationPage('fi', memberOrgId));
    const memberOf = group(page, 'Jäsenenä organisaatiossa');
    await memberOf.getByRole('link', { name: names.funder }).waitFor();
    await memberOf.getByText('Odottaa vahvistusta').waitFor();
    // Its own side has agreed already; only the other side confirms.
    await expect(memberOf.getByRole('button', { name: /^Vahvista suhde/ }).count()).resolves.toBe(
      0,
    );
    await expectNoAxeViolations(page);
    await page.close();

    const seen = await api(reader.context, 'GET', `/api/v1/relations?organisation=${memberOrgId}`);
    expect(seen.body).toMatchObject({ total: 0 });
  });

  it('the other side confirms it on its page, and it becomes public', async () => {
    const page = await coordinator.context.newPage();
    await page.goto(organisationPage('fi', ids.funder));
    const members = group(page, 'Jäsen');
    await members.getByText('Odottaa vahvistusta').waitFor();
    await members.getByRole('button', { name: /^Vahvista suhde/ }).click();
    await page
      .getByText(`Suhde on vahvistettu, ja se näkyy nyt kaikille: ${memberOrg} on jäsenenä`)
      .waitFor();
    await expect(members.getByText('Odottaa vahvistusta').count()).resolves.toBe(0);
    await page.close();

    const seen = await api(reader.context, 'GET', `/api/v1/relations?organisation=${memberOrgId}`);
    expect(seen.body).toMatchObject({ total: 1, items: [{ state: 'confirmed' }] });
  });
});
