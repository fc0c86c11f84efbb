import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pagePath } from '../common/routes.js';
import { type Browser, expectNoAxeViolations, openBrowser, watchPageErrors } from './browser.js';
import { api, logInAsCoordinator } from './session.js';

const baseUrl = inject('baseUrl');
const tag = `puhelintesti${Date.now()}`;
// A common phone screen (CSS pixels).
const phone = { width: 390, height: 844 };

let browser: Browser;
beforeAll(async () => {
  const coordinator = await openBrowser();
  await logInAsCoordinator(coordinator.context);
  for (const name of ['Aamu', 'Ilta']) {
    const res = await api(coordinator.context, 'POST', '/api/v1/organisations', {
      name: `${name} Osuuskunta ${tag}`,
      legalForm: '14',
      actorTypes: ['social_economy_actor'],
      municipality: '091',
      themes: ['culture'],
      acknowledgeSimilar: true,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
  }
  await coordinator.close();
  browser = await openBrowser({ viewport: phone });
});
afterAll(() => browser?.close());

/** Nothing is wider than the screen: no sideways scrolling. */
async function expectNoOverflow(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(phone.width);
}

describe('on a 390 px phone screen', () => {
  it.each(['fi', 'sv', 'en'] as const)(
    'folds the menus behind a button in %s, and the button opens and closes them',
    async (lang) => {
      const page = await browser.context.newPage();
      const problems = watchPageErrors(page);
      await page.goto(`${baseUrl}${pagePath('regions', lang)}`);
      await page.locator('h1').waitFor();
      await expectNoOverflow(page);
      const menu = page.getByRole('button', {
        name: { fi: 'Valikko', sv: 'Meny', en: 'Menu' }[lang],
      });
      expect(await menu.getAttribute('aria-expanded')).toBe('false');
      const mainMenu = page.getByRole('navigation', {
        name: { fi: 'Päävalikko', sv: 'Huvudmeny', en: 'Main menu' }[lang],
      });
      expect(await mainMenu.isVisible()).toBe(false);
      // The heading starts in the upper part of the screen, not below the menus.
      const h1 = await page.locator('h1').boundingBox();
      expect(h1?.y ?? Number.POSITIVE_INFINITY).toBeLessThan(phone.height / 2);

      await menu.click();
      expect(await menu.getAttribute('aria-expanded')).toBe('true');
      await mainMenu.waitFor();
      await expectNoAxeViolations(page);
      // Escape closes the menu and gives focus back to the button.
      await mainMenu.getByRole('link').first().focus();
      await page.keyboard.press('Escape');
      expect(await menu.getAttribute('aria-expanded')).toBe('false');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-controls'))).toBe(
        'site-menus',
      );
      // A link followed from the menu closes it on the next page.
      await menu.click();
      await mainMenu
        .getByRole('link', {
          name: { fi: 'Organisaatiot', sv: 'Organisationer', en: 'Organisations' }[lang],
        })
        .click();
      await page.waitForURL(`${baseUrl}${pagePath('organisations', lang)}`);
      await expect.poll(() => menu.getAttribute('aria-expanded')).toBe('false');
      expect(problems).toEqual([]);
      await page.close();
    },
  );

  it('shows the first result on the first screen, with the filters behind a button', async () => {
    const page = await browser.context.newPage();
    const problems = watchPageErrors(page);
    await page.goto(`${baseUrl}/fi/organisaatiot?q=${tag}&theme=culture`);
    const first = page.getByRole('link', { name: `Aamu Osuuskunta ${tag}` });
    await first.waitFor();
    await expectNoOverflow(page);
    // The whole link of the first result is on the first screen.
    const box = await first.boundingBox();
    expect((box?.y ?? Number.POSITIVE_INFINITY) + (box?.height ?? 0)).toBeLessThanOrEqual(
      phone.height,
    );

    // One filter is chosen: the button says so and opens the panel.
    const filters = page.getByRole('button', { name: 'Rajaukset (1)' });
    expect(await filters.getAttribute('aria-expanded')).toBe('false');
    const panel = page.getByRole('heading', { name: 'Rajaa tuloksia' });
    expect(await panel.isVisible()).toBe(false);
    await filters.click();
    await panel.waitFor();
    expect(await filters.getAttribute('aria-expanded')).toBe('true');
    await expectNoOverflow(page);
    await expectNoAxeViolations(page);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows an organisation page without sideways scrolling', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl}/fi/organisaatiot?q=${tag}`);
    await page.getByRole('link', { name: `Ilta Osuuskunta ${tag}` }).click();
    await page.getByRole('heading', { level: 1, name: `Ilta Osuuskunta ${tag}` }).waitFor();
    await page.waitForLoadState('networkidle');
    await expectNoOverflow(page);
    await expectNoAxeViolations(page);
    await page.close();
  });
});
