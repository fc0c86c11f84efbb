import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pagePath } from '../common/routes.js';
import { type Browser, expectNoAxeViolations, openBrowser, watchPageErrors } from './browser.js';
import { api, logInAsCoordinator } from './session.js';

const baseUrl = inject('baseUrl');
// The e2e server is shared by every test file: the names start with a word of this run only, so
// that the suggestions for it are these organisations and nothing else.
const word = `Ehdotustesti${Date.now()}`;
const organisations = [
  { name: `${word} Kahvila`, municipality: '091' },
  { name: `${word} Pyöräkorjaamo`, municipality: '837' },
];
const ids: string[] = [];
// A prefix of a glossary term in Finnish (issue 9's glossary of social-economy words).
const termPrefix = 'vapaaeh';

let visitor: Browser;

beforeAll(async () => {
  const coordinator = await openBrowser();
  try {
    await logInAsCoordinator(coordinator.context);
    for (const o of organisations) {
      const res = await api(coordinator.context, 'POST', '/api/v1/organisations', {
        ...o,
        actorTypes: ['company'],
        acknowledgeSimilar: true,
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      ids.push(res.body.id);
    }
  } finally {
    await coordinator.close();
  }
  visitor = await openBrowser();
});

afterAll(async () => {
  await visitor?.close();
});

const box = (page: Page) => page.getByRole('combobox', { name: 'Hae organisaatioita' });
const listbox = (page: Page) => page.getByRole('listbox', { name: 'Hakuehdotukset' });
const option = (page: Page, name: string) => listbox(page).getByRole('option', { name });

async function openDirectory(page: Page) {
  await page.goto(`${baseUrl}${pagePath('organisations', 'fi')}`);
  await page.getByRole('heading', { level: 1, name: 'Organisaatiot' }).waitFor();
  await page.waitForLoadState('networkidle');
}

/** Types as a person does, a key at a time, and waits until the suggestions are on screen. */
async function typeAndWait(page: Page, text: string) {
  await box(page).pressSequentially(text, { delay: 20 });
  await listbox(page).getByRole('option').first().waitFor();
}

const attribute = (page: Page, name: string) => box(page).getAttribute(name);

describe('type-ahead suggestions in the directory search box', () => {
  it('suggests organisations as a combobox, moves with the keys and closes with Escape', async () => {
    const page = await visitor.context.newPage();
    const problems = watchPageErrors(page);
    const asked: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/v1/organisations/suggestions')) asked.push(r.url());
    });
    await openDirectory(page);
    expect(await attribute(page, 'aria-expanded')).toBe('false');
    expect(await attribute(page, 'aria-autocomplete')).toBe('list');

    await box(page).focus();
    await typeAndWait(page, word);
    // Typing quickly asks once the typing pauses, not at every key.
    expect(asked.length).toBeLessThan(word.length / 2);
    expect(new URL(asked.at(-1) ?? '', baseUrl).searchParams.get('lang')).toBe('fi');

    const list = listbox(page);
    expect(await attribute(page, 'aria-expanded')).toBe('true');
    expect(await attribute(page, 'aria-controls')).toBe(await list.getAttribute('id'));
    // Both organisations, in the server's order of relevance.
    const group = page.getByRole('group', { name: 'Organisaatiot' });
    const names = await group.getByRole('option').allTextContents();
    expect([...names].sort()).toEqual(organisations.map((o) => o.name).sort());
    const [firstName = '', secondName = ''] = names;
    // Heard by screen readers once the list has settled.
    await page.getByRole('status').filter({ hasText: '2 ehdotusta' }).waitFor();
    await expectNoAxeViolations(page);

    // Nothing is highlighted until the arrow keys move, and the focus stays in the box.
    expect(await attribute(page, 'aria-activedescendant')).toBeNull();
    await page.keyboard.press('ArrowDown');
    const first = option(page, firstName);
    const second = option(page, secondName);
    expect(await first.getAttribute('aria-selected')).toBe('true');
    expect(await attribute(page, 'aria-activedescendant')).toBe(await first.getAttribute('id'));
    await page.keyboard.press('ArrowDown');
    expect(await second.getAttribute('aria-selected')).toBe('true');
    expect(await first.getAttribute('aria-selected')).toBe('false');
    await page.keyboard.press('ArrowUp');
    expect(await attribute(page, 'aria-activedescendant')).toBe(await first.getAttribute('id'));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('directory-q');
    // Home moves the caret in the text and leaves the highlight where it was.
    await page.keyboard.press('Home');
    expect(await box(page).evaluate((input: HTMLInputElement) => input.selectionStart)).toBe(0);
    expect(await first.getAttribute('aria-selected')).toBe('true');
    await expectNoAxeViolations(page);

    // Escape closes the list and keeps the text; a second Escape empties the box.
    await page.keyboard.press('Escape');
    await list.waitFor({ state: 'hidden' });
    expect(await attribute(page, 'aria-expanded')).toBe('false');
    expect(await attribute(page, 'aria-activedescendant')).toBeNull();
    expect(await box(page).inputValue()).toBe(word);
    await page.keyboard.press('Escape');
    // The box is emptied by React after the key: wait for it rather than read it at once.
    await expect.poll(() => box(page).inputValue()).toBe('');

    // Tab leaves the box and closes the list without choosing the highlighted option.
    await typeAndWait(page, word);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await list.waitFor({ state: 'hidden' });
    expect(await box(page).inputValue()).toBe(word);
    expect(new URL(page.url()).pathname).toBe(pagePath('organisations', 'fi'));

    // Enter with nothing highlighted searches for the text, as before.
    await box(page).focus();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.getByText('2 organisaatiota', { exact: true }).waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe(word);
    expect(await list.isHidden()).toBe(true);

    // Enter on a highlighted organisation opens its page.
    await box(page).fill('');
    await typeAndWait(page, word);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: secondName }).waitFor();
    const id = ids[organisations.findIndex((o) => o.name === secondName)] ?? '';
    expect(new URL(page.url()).pathname).toBe(pagePath('organisation', 'fi', { id }));

    expect(problems).toEqual([]);
    await page.close();
  });

  it('searches for a suggested term chosen with the mouse', async () => {
    const page = await visitor.context.newPage();
    const problems = watchPageErrors(page);
    await openDirectory(page);
    await box(page).focus();
    await typeAndWait(page, termPrefix);
    const terms = page.getByRole('group', { name: 'Hakusanat' }).getByRole('option');
    await terms.first().waitFor();
    const label = (await terms.first().textContent()) ?? '';
    expect(label.toLocaleLowerCase('fi')).toContain(termPrefix);
    await expectNoAxeViolations(page);

    await terms.first().click();
    await listbox(page).waitFor({ state: 'hidden' });
    await page.waitForURL((url) => url.searchParams.get('q') === label);
    expect(await box(page).inputValue()).toBe(label);
    // The search is made where the reader is: the focus stays in the box.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('directory-q');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('asks once more when the server could not answer, as when an import holds the database', async () => {
    const page = await visitor.context.newPage();
    let refused = 0;
    let answered = 0;
    await page.route('**/api/v1/organisations/suggestions?**', async (route) => {
      if (refused === 0) {
        refused += 1;
        await route.fulfill({
          status: 503,
          headers: { 'retry-after': '10' },
          contentType: 'application/json',
          body: JSON.stringify({
            error: {
              code: 'service_unavailable',
              message: 'busy',
              details: { reason: 'database_busy' },
            },
          }),
        });
        return;
      }
      answered += 1;
      await route.continue();
    });
    await openDirectory(page);
    await box(page).focus();
    await typeAndWait(page, word);
    expect(refused).toBe(1);
    expect(answered).toBeGreaterThanOrEqual(1);
    expect(
      await page.getByRole('group', { name: 'Organisaatiot' }).getByRole('option').count(),
    ).toBe(2);
    await page.close();
  });

  it('keeps every character of fast typing', async () => {
    const page = await visitor.context.newPage();
    await openDirectory(page);
    await box(page).focus();
    const text = `${word} kahvila pyöräkorjaamo`;
    await page.keyboard.type(text);
    await expect.poll(() => box(page).inputValue()).toBe(text);
    await page.close();
  });

  it('asks nothing for the search a page is opened with', async () => {
    const page = await visitor.context.newPage();
    const asked: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/v1/organisations/suggestions')) asked.push(r.url());
    });
    await page.goto(`${baseUrl}${pagePath('organisations', 'fi')}?q=${word}`);
    await page.getByText('2 organisaatiota', { exact: true }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await box(page).inputValue()).toBe(word);
    expect(await attribute(page, 'aria-expanded')).toBe('false');
    expect(asked).toEqual([]);
    await page.close();
  });

  it('suggests in Swedish on the Swedish page', async () => {
    const page = await visitor.context.newPage();
    await page.goto(`${baseUrl}${pagePath('organisations', 'sv')}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const svBox = page.getByRole('combobox', { name: 'Sök organisationer' });
    await svBox.pressSequentially(word, { delay: 20 });
    const group = page.getByRole('group', { name: 'Organisationer' });
    await group.getByRole('option').first().waitFor();
    await page.getByRole('status').filter({ hasText: '2 förslag' }).waitFor();
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page);
    await page.close();
  });
});
