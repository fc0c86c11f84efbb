import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pagePath } from '../common/routes.js';
import { businessIdFrom } from '../server/synthetic.js';
import { type Browser, expectNoAxeViolations, openBrowser, watchPageErrors } from './browser.js';
import { api, logInAsCoordinator } from './session.js';

const baseUrl = inject('baseUrl');
// The e2e server is shared by every test file: names and codes carry a word of this run only.
const tag = `euratesti${Date.now()}`;

const businessId = businessIdFrom;

const seed = Math.floor(Math.random() * 9_000_000) + 1_000_000;
const applicantId = businessId(seed);
const missingId = businessId(seed + 500);

let coordinator: Browser;

beforeAll(async () => {
  coordinator = await openBrowser();
  await logInAsCoordinator(coordinator.context);
  const res = await api(coordinator.context, 'POST', '/api/v1/organisations', {
    name: `Hakija Osuuskunta ${tag}`,
    businessId: applicantId,
    legalForm: '14',
    actorTypes: ['social_economy_actor'],
    municipality: '491',
    acknowledgeSimilar: true,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
});
afterAll(async () => {
  await coordinator?.close();
});

/** EURA public records as Finnish Excel saves them: a byte order mark, semicolons, CRLF. */
const euraFile = Buffer.from(
  `\uFEFF${[
    'Hankekoodi;Hankkeen nimi;Rahasto;Alkamispäivä;Päättymispäivä;Maakunta;Tuensaaja;Tuensaajan Y-tunnus;Osatoteuttajat;Osatoteuttajien Y-tunnukset',
    `${tag.toUpperCase()};Polkuja töihin ${tag};ESR+;1.1.2025;31.12.2027;Etelä-Savo;Hakija Osuuskunta;${applicantId};Uusi Yhdistys ry;${missingId}`,
  ].join('\r\n')}\r\n`,
  'utf8',
);

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');
// The dry run answers 200 and the refused run 400 on purpose; nothing else may go wrong.
const unexpected = (problems: string[]) => problems.filter((p) => !/\b400\b/.test(p));

describe('importing EURA project records', () => {
  it('reports the partners missing from the registry, proposes them when asked, and imports', async () => {
    const page = await coordinator.context.newPage();
    const problems = watchPageErrors(page);
    await page.goto(`${baseUrl}${pagePath('projects', 'fi')}`);
    await page.getByRole('link', { name: 'Tuo hankkeita tiedostosta' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tuo hankkeita tiedostosta' }).waitFor();
    expect(await page.title()).toBe('Tuo hankkeita tiedostosta – Kudos');
    await expectNoAxeViolations(page);

    await page
      .locator('#import-file')
      .setInputFiles({ name: 'eura.csv', mimeType: 'text/csv', buffer: euraFile });
    await page.getByRole('button', { name: 'Lue tiedosto' }).click();
    await page.getByRole('heading', { level: 2, name: '2. Valitse sarakkeet' }).waitFor();
    // The columns were suggested from EURA's headings.
    await expect
      .poll(() => page.locator('#import-field-leadBusinessId').textContent())
      .toContain('Tuensaajan Y-tunnus');
    await expect
      .poll(() => page.locator('#import-field-partnerBusinessIds').textContent())
      .toContain('Osatoteuttajien Y-tunnukset');
    await expectNoAxeViolations(page);

    // By default a partner missing from the registry is an error.
    await page.getByRole('button', { name: 'Tarkista tiedosto' }).click();
    await page.getByText('Tiedostossa on 1 virhe').waitFor();
    const missing = page.getByRole('table', { name: 'Kumppanit, joita ei löydy rekisteristä' });
    expect(await missing.getByRole('row').nth(1).getByRole('cell').allTextContents()).toEqual([
      missingId,
      'Uusi Yhdistys ry',
      '2',
    ]);
    await expectNoAxeViolations(page);

    // Proposing them instead: the report is gone until the file is checked again.
    // With the keyboard, as the (visually restyled) radio button is used.
    const propose = page.getByRole('radio', { name: /^Ehdota ne rekisteriin/ });
    await propose.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => propose.isChecked()).toBe(true);
    await expect.poll(() => page.getByText('Tiedostossa on 1 virhe').count()).toBe(0);
    await page.getByRole('button', { name: 'Tarkista tiedosto' }).click();
    await page.getByText('Tiedostossa ei ole virheitä').waitFor();
    await page.getByText('Tuonti ehdottaa rekisteriin yhden organisaation.').waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Tuo 1 hanke' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('1 uusi hanke lisätään ja julkaistaan heti.').waitFor();
    await dialog.getByRole('button', { name: 'Tuo hankkeet' }).click();
    await page.getByText('Tuonti on valmis').waitFor();
    await expect.poll(() => focusedText(page)).toContain('Uusia hankkeita: 1.');
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Siirry hankkeisiin' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hankkeet' }).waitFor();
    expect(unexpected(problems)).toEqual([]);
    await page.close();

    // Published with its EURA code; the proposed organisation waits in the moderation queue.
    const found = await api(coordinator.context, 'GET', `/api/v1/projects?q=${tag}`);
    expect(found.body.total).toBe(1);
    const project = await api(
      coordinator.context,
      'GET',
      `/api/v1/projects/${found.body.items[0].id}`,
    );
    expect(project.body.eura.code).toBe(tag.toUpperCase());
    const queue = await api(coordinator.context, 'GET', '/api/v1/moderation/requests');
    const names = (queue.body.items as { organisation: { name: string } }[]).map(
      (r) => r.organisation.name,
    );
    expect(names).toContain('Uusi Yhdistys ry');
  });

  it('passes axe in Swedish and English', async () => {
    for (const lang of ['sv', 'en'] as const) {
      const page = await coordinator.context.newPage();
      await page.goto(`${baseUrl}${pagePath('projectImport', lang)}`);
      const title = lang === 'sv' ? 'Importera projekt från en fil' : 'Import projects from a file';
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await page
        .locator('#import-file')
        .setInputFiles({ name: 'eura.csv', mimeType: 'text/csv', buffer: euraFile });
      await page.locator('form button[type="submit"]').first().click();
      await page.locator('#import-field-title').waitFor();
      await expectNoAxeViolations(page);
      await page.close();
    }
  });
});
