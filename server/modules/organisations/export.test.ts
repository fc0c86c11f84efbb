import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { helsinkiDate, localDate } from '../../export/dates.js';
import { csrf, signUp } from '../../test/accounts.js';
import { buildTestApp, type TestApp } from '../../test/app.js';
import { createOrg } from '../../test/organisations.js';

let t: TestApp;
let cookie: string;
beforeAll(async () => {
  t = await buildTestApp();
  const coordinator = await signUp(t, { role: 'coordinator' });
  cookie = coordinator.cookie;
  await createOrg(t, coordinator.cookie, {
    name: 'Vientiosuuskunta',
    legalForm: '14',
    actorTypes: ['social_economy_actor'],
    municipality: '905',
    themes: ['culture', 'employment'],
    phone: '+358 40 123 4567',
    description: {
      fi: '=HYPERLINK("http://evil.example","klikkaa")',
      sv: "-2+3+cmd|' /C calc'!A0",
    },
  });
});
afterAll(() => t.close());

const get = (query: string) => t.app.inject({ url: `/api/v1/organisations/export?${query}` });

describe('dates of Finland', () => {
  it('takes the day in Helsinki, not in UTC', () => {
    // 22.30 UTC on 1 December is 00.30 on 2 December in Helsinki (UTC+2 in winter).
    const late = new Date('2026-12-01T22:30:00Z');
    expect(helsinkiDate(late)).toBe('2026-12-02');
    expect(localDate(late, 'fi')).toBe('2.12.2026');
    expect(localDate(late, 'sv')).toBe('2.12.2026');
    expect(localDate(late, 'en')).toBe('2 Dec 2026');
    // Summer time: UTC+3.
    expect(helsinkiDate(new Date('2026-06-30T21:30:00Z'))).toBe('2026-07-01');
  });
});

describe('exports for people', () => {
  it('writes CSV for Excel: semicolons, BOM, CRLF, headings and names in the language', async () => {
    const today = helsinkiDate(new Date());
    const names = { fi: 'organisaatiot', sv: 'organisationer', en: 'organisations' };
    for (const [lang, word] of Object.entries(names)) {
      const res = await get(`format=excel-csv&lang=${lang}`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv/);
      expect(res.headers['content-disposition']).toBe(
        `attachment; filename="kudos-${word}-${today}.csv"`,
      );
    }
    const res = await get('format=excel-csv&lang=fi');
    const body = res.body;
    expect(body.charCodeAt(0)).toBe(0xfeff);
    const lines = body.slice(1).split('\r\n');
    expect(lines[0]?.startsWith('Nimi;Nimi ruotsiksi;Nimi englanniksi;Y-tunnus;')).toBe(true);
    expect(lines[0]).toContain(';Verkkosivut;');
    expect(body).not.toMatch(/[^\r]\n(?=Vientiosuuskunta)/);
    const row = lines[1] ?? '';
    expect(row).toContain(';Osuuskunta;');
    expect(row).toContain(';Vaasa;Pohjanmaa;');
    expect(row).toContain(';"Kulttuuri; Työllistäminen";');
    expect(row).toContain(';Toiminnassa;');
    expect(row).toContain(`;${localDate(new Date(), 'fi')};`);
    // A phone number is not a formula; a formula is still guarded.
    expect(row).toContain(';+358 40 123 4567;');
    expect(row).toContain(`;"'=HYPERLINK(""http://evil.example"",""klikkaa"")";`);
    expect(row).toContain(`;'-2+3+cmd|' /C calc'!A0;`);

    const sv = (await get('format=excel-csv&lang=sv')).body;
    expect(sv).toContain('Namn;Namn på svenska;');
    expect(sv).toContain(';Andelslag;');
    expect(sv).toContain(';Vasa;Österbotten;');
  });

  it('writes XLSX with headings, names and dates as dates', async () => {
    const res = await get('format=xlsx&lang=en');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="kudos-organisations-${helsinkiDate(new Date())}.xlsx"`,
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    const headings = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headings.slice(0, 5)).toEqual([
      'Name',
      'Name in Swedish',
      'Name in English',
      'Business ID',
      'Legal form',
    ]);
    const cell = (heading: string) => sheet.getRow(2).getCell(headings.indexOf(heading) + 1);
    expect(cell('Legal form').value).toBe('Cooperative');
    expect(cell('Home municipality').value).toBe('Vaasa');
    expect(cell('Phone number').value).toBe('+358 40 123 4567');
    const updated = cell('Updated');
    expect(updated.value).toEqual(new Date(`${helsinkiDate(new Date())}T00:00:00Z`));
    expect(updated.numFmt).toBe('d mmm yyyy');

    // Read back for an import, a date is its day, not JavaScript's long text of it.
    const preview = await t.app.inject({
      method: 'POST',
      url: '/api/v1/organisations/import/preview',
      headers: { ...csrf, cookie, 'content-type': 'application/octet-stream' },
      payload: res.rawPayload,
    });
    expect(preview.json().sample[0][headings.indexOf('Updated')]).toBe(helsinkiDate(new Date()));
  });

  it('keeps the machine CSV as it was, but no longer guards a phone number', async () => {
    const res = await get('format=csv');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="kudos-organisations-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const [header, row] = res.body.slice(1).split('\n');
    expect(header?.startsWith('id,url,name,nameSv,nameEn,businessId,legalForm,legalFormName')).toBe(
      true,
    );
    expect(row).toContain(',14,Osuuskunta,');
    expect(row).toContain(',+358 40 123 4567,');
    expect(row).not.toContain("'+358");
    expect(row).toContain(`"'=HYPERLINK(`);
  });
});
