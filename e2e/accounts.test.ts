import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Browser, expectNoAxeViolations, openBrowser, watchPageErrors } from './browser.js';
import { waitForMailLink } from './mail.js';

const baseUrl = inject('baseUrl');
const password = 'syksyn lehdet putoavat hiljaa';

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(() => browser.close());

const uniqueEmail = (tag: string) =>
  `${tag}.${Date.now()}.${Math.random().toString(36).slice(2, 7)}@example.org`;

async function logIn(page: Page, email: string, pw = password) {
  await page.goto(`${baseUrl}/fi/kirjaudu`);
  await page.getByLabel('Sähköpostiosoite').fill(email);
  await page.getByLabel('Salasana', { exact: true }).fill(pw);
  await page.getByRole('button', { name: 'Kirjaudu sisään' }).click();
}

async function register(page: Page, email: string, name: string) {
  await page.goto(`${baseUrl}/fi/rekisteroidy`);
  await page.getByLabel('Nimi').fill(name);
  await page.getByLabel('Sähköpostiosoite').fill(email);
  await page.getByLabel('Salasana', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Luo tili' }).click();
  await page.getByText('Tarkista sähköpostisi').first().waitFor();
}

describe('an account from registration to logging out', () => {
  it('registers, verifies through the e-mailed link, logs in and out', async () => {
    const page = await browser.context.newPage();
    const problems = watchPageErrors(page);
    const email = uniqueEmail('journey');
    const name = '<img src=x onerror="window.__xss=1">Aino Anttila';

    // A too common password is refused next to the field, with a summary that takes focus.
    await page.goto(`${baseUrl}/fi/rekisteroidy`);
    await page.getByLabel('Nimi').fill(name);
    await page.getByLabel('Sähköpostiosoite').fill(email);
    await page.getByLabel('Salasana', { exact: true }).fill('qwerty123456');
    await page.getByRole('button', { name: 'Luo tili' }).click();
    const summary = page.getByRole('heading', { name: /Lomakkeessa on 1 korjattava/ });
    await summary.waitFor();
    await expectNoAxeViolations(page);

    await page.getByLabel('Salasana', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Luo tili' }).click();
    await page.getByText('Tarkista sähköpostisi').first().waitFor();

    // Logging in before verifying says what to do.
    await logIn(page, email);
    await page.getByText('Vahvista ensin sähköpostiosoitteesi').first().waitFor();

    const link = await waitForMailLink(email, 'Vahvista sähköpostiosoitteesi');
    await page.goto(link);
    await page.getByText('Sähköpostiosoitteesi on vahvistettu').first().waitFor();
    await expectNoAxeViolations(page);

    await logIn(page, email);
    await page.waitForURL(`${baseUrl}/fi/oma-tili`);
    const account = page.getByRole('navigation', { name: 'Käyttäjätili' });
    await account.getByRole('link', { name: 'Aino Anttila' }).waitFor();
    // The name is shown as text: the markup in it did nothing.
    expect(
      await page.evaluate(() => (window as unknown as { __xss?: number }).__xss),
    ).toBeUndefined();
    expect(await account.textContent()).toContain('<img src=x');
    expect(await page.locator('#profile-name').inputValue()).toBe(name);
    await expectNoAxeViolations(page);

    await account.getByRole('button', { name: 'Kirjaudu ulos', exact: true }).click();
    await account.getByRole('link', { name: 'Kirjaudu sisään' }).waitFor();
    await page.goto(`${baseUrl}/fi/oma-tili`);
    await page.getByText('Kirjaudu sisään jatkaaksesi').first().waitFor();
    expect(problems.filter((p) => !p.includes('40'))).toEqual([]);
    await page.close();
  });

  it('comes back to the page it logged in from', async () => {
    // A browser of its own: nobody is logged in there.
    const other = await openBrowser();
    const page = await other.context.newPage();
    const email = uniqueEmail('back');
    await register(page, email, 'Paluu Testaaja');
    await page.goto(await waitForMailLink(email, 'Vahvista'));
    await page.getByText('Sähköpostiosoitteesi on vahvistettu').first().waitFor();

    await page.goto(`${baseUrl}/sv/regioner/02?x=1`);
    const account = page.getByRole('navigation', { name: 'Användarkonto' });
    await account.getByRole('link', { name: 'Logga in' }).click();
    await page.getByLabel('E-postadress').fill(email);
    await page.getByLabel('Lösenord', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.waitForURL(`${baseUrl}/sv/regioner/02?x=1`);
    await account.getByRole('link', { name: 'Paluu Testaaja' }).waitFor();
    await other.close();
  });

  it('refuses a wrong password with one generic message', async () => {
    const page = await browser.context.newPage();
    await logIn(page, uniqueEmail('nobody'), 'ei tämä ole oikea salasana');
    await page.getByText('Sähköpostiosoite tai salasana on väärin.').first().waitFor();
    await expectNoAxeViolations(page);
    await page.close();
  });
});

describe('a forgotten password', () => {
  it('sends a reset link, sets a new password, and the old one stops working', async () => {
    const page = await browser.context.newPage();
    const email = uniqueEmail('reset');
    await register(page, email, 'Eero Esimerkki');
    await page.goto(await waitForMailLink(email, 'Vahvista'));
    await page.getByText('Sähköpostiosoitteesi on vahvistettu').first().waitFor();

    await page.goto(`${baseUrl}/fi/unohtunut-salasana`);
    await page.getByLabel('Sähköpostiosoite').fill(email);
    await page.getByRole('button', { name: 'Lähetä linkki' }).click();
    await page.getByText('Tarkista sähköpostisi').first().waitFor();

    await page.goto(await waitForMailLink(email, 'Salasanan vaihto'));
    await page.getByLabel('Uusi salasana').fill('talven ensimmäinen lumi 2026');
    await page.getByRole('button', { name: 'Tallenna uusi salasana' }).click();
    await page.getByText('Salasana on vaihdettu').first().waitFor();
    await expectNoAxeViolations(page);

    await logIn(page, email);
    await page.getByText('Sähköpostiosoite tai salasana on väärin.').first().waitFor();
    await logIn(page, email, 'talven ensimmäinen lumi 2026');
    await page.waitForURL(`${baseUrl}/fi/oma-tili`);
    await page.close();
  });
});

describe('personal API tokens', () => {
  it('creates a token whose secret is shown once and works, then revokes it', async () => {
    const page = await browser.context.newPage();
    const email = uniqueEmail('tokens');
    await register(page, email, 'Tuula Tokeni');
    await page.goto(await waitForMailLink(email, 'Vahvista'));
    await page.getByText('Sähköpostiosoitteesi on vahvistettu').first().waitFor();
    await logIn(page, email);
    await page.waitForURL(`${baseUrl}/fi/oma-tili`);

    await page.getByLabel('Avaimen nimi').fill('Raporttiskripti');
    await page.getByRole('button', { name: 'Luo API-avain' }).click();
    const secretField = page.getByRole('textbox', { name: 'API-avain', exact: true });
    await secretField.waitFor();
    const secret = await secretField.inputValue();
    expect(secret).toMatch(/^kudos_pat_/);
    await expectNoAxeViolations(page);

    const asToken = await fetch(`${baseUrl}/api/v1/me`, {
      headers: { authorization: `Bearer ${secret}` },
    });
    expect((await asToken.json()).email).toBe(email);

    await page.getByRole('button', { name: 'Olen tallentanut avaimen' }).click();
    expect(await page.getByRole('textbox', { name: 'API-avain', exact: true }).count()).toBe(0);
    await page.getByRole('button', { name: 'Poista käytöstä: Raporttiskripti' }).click();
    await page.getByRole('button', { name: 'Poista avain käytöstä' }).click();
    await page.getByText('on poistettu käytöstä.').first().waitFor();
    const revoked = await fetch(`${baseUrl}/api/v1/me`, {
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(revoked.status).toBe(401);
    await page.close();
  });
});
