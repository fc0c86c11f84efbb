import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pagePath } from '../common/routes.js';
import { type Browser, expectNoAxeViolations, openBrowser, watchPageErrors } from './browser.js';
import { statisticsRoundName } from './statistics-seed.js';

/**
 * The statistics page on the closed round that the e2e setup writes (e2e/statistics-seed.ts):
 * a table chosen in a form the address keeps, hidden figures as `..` with their meaning, the
 * coarser table it suggests when most are hidden, and the downloads.
 */

const baseUrl = inject('baseUrl');
let visitor: Browser;

beforeAll(async () => {
  visitor = await openBrowser();
});
afterAll(async () => {
  await visitor?.close();
});

describe('the statistics page', () => {
  it('shows a table by region with hidden figures, and another breakdown chosen in the form', async () => {
    const page = await visitor.context.newPage();
    const problems = watchPageErrors(page);
    await page.goto(`${baseUrl}${pagePath('statistics', 'fi')}`);
    await page.getByRole('heading', { level: 1, name: 'Tilastot' }).waitFor();
    const table = page.getByRole('table', { name: /Oikeudellinen muoto \(perhe\): lukumäärä/ });
    await table.waitFor();
    expect(await page.locator('#statistics-round').textContent()).toContain(statisticsRoundName);
    // Uusimaa: 12 respondents; Lapland's lone respondent hidden, never 0; 24 in all.
    const uusimaa = table.getByRole('row', { name: /^Uusimaa/ });
    expect(await uusimaa.getByRole('cell').last().textContent()).toBe('12');
    const all = table.getByRole('row', { name: /^Yhteensä/ });
    expect(await all.getByRole('cell').last().textContent()).toBe('24');
    const lapland = table.getByRole('row', { name: /^Lappi/ });
    expect(await lapland.getByRole('cell').last().textContent()).toBe('..salattu');
    await page
      .getByText('tieto on salattu, jotta yksittäistä organisaatiota ei voi tunnistaa')
      .waitFor();
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page);

    await page.locator('#statistics-by1_button').click();
    await page.getByRole('option', { name: 'Suuralue (NUTS2)' }).click();
    await page.getByRole('button', { name: 'Hae', exact: true }).press('Enter');
    await page.getByRole('row', { name: /^Helsinki-Uusimaa/ }).waitFor();
    expect(new URL(page.url()).searchParams.get('by1')).toBe('nuts2');
    // Back returns to the first table.
    await page.goBack();
    await page.getByRole('row', { name: /^Lappi/ }).waitFor();
    expect(problems).toEqual([]);
  });

  it('says when most figures are hidden and links to a coarser table; downloads keep them hidden', async () => {
    const page = await visitor.context.newPage();
    await page.goto(
      `${baseUrl}${pagePath('statistics', 'sv')}?indicator=se_mark&by1=region&by2=family`,
    );
    await page.getByText('De flesta siffrorna är skyddade eftersom grupperna är små.').waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Visa en grövre indelning' }).click();
    await page.waitForURL(/by1=nuts2/);
    expect(new URL(page.url()).searchParams.get('by2')).toBe('family');
    const csv = await page.getByRole('link', { name: /CSV/ }).first().getAttribute('href');
    const file = await visitor.context.request.get(`${baseUrl}${csv}`);
    expect(file.status()).toBe(200);
    expect(await file.text()).toContain('..');
  });

  it('is the same page in English', async () => {
    const page = await visitor.context.newPage();
    await page.goto(`${baseUrl}${pagePath('statistics', 'en')}`);
    await page.getByRole('heading', { level: 1, name: 'Statistics' }).waitFor();
    await page
      .getByRole('table', { name: /Legal form \(family\): count \(All respondents\)/ })
      .waitFor();
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page);
  });
});
