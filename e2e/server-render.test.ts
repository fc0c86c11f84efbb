import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Lang, languages } from '../common/languages.js';
import { pagePath } from '../common/routes.js';
import { type Browser, openBrowser, watchPageErrors } from './browser.js';
import { api, logInAsCoordinator } from './session.js';

/**
 * Pages arrive drawn by the server: a reader sees the content before the application code has
 * run (here: without it at all), and the app then takes the page over with the data the server
 * used, without asking the API again.
 */
const baseUrl = inject('baseUrl');
const tag = `piirtotesti${Date.now()}`;
const name = `Palvelimen Piirtämä Osuuskunta ${tag}`;
let organisationId = '';

let noScript: Browser;
let withScript: Browser;
beforeAll(async () => {
  const coordinator = await openBrowser();
  await logInAsCoordinator(coordinator.context);
  const res = await api(coordinator.context, 'POST', '/api/v1/organisations', {
    name,
    legalForm: '14',
    actorTypes: ['social_economy_actor'],
    municipality: '837',
    acknowledgeSimilar: true,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  organisationId = (res.body as { id: string }).id;
  await coordinator.close();
  noScript = await openBrowser({ javaScriptEnabled: false });
  withScript = await openBrowser();
});
afterAll(async () => {
  await noScript?.close();
  await withScript?.close();
});

const headings: Record<Lang, { directory: string; region: string }> = {
  fi: { directory: 'Organisaatiot', region: 'Pirkanmaa' },
  sv: { directory: 'Organisationer', region: 'Birkaland' },
  en: { directory: 'Organisations', region: 'Pirkanmaa' },
};

async function h1(page: Page): Promise<string> {
  return ((await page.locator('h1').first().textContent()) ?? '').trim();
}

/**
 * Opens a page with the app's code held back: the page's own small script runs, the app it fetches
 * waits until `release` is called, so a test can look at and use the page as the server drew it,
 * in the moment before the app takes it over.
 */
async function openBeforeTheApp(page: Page, address: string): Promise<() => void> {
  const built = await (await fetch(address)).text();
  const first = new Set(
    [
      ...built.matchAll(
        /<(?:script type="module"[^>]*src|link rel="modulepreload"[^>]*href)="([^"]+)"/g,
      ),
    ].map((m) => m[1]),
  );
  expect(first.size).toBeGreaterThan(0);
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  let holding = 0;
  await page.route('**/assets/*.js', async (route) => {
    if (!first.has(new URL(route.request().url()).pathname)) {
      holding += 1;
      await held;
    }
    await route.continue();
  });
  await page.goto(address, { waitUntil: 'commit' });
  await expect.poll(() => holding).toBeGreaterThan(0);
  return release;
}

describe('pages drawn by the server', () => {
  for (const lang of languages) {
    it(`shows the content without the app's code (${lang})`, async () => {
      const page = await noScript.context.newPage();
      // The directory with its results, searched from the address.
      await page.goto(`${baseUrl}${pagePath('organisations', lang)}?q=${encodeURIComponent(tag)}`);
      expect(await h1(page)).toBe(headings[lang].directory);
      await page.getByRole('link', { name }).waitFor({ timeout: 2000 });
      // An organisation's page, under its own name.
      const response = await page.goto(
        `${baseUrl}${pagePath('organisation', lang, { id: organisationId })}`,
      );
      expect(response?.status()).toBe(200);
      expect(await h1(page)).toBe(name);
      // A region's page, and the front page with the registry's latest additions.
      await page.goto(`${baseUrl}${pagePath('region', lang, { code: '06' })}`);
      expect(await h1(page)).toContain(headings[lang].region);
      await page.goto(`${baseUrl}${pagePath('home', lang)}`);
      await page.getByRole('link', { name }).waitFor({ timeout: 2000 });
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      await page.close();
    });
  }

  it('is taken over by the app without errors or asking again for what was drawn', async () => {
    const page = await withScript.context.newPage();
    const problems = watchPageErrors(page);
    const asked: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/api/')) asked.push(url.pathname + url.search);
    });
    await page.goto(`${baseUrl}${pagePath('organisations', 'fi')}?q=${encodeURIComponent(tag)}`);
    await page.waitForLoadState('networkidle');
    expect(asked.filter((path) => path.startsWith('/api/v1/organisations?'))).toEqual([]);
    // The page works: a new search is made by the app, without reloading the page.
    const box = page.getByRole('searchbox').or(page.getByRole('combobox')).first();
    await box.fill(`${tag} eiloydy`);
    const searched = page.waitForRequest((request) =>
      new URL(request.url()).pathname.startsWith('/api/v1/organisations'),
    );
    await box.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === `${tag} eiloydy`);
    const request = await searched;
    expect(new URL(request.url()).searchParams.get('q')).toBe(`${tag} eiloydy`);
    expect((await request.response())?.status()).toBe(200);
    // An organisation's page, whose data is otherwise asked for on every visit, is not asked for
    // again either; going away and back asks as usual.
    asked.length = 0;
    await page.goto(`${baseUrl}${pagePath('organisation', 'fi', { id: organisationId })}`);
    await page.waitForLoadState('networkidle');
    expect(await h1(page)).toBe(name);
    const detail = () =>
      asked.filter((path) => path.startsWith(`/api/v1/organisations/${organisationId}`));
    expect(detail()).toEqual([]);
    await page.getByRole('link', { name: 'Etusivu' }).first().click();
    await page.waitForURL(`${baseUrl}${pagePath('home', 'fi')}`);
    await page.getByRole('heading', { level: 1, name: 'Kudos' }).waitFor();
    await page.goBack();
    await expect.poll(() => detail().length).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("loads only the page language's texts", async () => {
    const page = await withScript.context.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(`${baseUrl}${pagePath('regions', 'sv')}`);
    await page.waitForLoadState('networkidle');
    const catalog = (lang: string) =>
      scripts.filter((path) => new RegExp(`^/assets/${lang}-[\\w-]{8}\\.js$`).test(path));
    expect(catalog('sv')).toHaveLength(1);
    expect(catalog('fi')).toEqual([]);
    expect(catalog('en')).toEqual([]);
    await page.close();
  });

  it('keeps the page title while the app takes over, and has one title after', async () => {
    const address = `${baseUrl}${pagePath('organisations', 'fi')}`;
    const page = await withScript.context.newPage();
    const problems = watchPageErrors(page);
    const release = await openBeforeTheApp(page, address);
    expect(await page.title()).toBe('Organisaatiot – Kudos');
    release();
    await page.waitForLoadState('networkidle');
    expect(await page.title()).toBe('Organisaatiot – Kudos');
    expect(await page.locator('title').count()).toBe(1);
    // Moving on, the next page's title replaces it.
    await page.getByRole('link', { name: 'Maakunnat', exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Maakunnat' }).waitFor();
    expect(await page.title()).toBe('Maakunnat – Kudos');
    expect(await page.locator('title').count()).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('keeps what was typed in a search box before the app took the page over', async () => {
    for (const address of [pagePath('home', 'fi'), pagePath('organisations', 'fi')]) {
      const page = await withScript.context.newPage();
      const release = await openBeforeTheApp(page, `${baseUrl}${address}`);
      const box = page.getByRole('main').locator('input[name="q"]');
      await box.fill(tag);
      release();
      await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
      expect(await box.inputValue(), address).toBe(tag);
      // And it is what the search is made with.
      await box.press('Enter');
      await page.waitForURL((url) => url.searchParams.get('q') === tag);
      await page.getByRole('link', { name }).waitFor();
      await page.close();
    }
  });

  it("draws a signed-in person's header as theirs", async () => {
    const member = await openBrowser({ javaScriptEnabled: false });
    await logInAsCoordinator(member.context);
    const page = await member.context.newPage();
    await page.goto(`${baseUrl}${pagePath('home', 'fi')}`);
    await page.getByText('Kaisa Koordinaattori').first().waitFor({ timeout: 2000 });
    await page.close();
    await member.close();
  });

  it('answers 404 with a drawn page for an organisation that does not exist', async () => {
    const page = await noScript.context.newPage();
    const response = await page.goto(
      `${baseUrl}${pagePath('organisation', 'en', { id: '00000000-0000-4000-8000-000000000000' })}`,
    );
    expect(response?.status()).toBe(404);
    expect(await h1(page)).not.toBe('');
    await page.close();
  });
});
