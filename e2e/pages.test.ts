import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pagePath } from '../common/routes.js';
import { type Browser, expectNoAxeViolations, openBrowser, watchPageErrors } from './browser.js';

// Every page in each language: pages-fi.test.ts, pages-sv.test.ts, pages-en.test.ts.

const baseUrl = inject('baseUrl');
const langs = ['fi', 'sv', 'en'] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(() => browser.close());

describe.each(langs)('the programme consortium network in %s', (lang) => {
  // It exists from the start; networks.test.ts checks networks with members.
  let id = '';
  beforeAll(async () => {
    const res = await fetch(`${baseUrl}/api/v1/networks?kind=programme_consortium`);
    const body = (await res.json()) as { items: { id: string }[] };
    id = body.items[0]?.id ?? '';
    expect(id).not.toBe('');
  });

  it.each([
    ['its page', 'network'],
    ['its page to embed', 'networkEmbed'],
  ] as const)('%s: one h1, the page language, no axe violations', async (_, pageId) => {
    const page = await browser.context.newPage();
    const problems = watchPageErrors(page);
    const res = await page.goto(`${baseUrl}${pagePath(pageId, lang, { id })}`);
    expect(res?.status()).toBe(200);
    await page.locator('#directory-results-heading').waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    await expectNoAxeViolations(page);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('page content', () => {
  it('lists the 19 regions with links to each', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl}/sv/regioner`);
    await page.getByRole('link', { name: 'Nyland' }).waitFor();
    await expect(page.getByRole('link', { name: 'Åland' }).getAttribute('href')).resolves.toBe(
      '/sv/regioner/21',
    );
    expect(await page.locator('main a[href^="/sv/regioner/"]').count()).toBe(19);
    await page.close();
  });

  it('shows a region with its names, codes and municipalities in the page language', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl}/sv/regioner/01`);
    await expect(page.locator('h1').textContent()).resolves.toContain('Nyland');
    const main = page.locator('main');
    await main.getByText('Helsingfors').first().waitFor();
    const text = await main.textContent();
    for (const fact of ['FI1B1', 'FI1B', 'Uusimaa', 'Esbo', 'Helsingfors-Nyland']) {
      expect(text).toContain(fact);
    }
    await page.close();
  });

  it('names the NUTS 2 area in the page language', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl}/en/regions/04`);
    await page.getByText('Western Finland').waitFor();
    await page.goto(`${baseUrl}/sv/regioner/04`);
    await page.getByText('Västra Finland').waitFor();
    await page.close();
  });

  it('redirects / to the language of the browser', async () => {
    const sv = await openBrowser({ locale: 'sv-SE' });
    try {
      const page = await sv.context.newPage();
      await page.goto(`${baseUrl}/`);
      await page.locator('h1').waitFor();
      expect(new URL(page.url()).pathname).toBe('/sv');
    } finally {
      await sv.close();
    }
  });
});
