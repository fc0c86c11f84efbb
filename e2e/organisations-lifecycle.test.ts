import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { csrfHeader } from '../common/limits.js';
import { pagePath } from '../common/routes.js';
import { type Browser, expectNoAxeViolations, openBrowser, watchPageErrors } from './browser.js';
import { waitForMailLink } from './mail.js';
import { api, logIn, logInAsCoordinator } from './session.js';

const baseUrl = inject('baseUrl');
const password = 'kevään ensimmäinen leskenlehti';
// The smallest PNG there is: one transparent pixel.
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const stamp = `${Date.now()}${Math.random().toString(36).slice(2, 6)}`;

// Two people, each in a browser of their own: a member who proposes and a coordinator who decides.
let member: Browser;
let coordinator: Browser;

/** Registers a member through the API and verifies the address with the e-mailed link. */
async function registerMember(context: BrowserContext, email: string, name: string) {
  const res = await context.request.post(`${baseUrl}/api/v1/auth/register`, {
    headers: { [csrfHeader]: '1', origin: baseUrl },
    data: { email, password, name, lang: 'fi' },
  });
  expect(res.status(), await res.text()).toBe(202);
  const page = await context.newPage();
  await page.goto(await waitForMailLink(email, 'Vahvista'));
  await page.getByText('Sähköpostiosoitteesi on vahvistettu').first().waitFor();
  await page.close();
  await logIn(context, email, password);
}

beforeAll(async () => {
  member = await openBrowser();
  coordinator = await openBrowser();
  await registerMember(member.context, `ehdottaja.${stamp}@example.org`, 'Eila Ehdottaja');
  await logInAsCoordinator(coordinator.context);
});
afterAll(async () => {
  await member?.close();
  await coordinator?.close();
});

/** A new tab of a browser; waits fail after 10 s rather than the default 30 s. */
async function newPage(browser: Browser) {
  const page = await browser.context.newPage();
  page.setDefaultTimeout(10_000);
  return page;
}

const textbox = (page: Page, name: string | RegExp) => page.getByRole('textbox', { name });
// The responses these tests cause on purpose (a refused form, a stale version) are no problem.
const unexpected = (problems: string[]) => problems.filter((p) => !/\b(400|409)\b/.test(p));

async function organisation(context: BrowserContext, id: string) {
  const res = await api(context, 'GET', `/api/v1/organisations/${id}`);
  expect(res.status).toBe(200);
  return res.body as {
    version: number;
    website: string | null;
    phone: string | null;
    state: string;
  };
}

describe('an organisation from proposal to a restored revision', () => {
  const name = `Elinkaari-osuuskunta ${stamp}`;
  let id = '';

  it('a member proposes it with the form and sees that it waits for approval', async () => {
    const page = await newPage(member);
    const problems = watchPageErrors(page);
    await page.goto(`${baseUrl}${pagePath('organisationNew', 'fi')}`);
    await page.getByRole('heading', { level: 1, name: 'Ehdota uutta organisaatiota' }).waitFor();
    await textbox(page, /^Postinumero/).waitFor();
    await expectNoAxeViolations(page);

    // Sent empty: a summary takes focus and links to the field.
    await page.getByRole('button', { name: 'Lähetä ehdotus' }).click();
    const summary = page.getByRole('heading', { name: 'Lomakkeessa on 1 korjattava kohta' });
    await summary.waitFor();
    await expect.poll(() => summary.evaluate((h) => h === document.activeElement)).toBe(true);
    await page.getByText('Kirjoita organisaation nimi.').first().waitFor();
    await expectNoAxeViolations(page);

    // A business ID with a wrong check digit is pointed out when leaving the field.
    await page.getByRole('textbox', { name: 'Nimi', exact: true }).fill(name);
    await textbox(page, /^Y-tunnus/).fill('1234567-8');
    await textbox(page, /^Y-tunnus/).blur();
    await page.getByText('Tarkista Y-tunnus.').first().waitFor();
    await textbox(page, /^Y-tunnus/).fill('');

    // The postal code fills in the municipality.
    await textbox(page, /^Postinumero/).fill('00100');
    await textbox(page, /^Postinumero/).blur();
    await page.getByText(/kuuluu kuntaan Helsinki/).waitFor();
    await expect.poll(() => textbox(page, /^Kotikunta/).inputValue()).toBe('Helsinki');

    await textbox(page, /^Verkkosivut/).fill('https://ensimmainen.example.fi');
    await textbox(page, /^Kuvaus suomeksi/).fill('Työllistää ja kouluttaa nuoria.');
    // The inputs are drawn by their labels, which take the clicks.
    await page.getByText('Kulttuuri', { exact: true }).click();
    await page
      .getByRole('group', { name: /sääntöihin tai yhtiöjärjestykseen/ })
      .getByText('Kyllä', { exact: true })
      .click();
    expect(await page.getByRole('checkbox', { name: 'Kulttuuri' }).isChecked()).toBe(true);
    await textbox(page, /^Työntekijöiden määrä/).fill('8');
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Lähetä ehdotus' }).click();
    await page.getByText('Ehdotus on lähetetty').first().waitFor();
    await page.getByText(`${name} odottaa koordinaattorin hyväksyntää.`).waitFor();
    await expectNoAxeViolations(page);
    const edit = await page.getByRole('link', { name: 'Täydennä tietoja' }).getAttribute('href');
    id = edit?.split('/')[3] ?? '';
    expect((await organisation(member.context, id)).state).toBe('pending');
    expect(unexpected(problems)).toEqual([]);
    await page.close();
  });

  it('the coordinator asks for a reason before rejecting, then approves it', async () => {
    const page = await newPage(coordinator);
    const problems = watchPageErrors(page);
    await page.goto(`${baseUrl}${pagePath('moderation', 'fi')}`);
    await page.getByRole('heading', { level: 2, name: /^Organisaatioiden ehdotukset/ }).waitFor();
    await page.getByRole('heading', { level: 3, name }).waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: `Hylkää: ${name}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Hylkää' }).click();
    await dialog.getByText('Kirjoita hylkäyksen syy.').waitFor();
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Peruuta' }).click();
    await dialog.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: `Hyväksy: ${name}` }).click();
    await page.getByText(`Hyväksytty: ${name}`).waitFor();
    await expectNoAxeViolations(page);
    expect((await organisation(coordinator.context, id)).state).toBe('published');
    expect(unexpected(problems)).toEqual([]);
    await page.close();
  });

  it('the member edits a field', async () => {
    const page = await newPage(member);
    const problems = watchPageErrors(page);
    await page.goto(`${baseUrl}${pagePath('organisationEdit', 'fi', { id })}`);
    const website = textbox(page, /^Verkkosivut/);
    await expect.poll(() => website.inputValue()).toBe('https://ensimmainen.example.fi');
    await expectNoAxeViolations(page);
    await website.fill('https://toinen.example.fi');
    await page.getByRole('button', { name: 'Tallenna muutokset' }).click();
    await page.getByText('Muutokset on tallennettu.').waitFor();
    expect((await organisation(member.context, id)).website).toBe('https://toinen.example.fi');

    // The logo goes on its own, beside the form.
    await page
      .locator('#logo-file')
      .setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: png });
    await page.getByRole('button', { name: 'Tallenna logo' }).click();
    await page.getByText('Logo on tallennettu.').waitFor();
    await page.getByRole('img', { name: `${name}: logo` }).waitFor();
    await expectNoAxeViolations(page);
    expect(unexpected(problems)).toEqual([]);
    await page.close();
  });

  it('the coordinator reads the history and restores the first revision', async () => {
    const page = await newPage(coordinator);
    const problems = watchPageErrors(page);
    await page.goto(`${baseUrl}${pagePath('organisationHistory', 'fi', { id })}`);
    await page.getByRole('heading', { level: 2, name: 'Versio 2: muokattu' }).waitFor();
    // The member's edit, shown as a readable diff.
    const changes = page.getByRole('table', { name: 'Muutokset versiossa 2' });
    const row = changes.getByRole('row', { name: /Verkkosivut/ });
    await expect(row.textContent()).resolves.toContain('https://ensimmainen.example.fi');
    await expect(row.textContent()).resolves.toContain('https://toinen.example.fi');
    const created = page.getByRole('table', { name: 'Muutokset versiossa 1' });
    await expect(created.textContent()).resolves.toContain('Helsinki');
    await expect(created.textContent()).resolves.toContain('Kulttuuri');
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Palauta versio 1' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Palautus tallennetaan uutena versiona').waitFor();
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Palauta versio 1' }).click();
    await page.getByText(/Versio 1 on palautettu/).waitFor();
    await page.getByRole('heading', { level: 2, name: /aiempi versio palautettu/ }).waitFor();
    await expectNoAxeViolations(page);
    expect((await organisation(coordinator.context, id)).website).toBe(
      'https://ensimmainen.example.fi',
    );
    expect(unexpected(problems)).toEqual([]);
    await page.close();
  });

  it('keeps the member’s edits when someone else saved meanwhile, and saves them on top', async () => {
    const page = await newPage(member);
    const problems = watchPageErrors(page);
    await page.goto(`${baseUrl}${pagePath('organisationEdit', 'fi', { id })}`);
    const phone = textbox(page, /^Puhelinnumero/);
    await expect
      .poll(() => textbox(page, /^Verkkosivut/).inputValue())
      .toBe('https://ensimmainen.example.fi');
    await phone.fill('+358 40 123 4567');

    // Meanwhile the website changes through the API.
    const { version } = await organisation(member.context, id);
    const meanwhile = await api(member.context, 'PATCH', `/api/v1/organisations/${id}`, {
      website: 'https://samaan-aikaan.example.fi',
      version,
    });
    expect(meanwhile.status).toBe(200);

    await page.getByRole('button', { name: 'Tallenna muutokset' }).click();
    await page.getByText('Joku muu muutti tietoja sillä välin.').first().waitFor();
    await page.getByText('https://samaan-aikaan.example.fi').waitFor();
    expect(await phone.inputValue()).toBe('+358 40 123 4567');
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Lataa uusin versio ja säilytä muutokseni' }).click();
    await page.getByText('Uusin versio on ladattu').waitFor();
    expect(await textbox(page, /^Verkkosivut/).inputValue()).toBe(
      'https://samaan-aikaan.example.fi',
    );
    expect(await phone.inputValue()).toBe('+358 40 123 4567');
    await page.getByRole('button', { name: 'Tallenna muutokset' }).click();
    await page.getByText('Muutokset on tallennettu.').waitFor();
    await expectNoAxeViolations(page);
    const saved = await organisation(member.context, id);
    expect(saved.phone).toBe('+358 40 123 4567');
    expect(saved.website).toBe('https://samaan-aikaan.example.fi');
    expect(unexpected(problems)).toEqual([]);
    await page.close();
  });
});

describe('a proposal with the name of an organisation already registered', () => {
  it('shows the similar organisations and sends once told it is a different one', async () => {
    const existing = `Naapuruusapu ${stamp}`;
    const res = await api(coordinator.context, 'POST', '/api/v1/organisations', {
      name: existing,
      municipality: '091',
      acknowledgeSimilar: true,
    });
    expect(res.status).toBe(201);

    const page = await newPage(member);
    const problems = watchPageErrors(page);
    await page.goto(`${baseUrl}${pagePath('organisationNew', 'fi')}`);
    await textbox(page, /^Postinumero/).fill('00100');
    await textbox(page, /^Postinumero/).blur();
    await page.getByText(/kuuluu kuntaan Helsinki/).waitFor();
    // While the name is typed, the form already points to the similar name in the municipality.
    await page.getByRole('textbox', { name: 'Nimi', exact: true }).fill(`${existing} ry`);
    await page
      .getByText(/samankaltainen nimi/)
      .first()
      .waitFor();
    await page
      .getByRole('link', { name: new RegExp(`^${existing} \\(Helsinki\\)`) })
      .first()
      .waitFor();
    await page.getByRole('button', { name: 'Lähetä ehdotus' }).click();

    const send = page.getByRole('button', { name: 'Tämä on eri organisaatio – lähetä ehdotus' });
    await send.waitFor();
    await page
      .getByRole('link', { name: new RegExp(existing) })
      .first()
      .waitFor();
    await expectNoAxeViolations(page);
    await send.click();
    await page.getByText('Ehdotus on lähetetty').first().waitFor();
    expect(unexpected(problems)).toEqual([]);
    await page.close();
  });
});
