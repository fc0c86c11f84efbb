import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { csrfHeader } from '../common/limits.js';
import { pagePath } from '../common/routes.js';
import { type Browser, expectNoAxeViolations, openBrowser } from './browser.js';
import { setupLink, waitForMailLink } from './mail.js';
import { api, logIn } from './session.js';

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

  it('makes a member a coordinator of a region, whose published contact shows on its page', async () => {
    const stamp = Date.now();
    const email = `alue.${stamp}@example.org`;
    const password = 'maakunnan yhteyshenkilö syksyllä';
    const person = await openBrowser();
    try {
      const res = await person.context.request.post(`${baseUrl}/api/v1/auth/register`, {
        headers: { [csrfHeader]: '1', origin: baseUrl },
        data: { email, password, name: `Aila Aluekoordinaattori ${stamp}`, lang: 'fi' },
      });
      expect(res.status()).toBe(202);
      const verify = await person.context.newPage();
      await verify.goto(await waitForMailLink(email, 'Vahvista'));
      await verify.getByText('Sähköpostiosoitteesi on vahvistettu').first().waitFor();
      await verify.close();
      // The administrator (signed in by the test above) makes them Kainuu's coordinator.
      const found = await api(browser.context, 'GET', `/api/v1/admin/users?q=${stamp}`);
      const user = (found.body as { items: { id: string; version: number }[] }).items[0];
      const changed = await api(browser.context, 'PATCH', `/api/v1/admin/users/${user?.id}`, {
        role: 'coordinator',
        regions: ['18'],
        version: user?.version,
      });
      expect(changed.status, JSON.stringify(changed.body)).toBe(200);

      await logIn(person.context, email, password);
      const page = await person.context.newPage();
      await page.goto(`${baseUrl}${pagePath('account', 'fi')}`);
      await page
        .getByRole('heading', { level: 2, name: 'Yhteystietoni maakuntien sivuilla' })
        .waitFor();
      await expectNoAxeViolations(page);
      // A phone number that is none is named at its field; then the contact is published.
      await page.getByRole('textbox', { name: 'Puhelinnumero' }).fill('soita');
      await page.getByRole('button', { name: 'Tallenna yhteystiedot' }).click();
      await page
        .getByText('Anna puhelinnumero numeroina, esimerkiksi +358 40 123 4567.')
        .first()
        .waitFor();
      await page.getByRole('textbox', { name: 'Puhelinnumero' }).fill('+358 44 555 0101');
      await page.getByRole('textbox', { name: 'Tehtävänimike' }).fill('Kainuun koordinaattori');
      await page
        .getByRole('checkbox', { name: 'Näytä yhteystietoni maakuntieni sivuilla' })
        .focus();
      await page.keyboard.press('Space');
      await page.getByRole('button', { name: 'Tallenna yhteystiedot' }).click();
      await page.getByText('Yhteystiedot tallennettu.').waitFor();

      await page.goto(`${baseUrl}${pagePath('region', 'fi', { code: '18' })}`);
      await page.getByRole('heading', { level: 2, name: 'Alueen yhteyshenkilöt' }).waitFor();
      await page
        .getByRole('heading', { level: 3, name: `Aila Aluekoordinaattori ${stamp}` })
        .waitFor();
      await page.getByText('Kainuun koordinaattori').waitFor();
      expect(await page.getByRole('link', { name: email }).getAttribute('href')).toBe(
        `mailto:${email}`,
      );
      await expectNoAxeViolations(page);
      await page.close();
    } finally {
      await person.close();
    }
  });
});
