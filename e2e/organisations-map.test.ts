import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pagePath } from '../common/routes.js';
import { type Browser, expectNoAxeViolations, openBrowser, watchPageErrors } from './browser.js';
import { api, logInAsCoordinator } from './session.js';

const baseUrl = inject('baseUrl');
// The e2e server is shared by every test file: names carry a word of this run only, and every
// search here is for it, so other files' organisations are never counted.
const tag = `karttatesti${Date.now()}`;

const organisations = [
  { name: `Tuulikello ${tag}`, municipality: '091', themes: ['culture'] },
  { name: `Aamukaste ${tag}`, municipality: '049', themes: ['culture'] },
  { name: `Työpaja ${tag}`, municipality: '837', themes: ['employment'] },
  { name: `Rantakahvila ${tag}`, municipality: '905', themes: ['food'] },
];

let desktop: Browser;
let phone: Browser;

beforeAll(async () => {
  const coordinator = await openBrowser();
  await logInAsCoordinator(coordinator.context);
  for (const o of organisations) {
    const res = await api(coordinator.context, 'POST', '/api/v1/organisations', {
      ...o,
      legalForm: '14',
      actorTypes: ['social_economy_actor'],
      acknowledgeSimilar: true,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
  }
  await coordinator.close();
  desktop = await openBrowser();
  phone = await openBrowser({ viewport: { width: 390, height: 844 } });
});

afterAll(async () => {
  await desktop?.close();
  await phone?.close();
});

const texts = {
  fi: {
    map: 'Kartalla',
    list: 'Listana',
    heading: 'Organisaatiot maakunnittain',
    mapName: 'Suomen kartta: organisaatiot maakunnittain',
    uusimaa: 'Uusimaa, 2 organisaatiota',
    pirkanmaa: 'Pirkanmaa, 1 organisaatio',
    count: '4 organisaatiota',
  },
  sv: {
    map: 'På karta',
    list: 'Som lista',
    heading: 'Organisationer per landskap',
    mapName: 'Karta över Finland: organisationer per landskap',
    uusimaa: 'Nyland, 2 organisationer',
    pirkanmaa: 'Birkaland, 1 organisation',
    count: '4 organisationer',
  },
  en: {
    map: 'On a map',
    list: 'As a list',
    heading: 'Organisations by region',
    mapName: 'Map of Finland: organisations by region',
    uusimaa: 'Uusimaa, 2 organisations',
    pirkanmaa: 'Pirkanmaa, 1 organisation',
    count: '4 organisations',
  },
} as const;

const mapOf = (page: Page, lang: keyof typeof texts) =>
  page.getByRole('group', { name: texts[lang].mapName });

/** The count in a region's row of the table beside the map. */
const tableCount = (page: Page, region: string) =>
  page.getByRole('row', { name: new RegExp(`^${region}\\b`) }).getByRole('cell');

/** The map's links, by accessible name, in the order the keyboard reaches them. */
const regionLinks = (map: Locator) =>
  map.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('aria-label')));

/**
 * The map's outlines and drawing (`ui/region-map.tsx`'s chunk), not the small figure around it,
 * which shares a chunk with the regions pages now that they load when first visited.
 */
const isMapChunk = (url: string) => /\/region-map-(?!figure)[^/]*\.js$/.test(url);

describe('the directory on a map', () => {
  it('counts the search by region, follows the filters and the text, and leads to a region', async () => {
    const page = await desktop.context.newPage();
    const problems = watchPageErrors(page);
    // The map's code and outlines come only when the map is shown.
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));

    await page.goto(`${baseUrl}${pagePath('organisations', 'fi')}?q=${tag}`);
    await page.getByText('4 organisaatiota', { exact: true }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(requested.filter(isMapChunk)).toEqual([]);

    await page.getByRole('link', { name: 'Kartalla' }).click();
    await page.getByRole('heading', { level: 2, name: texts.fi.heading }).waitFor();
    expect(new URL(page.url()).searchParams.get('view')).toBe('map');
    expect(new URL(page.url()).searchParams.get('q')).toBe(tag);
    const map = mapOf(page, 'fi');
    await map.getByRole('link', { name: texts.fi.uusimaa }).waitFor();
    expect(requested.some(isMapChunk)).toBe(true);
    // Only regions with organisations are links, in the regions' order.
    expect(await regionLinks(map)).toEqual([
      texts.fi.uusimaa,
      texts.fi.pirkanmaa,
      'Pohjanmaa, 1 organisaatio',
    ]);
    // The table says the same, every region included.
    expect(await tableCount(page, 'Uusimaa').textContent()).toBe('2');
    expect(await tableCount(page, 'Pirkanmaa').textContent()).toBe('1');
    expect(await tableCount(page, 'Lappi').textContent()).toBe('0');
    expect(await page.getByRole('row').count()).toBe(1 + 19);
    // The link followed keeps focus: the view changed, not the page.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Kartalla');
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page);

    // A filter changes the counts, and the map stays.
    await page.getByRole('button', { name: /^Teema/ }).click();
    await page.locator('label', { hasText: /^Kulttuuri/ }).click();
    await page.getByText('2 organisaatiota', { exact: true }).waitFor();
    expect(new URL(page.url()).searchParams.get('view')).toBe('map');
    await expect.poll(() => regionLinks(map)).toEqual([texts.fi.uusimaa]);
    expect(await tableCount(page, 'Pirkanmaa').textContent()).toBe('0');
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page);

    // So does the text.
    await page.getByLabel('Hae organisaatioita').fill(`Aamukaste ${tag}`);
    await page.getByRole('button', { name: 'Hae', exact: true }).click();
    await expect.poll(() => regionLinks(map)).toEqual(['Uusimaa, 1 organisaatio']);

    // A region on the map leads to the list of its organisations, the other choices kept.
    await map.getByRole('link', { name: 'Uusimaa, 1 organisaatio' }).click();
    await page.getByRole('link', { name: `Aamukaste ${tag}` }).waitFor();
    const url = new URL(page.url());
    expect(url.searchParams.get('region')).toBe('01');
    expect(url.searchParams.get('theme')).toBe('culture');
    expect(url.searchParams.get('view')).toBeNull();
    expect(problems).toEqual([]);
    await page.close();
  });

  it('is used with the keyboard alone', async () => {
    const page = await desktop.context.newPage();
    await page.goto(`${baseUrl}${pagePath('organisations', 'fi')}?q=${tag}&view=map`);
    const map = mapOf(page, 'fi');
    await map.getByRole('link', { name: texts.fi.uusimaa }).waitFor();

    // From the view switch, Tab reaches the map's regions one by one.
    await page.getByRole('link', { name: 'Kartalla' }).focus();
    await page.keyboard.press('Tab');
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(await focused()).toBe(texts.fi.uusimaa);
    // The focused region is ringed where everyone can see it.
    expect(await page.locator('svg .focus-outer').count()).toBe(1);
    await page.keyboard.press('Tab');
    expect(await focused()).toBe(texts.fi.pirkanmaa);

    // Enter follows it: Pirkanmaa's organisations as a list, focus on the page's heading.
    await page.keyboard.press('Enter');
    await page.getByText('1 organisaatio', { exact: true }).waitFor();
    expect(new URL(page.url()).searchParams.get('region')).toBe('06');
    await page.getByRole('link', { name: `Työpaja ${tag}` }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');

    // Back on the map, the chosen region is marked and the others still counted.
    await page.getByRole('link', { name: 'Kartalla' }).click();
    await map.getByRole('link', { name: texts.fi.uusimaa }).waitFor();
    await page.getByRole('row', { name: /^Pirkanmaa \(valittu\)/ }).waitFor();
    expect(await page.locator('svg .selected').count()).toBe(1);
    // The table's links do what the map's do.
    await page
      .getByRole('row', { name: /^Uusimaa\b/ })
      .getByRole('link')
      .focus();
    await page.keyboard.press('Enter');
    await page.getByText('2 organisaatiota', { exact: true }).waitFor();
    expect(new URL(page.url()).searchParams.get('region')).toBe('01');
    await page.close();
  });

  it.each(['fi', 'sv', 'en'] as const)('speaks %s and passes axe', async (lang) => {
    const page = await desktop.context.newPage();
    const problems = watchPageErrors(page);
    await page.goto(`${baseUrl}${pagePath('organisations', lang)}?q=${tag}`);
    await page.getByRole('link', { name: texts[lang].map }).click();
    await page.getByRole('heading', { level: 2, name: texts[lang].heading }).waitFor();
    const map = mapOf(page, lang);
    await map.getByRole('link', { name: texts[lang].uusimaa }).waitFor();
    await map.getByRole('link', { name: texts[lang].pirkanmaa }).waitFor();
    await page.getByText(texts[lang].count, { exact: true }).waitFor();
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: texts[lang].list }).click();
    await page.getByRole('link', { name: `Työpaja ${tag}` }).waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });

  it('fits a 390 px phone screen without sideways scrolling', async () => {
    const page = await phone.context.newPage();
    await page.goto(`${baseUrl}${pagePath('organisations', 'fi')}?q=${tag}&view=map`);
    const map = mapOf(page, 'fi');
    await map.getByRole('link', { name: texts.fi.uusimaa }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    const box = await map.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(200);
    expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= 390).toBe(true);
    await expectNoAxeViolations(page);
    await page.close();
  });
});
