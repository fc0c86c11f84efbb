import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Browser, openBrowser } from './browser.js';

const baseUrl = inject('baseUrl');

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(() => browser.close());

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return {
      tag: el?.tagName.toLowerCase(),
      text: el?.textContent?.trim() ?? '',
      href: el?.getAttribute('href') ?? '',
    };
  });

/**
 * Presses Tab (Shift+Tab with `backwards`) until the focused element satisfies `match`; fails
 * after `max` presses.
 */
async function tabTo(
  page: Page,
  match: (f: Awaited<ReturnType<typeof focused>>) => boolean,
  { max = 40, backwards = false } = {},
) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    if (match(f)) return f;
  }
  throw new Error('the element was not reached by Tab');
}

describe('using Kudos by keyboard alone', () => {
  it('skip link first, then through the front page to a region, focus on each new heading', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl}/fi`);
    await page.locator('h1').waitFor();

    await page.keyboard.press('Tab');
    const skip = await focused(page);
    expect(skip.tag).toBe('a');
    expect(skip.href).toMatch(/^#/);
    await page.keyboard.press('Enter');
    const afterSkip = await page.evaluate(() =>
      Boolean(
        document.activeElement?.closest('main') || document.activeElement?.tagName === 'MAIN',
      ),
    );
    expect(afterSkip).toBe(true);

    await tabTo(page, (f) => f.href === '/fi/alueet');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}/fi/alueet`);
    // The table's link: the map beside it has one for each region too.
    await page.getByRole('table').getByRole('link', { name: 'Pirkanmaa' }).waitFor();
    expect((await focused(page)).tag).toBe('h1');
    expect(await page.title()).toMatch(/Kudos/);

    await tabTo(page, (f) => f.href === '/fi/alueet/06');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}/fi/alueet/06`);
    await page.locator('h1', { hasText: 'Pirkanmaa' }).waitFor();
    expect((await focused(page)).tag).toBe('h1');
    await page.close();
  });

  it('switches language on the same page and <html lang> follows', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl}/fi/alueet/06`);
    await page.locator('h1', { hasText: 'Pirkanmaa' }).waitFor();
    await tabTo(page, (f) => f.href === '/sv/regioner/06');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}/sv/regioner/06`);
    await page.locator('h1', { hasText: 'Birkaland' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('sv');

    // Focus is on the new page's heading: the language links are back up in the header.
    await tabTo(page, (f) => f.href === '/en/regions/06', { backwards: true });
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}/en/regions/06`);
    await page.locator('h1', { hasText: 'Pirkanmaa' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.close();
  });

  it('shows where the keyboard focus is', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl}/fi/alueet`);
    await page.getByRole('table').getByRole('link', { name: 'Uusimaa' }).waitFor();
    await tabTo(page, (f) => f.href === '/fi/alueet/01');
    const outline = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement as Element);
      return { style: s.outlineStyle, width: s.outlineWidth, shadow: s.boxShadow };
    });
    const visible =
      (outline.style !== 'none' && outline.width !== '0px') || outline.shadow !== 'none';
    expect(visible, JSON.stringify(outline)).toBe(true);
    await page.close();
  });
});
