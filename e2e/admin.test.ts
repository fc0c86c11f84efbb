import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Browser, expectNoAxeViolations, openBrowser } from './browser.js';
import { setupLink } from './mail.js';

const baseUrl = inject('baseUrl');

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(() => browser.close());

describe('the first administrator', () => {
  it('is created with the printed setup link and sees the admin pages, which pass axe', async () => {
    const page = await browser.context.newPage();
    await page.goto(setupLink());
    await page.getByLabel('Nimi').fill('Ylläpitäjä Ykkönen');
    await page.getByLabel('Sähköpostiosoite').fill(`admin.${Date.now()}@example.org`);
    await page.getByLabel('Salasana', { exact: true }).fill('pitkä ja hyvä ylläpitosalasana');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Luo ylläpitäjä' }).click();
    await page.waitForURL(`${baseUrl}/fi/oma-tili`);

    const menu = page.getByRole('navigation', { name: 'Päävalikko' });
    await menu.getByRole('link', { name: 'Käyttäjät' }).click();
    await page.waitForURL(`${baseUrl}/fi/yllapito/kayttajat`);
    await page
      .getByText(/\d+ käyttäjä/)
      .first()
      .waitFor();
    await expectNoAxeViolations(page);

    await menu.getByRole('link', { name: 'Tapahtumaloki' }).click();
    await page.waitForURL(`${baseUrl}/fi/yllapito/tapahtumaloki`);
    await page
      .getByText(/\d+ tapahtuma/)
      .first()
      .waitFor();
    expect(await page.locator('main').textContent()).toMatch(/ylläpitäjä/i);
    await expectNoAxeViolations(page);

    await menu.getByRole('link', { name: 'Sähköpostit' }).click();
    await page.waitForURL(`${baseUrl}/fi/yllapito/sahkopostit`);
    await page.getByRole('heading', { name: 'Sähköpostit', level: 1 }).waitFor();
    await page
      .locator('main [role=status]')
      .filter({ hasText: /viesti/ })
      .first()
      .waitFor();
    await expectNoAxeViolations(page);

    // The setup link works once only.
    await page.goto(setupLink());
    await page.getByLabel('Nimi').fill('Toinen');
    await page.getByLabel('Sähköpostiosoite').fill(`second.${Date.now()}@example.org`);
    await page.getByLabel('Salasana', { exact: true }).fill('pitkä ja hyvä ylläpitosalasana');
    await page.getByRole('button', { name: 'Luo ylläpitäjä' }).click();
    await page.getByText('Ylläpitäjä on jo luotu').first().waitFor();
    await page.close();
  });
});
