import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csrfHeader } from '../common/limits.js';
import { openPglite } from '../server/db/client.js';
import { prepareDatabase } from '../server/db/migrate.js';
import { appUser } from '../server/db/schema/index.js';
import { hashPassword } from '../server/modules/accounts/passwords.js';
import { type Started, startServer } from '../server/test/process.js';
import { type Browser, expectNoAxeViolations, openBrowser } from './browser.js';

// An administrator from the start needs a server of its own: the shared one must stay without an
// administrator, since admin.test.ts creates the first one with the printed setup link.
const admin = { email: 'yllapitaja@example.org', password: 'ylläpitäjän pitkä salasana' };

let server: Started;
let dataDir: string;
let browser: Browser;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'kudos-e2e-site-'));
  const database = await openPglite(dataDir);
  await prepareDatabase(database);
  await database.db.insert(appUser).values({
    email: admin.email,
    name: 'Ylli Ylläpitäjä',
    passwordHash: await hashPassword(admin.password),
    role: 'admin',
    emailVerifiedAt: new Date(),
  });
  await database.close();
  server = await startServer({ DATA_DIR: dataDir, LOG_LEVEL: 'warn', MAIL_WORKER: 'false' });
  browser = await openBrowser();
});

afterAll(async () => {
  await browser?.close();
  server?.child.kill('SIGTERM');
  await server?.exited;
  await rm(dataDir, { recursive: true, force: true });
});

async function send(context: BrowserContext, method: 'POST' | 'PUT', url: string, data: unknown) {
  const res = await context.request.fetch(`${server.url}${url}`, {
    method,
    headers: { [csrfHeader]: '1', origin: server.url },
    data,
  });
  return { status: res.status(), body: await res.json() };
}

describe('the service pages', () => {
  it('are linked from the footer with the privacy notice and the API documentation', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/sv`);
    const links = page.locator('footer nav').getByRole('link');
    await links.first().waitFor();
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual([
      '/sv/om-tjansten',
      '/sv/tillganglighetsutlatande',
      '/sv/dataskydd',
      '/api/docs',
    ]);
    await page.close();
  });

  it('shows the supervisory authority on the statement in the page language', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/en/accessibility`);
    const main = page.locator('main');
    await main.getByText('Finnish Transport and Communications Agency Traficom').waitFor();
    expect(
      await main.getByRole('link', { name: 'saavutettavuus@traficom.fi' }).getAttribute('href'),
    ).toBe('mailto:saavutettavuus@traficom.fi');
    expect(await main.getByRole('link', { name: 'www.webaccessibility.fi' }).count()).toBe(1);
    // No feedback address yet: the page says so instead of showing an empty one.
    await main.getByText('No e-mail address for feedback has been set yet').waitFor();
    await page.close();
  });
});

describe('an administrator', () => {
  it('sets the feedback address, which then shows on the statement; a stale save keeps their input', async () => {
    const context = browser.context;
    const login = await send(context, 'POST', '/api/v1/auth/login', admin);
    expect(login.status).toBe(200);
    const page = await context.newPage();
    await page.goto(`${server.url}/fi/yllapito/palvelun-sivut`);
    const field = page.getByLabel('Palautteen sähköpostiosoite');
    await field.waitFor();
    await expectNoAxeViolations(page);

    // A wrong address is stopped in the form, named in the summary and beside the field.
    await field.fill('ei osoite');
    await page.getByRole('button', { name: 'Tallenna saavutettavuusseloste' }).click();
    const summary = page.getByRole('heading', { name: /korjattava kohta/ });
    await summary.waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
      .toMatch(/korjattava kohta/);
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page);

    // Someone else saves meanwhile: the form says so and keeps what this administrator typed.
    const current = await context.request.get(`${server.url}/api/v1/site/accessibility`);
    const { version, updatedAt: _u, permissions: _p, ...content } = await current.json();
    const other = await send(context, 'PUT', '/api/v1/site/accessibility', {
      ...content,
      reviewedOn: '2026-12-03',
      version,
    });
    expect(other.status).toBe(200);
    await field.fill('saavutettavuus@kudos.example.fi');
    await page.getByRole('button', { name: 'Tallenna saavutettavuusseloste' }).click();
    await page.getByText('Joku muu muutti tietoja sillä välin').waitFor();
    await page.getByText('Sillä välin muutettiin: Viimeisin tarkistuspäivä.').waitFor();
    expect(await field.inputValue()).toBe('saavutettavuus@kudos.example.fi');

    // Saving again puts the administrator's version in place.
    await page.getByRole('button', { name: 'Tallenna saavutettavuusseloste' }).click();
    await page.getByRole('status').getByText('Tallennettu.').first().waitFor();

    await page.goto(`${server.url}/fi/saavutettavuusseloste`);
    const link = page
      .locator('main')
      .getByRole('link', { name: 'saavutettavuus@kudos.example.fi' });
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe('mailto:saavutettavuus@kudos.example.fi');
    await expectNoAxeViolations(page);
    await page.close();
  });

  it('adds a regional contact with the keyboard, focus following, and it shows on the about page', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/fi/yllapito/palvelun-sivut`);
    const add = page.getByRole('button', { name: 'Lisää yhteyshenkilö' });
    await add.focus();
    await page.keyboard.press('Enter');
    const area = page.getByLabel('Yhteyshenkilön 1 alue (suomeksi)');
    await expect.poll(() => area.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Pirkanmaa');
    await page.getByLabel('Yhteyshenkilön 1 nimi').fill('Aino Alue');
    await page.getByLabel('Yhteyshenkilön 1 sähköposti').fill('aino.alue@example.org');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Tallenna sivu' }).click();
    await page.getByRole('status').getByText('Tallennettu.').first().waitFor();

    // Removing an entry leaves focus on the list's add button, not on a vanished one.
    await add.click();
    await page.getByRole('button', { name: 'Poista yhteyshenkilö 2' }).click();
    await expect.poll(() => add.evaluate((el) => el === document.activeElement)).toBe(true);

    await page.goto(`${server.url}/fi/tietoa`);
    const main = page.locator('main');
    await main.getByText('Pirkanmaa').waitFor();
    await main.getByText('Aino Alue').waitFor();
    await main.getByText('Silta-Valmennusyhdistys ry').waitFor();
    await expectNoAxeViolations(page);
    await page.close();
  });
});
