import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pagePath } from '../common/routes.js';
import { businessIdFrom } from '../server/synthetic.js';
import { type Browser, expectNoAxeViolations, openBrowser, watchPageErrors } from './browser.js';
import { api, logInAsCoordinator } from './session.js';

const baseUrl = inject('baseUrl');
// The e2e server is shared by every test file: names carry a word of this run only.
const tag = `tuontitesti${Date.now()}`;

const businessId = businessIdFrom;

const seed = Math.floor(Math.random() * 9_000_000) + 1_000_000;
const rows = [
  {
    name: `Osuuskunta Äänekäs ${tag}`,
    id: businessId(seed),
    place: 'Helsinki',
    themes: 'Kulttuuri',
  },
  {
    name: `Työpaja Kiertokulku ${tag}`,
    id: businessId(seed + 100),
    place: 'Tampere',
    themes: 'Kiertotalous, Ruoka',
  },
  { name: `Kahvila Kohtaamo ${tag}`, id: '', place: 'Vaasa', themes: 'Ruoka' },
];

/** A CSV file as Finnish Excel saves it: UTF-8 with a byte order mark, semicolons, CRLF. */
function excelCsv(lines: string[][]): Buffer {
  return Buffer.from(`\uFEFF${lines.map((cells) => cells.join(';')).join('\r\n')}\r\n`, 'utf8');
}

const header = ['Nimi', 'Y-tunnus', 'Kunta', 'Teemat'];
const fileWith = (place: (row: (typeof rows)[number], i: number) => string) =>
  excelCsv([header, ...rows.map((row, i) => [row.name, row.id, place(row, i), row.themes])]);

let coordinator: Browser;

beforeAll(async () => {
  coordinator = await openBrowser();
  await logInAsCoordinator(coordinator.context);
});
afterAll(async () => {
  await coordinator?.close();
});

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
// The import answers 400 on purpose for a file with errors; nothing else may go wrong.
const unexpected = (problems: string[]) => problems.filter((p) => !/\b400\b/.test(p));

async function chooseFile(page: Page, name: string, contents: Buffer) {
  await page
    .locator('#import-file')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: contents });
  await page.getByRole('button', { name: 'Lue tiedosto' }).click();
}

describe('importing organisations from a spreadsheet', () => {
  it('finds the errors of a file, then imports the corrected file', async () => {
    const page = await coordinator.context.newPage();
    const problems = watchPageErrors(page);
    await page.goto(`${baseUrl}${pagePath('organisationImport', 'fi')}`);
    await page.getByRole('heading', { level: 1, name: 'Tuo organisaatioita' }).waitFor();
    expect(await page.title()).toBe('Tuo organisaatioita – Kudos');
    await page.getByRole('heading', { level: 2, name: '1. Valitse tiedosto' }).waitFor();
    await expectNoAxeViolations(page);

    // Read without a file: the summary takes focus and links to the field.
    await page.getByRole('button', { name: 'Lue tiedosto' }).click();
    const summary = page.getByRole('heading', { name: 'Lomakkeessa on 1 korjattava kohta' });
    await summary.waitFor();
    await expect.poll(() => summary.evaluate((h) => h === document.activeElement)).toBe(true);
    await page.getByText('Tuotava tiedosto: Valitse tuotava tiedosto.').waitFor();

    // A file with headings only is refused with a message of its own.
    await chooseFile(page, 'tyhja.csv', excelCsv([header]));
    await page.getByText('Tiedostoa ei voitu käsitellä').waitFor();
    await page.getByText('Tiedostossa ei ole otsikkoriviä ja vähintään yhtä tietoriviä.').waitFor();

    // A file with an unknown municipality on its second data row.
    await chooseFile(
      page,
      'organisaatiot.csv',
      fileWith((row, i) => (i === 1 ? 'Atlantis' : row.place)),
    );
    const mappingHeading = page.getByRole('heading', { level: 2, name: '2. Valitse sarakkeet' });
    await mappingHeading.waitFor();
    await expect.poll(() => focusedText(page)).toBe('2. Valitse sarakkeet');
    await page.getByText('Tiedosto: organisaatiot.csv. Tietorivejä: 3, sarakkeita: 4.').waitFor();
    // The columns were suggested from the Finnish headings.
    await expect
      .poll(() => page.locator('#import-field-name').textContent())
      .toContain('Nimi (esim. Osuuskunta Äänekäs');
    await expect
      .poll(() => page.locator('#import-field-businessId').textContent())
      .toContain('Y-tunnus');
    await expect
      .poll(() => page.locator('#import-field-municipality').textContent())
      .toContain('Kunta (esim. Helsinki)');
    await expect.poll(() => page.locator('#import-field-themes').textContent()).toContain('Teemat');
    await expect
      .poll(() => page.locator('#import-field-website').textContent())
      .toContain('Ei tuoda');
    await page
      .getByRole('table', { name: 'Tiedoston organisaatiot.csv ensimmäiset rivit' })
      .waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Tarkista tiedosto' }).click();
    await page.getByRole('heading', { level: 2, name: '3. Tarkistuksen tulos' }).waitFor();
    await expect.poll(() => focusedText(page)).toBe('3. Tarkistuksen tulos');
    await page.getByText('Tiedostossa on 1 virhe').waitFor();
    const errors = page.getByRole('table', { name: 'Virheet' });
    const errorRow = errors.getByRole('row').filter({ hasText: 'Atlantis' });
    expect(await errorRow.getByRole('cell').allTextContents()).toEqual([
      '3',
      'Kunta',
      'Kuntaa "Atlantis" ei tunneta. Anna kunnan nimi suomeksi tai ruotsiksi tai kuntanumero, esimerkiksi Helsinki tai 091.',
    ]);
    await expect(page.getByRole('button', { name: /^Tuo \d/ }).count()).resolves.toBe(0);
    await expectNoAxeViolations(page);

    // Back to the file: focus goes to the file field, and the corrected file is read and checked.
    await page.getByRole('button', { name: 'Valitse toinen tiedosto' }).click();
    await expect.poll(() => focusedId(page)).toBe('import-file');
    await chooseFile(
      page,
      'organisaatiot-korjattu.csv',
      fileWith((row) => row.place),
    );
    await mappingHeading.waitFor();
    await page.getByRole('button', { name: 'Tarkista tiedosto' }).click();
    await page.getByText('Tiedostossa ei ole virheitä').waitFor();
    const preview = page.getByRole('table', { name: 'Mitä tuonti tekee' });
    await preview
      .getByRole('row')
      .filter({ hasText: rows[0]?.name ?? '' })
      .waitFor();
    expect(await preview.getByText('Lisätään uutena').count()).toBe(3);
    await expectNoAxeViolations(page);

    // Importing asks first, then reports the progress and the result.
    await page.getByRole('button', { name: 'Tuo 3 organisaatiota' }).click();
    const dialog = page.getByRole('dialog');
    await dialog
      .getByText('3 uutta organisaatiota lisätään hakemistoon ja julkaistaan heti.')
      .waitFor();
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Tuo organisaatiot' }).click();
    await page.getByRole('heading', { level: 2, name: '4. Tuonti' }).waitFor();
    await page.getByText('Tuonti on valmis').waitFor();
    await expect
      .poll(() => focusedText(page))
      .toContain('Uusia organisaatioita: 3. Päivitettyjä organisaatioita: 0.');
    await page.getByRole('link', { name: 'Siirry organisaatiohakemistoon' }).waitFor();
    await expect(page.getByRole('button', { name: /^Tuo \d/ }).count()).resolves.toBe(0);
    await expectNoAxeViolations(page);
    expect(unexpected(problems)).toEqual([]);
    await page.close();

    // The organisations are in the registry, published, with their places and themes.
    const res = await api(coordinator.context, 'GET', `/api/v1/organisations?q=${tag}&pageSize=10`);
    expect(res.status).toBe(200);
    const items = res.body.items as {
      name: string;
      businessId: string | null;
      municipality: { code: string } | null;
    }[];
    expect(items.map((o) => o.name).sort()).toEqual(rows.map((r) => r.name).sort());
    const first = items.find((o) => o.name === rows[0]?.name);
    expect(first?.businessId).toBe(rows[0]?.id);
    expect(first?.municipality?.code).toBe('091');
  });

  it('shows the encoding it read a CSV file in, lets the reader change it, and shows corrections', async () => {
    const page = await coordinator.context.newPage();
    const problems = watchPageErrors(page);
    await page.goto(`${baseUrl}${pagePath('organisationImport', 'fi')}`);
    // From an old Unix system (ISO-8859-15): 0xA4 is the euro sign there, ¤ in Windows-1252.
    const file = Buffer.concat([
      Buffer.from(`Nimi;Verkkosivut;Kuvaus\r\nKahvila Euro ${tag};www.kahvila.example;Kahvi 2 `),
      Buffer.from([0xa4, 0x0d, 0x0a]),
    ]);
    await chooseFile(page, 'latin9.csv', file);
    const sample = page.getByRole('table', { name: 'Tiedoston latin9.csv ensimmäiset rivit' });
    await sample.getByText('Kahvi 2 €').waitFor();
    const encoding = page.locator('#import-encoding');
    await expect.poll(() => encoding.textContent()).toContain('ISO-8859-15');
    await expectNoAxeViolations(page);

    const openEncodings = () => page.locator('#import-encoding_button').click();
    await openEncodings();
    await page.getByRole('option', { name: 'Windows-1252 (Excel Windowsissa)' }).click();
    await sample.getByText('Kahvi 2 ¤').waitFor();
    await expect.poll(() => encoding.textContent()).toContain('Windows-1252');
    await openEncodings();
    await page.getByRole('option', { name: /^ISO-8859-15/ }).click();
    await sample.getByText('Kahvi 2 €').waitFor();

    await page.getByRole('button', { name: 'Tarkista tiedosto' }).click();
    await page.getByText('Tiedostossa ei ole virheitä').waitFor();
    const notices = page.getByRole('table', { name: 'Tuonnin tekemät korjaukset' });
    expect(await notices.getByRole('row').nth(1).getByRole('cell').allTextContents()).toEqual([
      '2',
      'Verkkosivut',
      'Verkkosivujen osoitteen alkuun lisätään https://: www.kahvila.example → https://www.kahvila.example.',
    ]);
    await expectNoAxeViolations(page);
    expect(unexpected(problems)).toEqual([]);
    await page.close();
  });

  it('shows hundreds of errors fifty at a time', async () => {
    const page = await coordinator.context.newPage();
    const problems = watchPageErrors(page);
    await page.goto(`${baseUrl}${pagePath('organisationImport', 'fi')}`);
    const many = Array.from({ length: 130 }, (_, i) => [
      `Virherivi ${i + 1} ${tag}`,
      '',
      'Atlantis',
      '',
    ]);
    await chooseFile(page, 'virheita.csv', excelCsv([header, ...many]));
    await page.getByRole('button', { name: 'Tarkista tiedosto' }).click();
    await page.getByText('Tiedostossa on 130 virhettä').waitFor();
    const errors = page.getByRole('table', { name: 'Virheet' });
    // A heading row and the first 50 errors.
    await expect.poll(() => errors.getByRole('row').count()).toBe(51);
    await page.getByText('Näytetään 50 / 130.').waitFor();
    await page.getByRole('button', { name: 'Näytä 50 lisää' }).click();
    await page.getByText('Näytetään 100 / 130.').waitFor();
    await page.getByRole('button', { name: 'Näytä 30 lisää' }).click();
    await page.getByText('Näytetään 130 / 130.').waitFor();
    await expect.poll(() => errors.getByRole('row').count()).toBe(131);
    // The button is gone; focus went to the count, not to the top of the page.
    await expect.poll(() => focusedText(page)).toBe('Näytetään 130 / 130.');
    await errors
      .getByRole('row')
      .filter({ hasText: /^131Kunta/ })
      .waitFor();
    await expectNoAxeViolations(page);
    expect(unexpected(problems)).toEqual([]);
    await page.close();
  });
});
