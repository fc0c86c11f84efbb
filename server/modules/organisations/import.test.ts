import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csrf, signUp } from '../../test/accounts.js';
import { buildTestApp, type TestApp } from '../../test/app.js';
import { createOrg, search } from '../../test/organisations.js';

let t: TestApp;
let coordinator: { cookie: string };
beforeAll(async () => {
  t = await buildTestApp();
  coordinator = await signUp(t, { role: 'coordinator' });
});
afterAll(() => t.close());

const upload = (
  url: string,
  body: Buffer | string,
  type = 'text/csv',
  cookie = coordinator.cookie,
  lang = 'fi',
) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/organisations/${url}`,
    headers: { ...csrf, cookie, 'content-type': type, 'accept-language': lang },
    payload: body,
  });

const withMapping = (path: string, mapping: object) =>
  `${path}?mapping=${encodeURIComponent(JSON.stringify(mapping))}`;

/** A Finnish Excel CSV: semicolons, a byte order mark, CRLF. */
const finnishExcel = `\ufeffNimi;Y-tunnus;Yritysmuoto;Kunta;Teemat;Kuvaus\r
Importoitu Osuuskunta Alfa;;osuuskunta;Helsinki;kulttuuri; työllistäminen;Kuvaus A\r
Importoitu Yhdistys Beta ry;;ry;Tampere;;"Kuvaus; jossa puolipiste"\r
`;

describe('reading files as people have them', () => {
  it('suggests a mapping from Finnish headings and shows a sample', async () => {
    const res = await upload('import/preview', finnishExcel);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      format: 'csv',
      encoding: 'utf-8',
      delimiter: ';',
      columns: ['Nimi', 'Y-tunnus', 'Yritysmuoto', 'Kunta', 'Teemat', 'Kuvaus'],
      suggestedMapping: {
        name: 0,
        businessId: 1,
        legalForm: 2,
        municipality: 3,
        themes: 4,
        descriptionFi: 5,
      },
      rowCount: 2,
    });
    expect(res.json().sample[1][5]).toBe('Kuvaus; jossa puolipiste');
  });

  it('reads Windows-1252 with commas, and XLSX', async () => {
    const latin = Buffer.from('Name,Municipality\r\nÅbo Förening rf,Åbo\r\n', 'latin1');
    const res = await upload('import/preview', latin, 'application/vnd.ms-excel');
    expect(res.json()).toMatchObject({ encoding: 'windows-1252', delimiter: ',' });
    expect(res.json().sample[0]).toEqual(['Åbo Förening rf', 'Åbo']);

    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Taulukko1');
    sheet.addRow(['Nimi', 'Kunta', 'Perustamisvuosi']);
    sheet.addRow(['Excel Osuuskunta', '091', 1999]);
    const xlsx = Buffer.from(await book.xlsx.writeBuffer());
    const x = await upload(
      'import/preview',
      xlsx,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(x.json()).toMatchObject({
      format: 'xlsx',
      suggestedMapping: { name: 0, municipality: 1, foundedYear: 2 },
    });
    expect(x.json().sample[0]).toEqual(['Excel Osuuskunta', '091', '1999']);
  });

  it('refuses broken encodings and empty files with a clear report', async () => {
    const binary = Buffer.from([0x4e, 0x61, 0x6d, 0x65, 0x0a, 0x00, 0x01, 0x02, 0xff, 0xfe, 0x81]);
    const res = await upload('import/preview', binary);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'import_invalid',
      details: { problems: [{ code: 'encoding_invalid' }] },
    });
    const empty = await upload('import/preview', 'Nimi;Kunta\r\n');
    expect(empty.json().error.details.problems[0].code).toBe('empty');
    const broken = await upload('import/preview', 'Nimi;Kunta\n"avoin lainaus;Helsinki\n');
    expect(broken.json().error.details.problems[0].code).toBe('csv_invalid');
  });

  it('reports a broken line early in a large file like one at its end', async () => {
    // Read in pieces: the error comes while later pieces are still to be read.
    const file = `name,x\n"abc" d,1\n${'Pitkä Osuuskunta,2\n'.repeat(10_000)}`;
    for (const endpoint of ['import/preview', withMapping('import/dry-run', { name: 0 })]) {
      const res = await upload(endpoint, file);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details.problems[0].code).toBe('csv_invalid');
    }
  });
});

describe('dry run, then all or nothing', () => {
  const mapping = {
    name: 0,
    businessId: 1,
    legalForm: 2,
    municipality: 3,
    themes: 4,
    descriptionFi: 5,
  };

  it('reports every row error with row, column and a message in the language asked', async () => {
    const csv = `Nimi;Y-tunnus;Yritysmuoto;Kunta;Teemat;Kuvaus
Hyvä Rivi Oy;;oy;Espoo;;
;;oy;Espoo;;
Huono Tunnus Oy;1234567-8;oy;Atlantis;lentäminen;
Tuplatunnus A;2617416-4;oy;091;;
Tuplatunnus B;2617416-4;tuntematon;091;;
`;
    const res = await upload(
      withMapping('import/dry-run', mapping),
      csv,
      'text/csv',
      coordinator.cookie,
      'sv',
    );
    expect(res.statusCode).toBe(200);
    const report = res.json();
    expect(report).toMatchObject({ rows: 5, create: 2, update: 0 });
    const errors = report.errors.map(
      (e: { row: number; column: string; code: string }) => `${e.row}:${e.column}:${e.code}`,
    );
    expect(errors).toEqual([
      '3:Nimi:required',
      '4:Y-tunnus:business_id_invalid',
      '4:Kunta:unknown_municipality',
      '4:Teemat:unknown_value',
      '6:Yritysmuoto:unknown_legal_form',
    ]);
    expect(
      report.errors.find(
        (e: { row: number; column: string }) => e.row === 4 && e.column === 'Kunta',
      ).message,
    ).toBe('Kommunen "Atlantis" är okänd.');
    // Nothing was written by the dry run.
    expect((await search(t, 'q=Hyvä%20Rivi')).total).toBe(0);
  });

  it('imports nothing when any row is wrong', async () => {
    const csv = 'Nimi;Kunta\nKaikki tai ei mitään Oy;091\nRikkinäinen Oy;Ei kunta\n';
    const res = await upload(withMapping('import', { name: 0, municipality: 1 }), csv);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'import_invalid',
      details: { report: { errorCount: 1 } },
    });
    expect((await search(t, 'q=Kaikki%20tai%20ei')).total).toBe(0);
  });

  it('says which required column is not chosen', async () => {
    const res = await upload(withMapping('import/dry-run', { municipality: 1 }), finnishExcel);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.problems).toEqual([{ code: 'missing_columns', value: 'name' }]);
    const outside = await upload(withMapping('import/dry-run', { name: 9 }), finnishExcel);
    expect(outside.json().error.details.problems[0].code).toBe('unknown_column');
  });

  it('creates new ones, updates those matched by business ID, streams progress, keeps text as text', async () => {
    const existing = await createOrg(t, coordinator.cookie, {
      name: 'Päivitettävä Osuuskunta',
      businessId: '0737546-2',
      website: 'https://paivitettava.example',
    });
    const csv = `Nimi;Y-tunnus;Yritysmuoto;Kunta;Teemat;Kuvaus
Päivitetty Osuuskunta;0737546-2;osk;Turku;ympäristö;Uusi kuvaus
Importoitu Uusi Oy;;Osakeyhtiö;Åbo;culture, education;=HYPERLINK("http://evil.example")
`;
    const dry = await upload(withMapping('import/dry-run', mapping), csv);
    expect(dry.json().errors).toEqual([]);
    expect(dry.json()).toMatchObject({ create: 1, update: 1, errorCount: 0 });
    expect(dry.json().preview).toEqual([
      expect.objectContaining({ row: 2, action: 'update', existingId: existing.id }),
      expect.objectContaining({ row: 3, action: 'create', existingId: null }),
    ]);
    const res = await upload(withMapping('import', mapping), csv);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/application\/x-ndjson/);
    const lines = res.body
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.at(-1)).toEqual({ state: 'done', created: 1, updated: 1, total: 2 });
    expect(lines[0]).toEqual({ state: 'running', processed: 1, total: 2 });

    const updated = (await t.app.inject({ url: `/api/v1/organisations/${existing.id}` })).json();
    expect(updated).toMatchObject({
      name: 'Päivitetty Osuuskunta',
      themes: ['environment'],
      municipality: { code: '853' },
      // Columns not in the file stay as they were.
      website: 'https://paivitettava.example',
    });
    const history = (
      await t.app.inject({ url: `/api/v1/organisations/${existing.id}/history` })
    ).json();
    expect(history.items[0]).toMatchObject({ action: 'import' });
    const created = await search(t, 'q=Importoitu%20Uusi');
    expect(created.items[0]).toMatchObject({ legalForm: '16', municipality: { code: '853' } });
    const detail = (
      await t.app.inject({ url: `/api/v1/organisations/${created.items[0].id}` })
    ).json();
    expect(detail.description.fi).toBe('=HYPERLINK("http://evil.example")');
    expect(detail.themes).toEqual(['culture', 'education']);
  });

  it('takes 10 000 rows in one go', async () => {
    const lines = ['Nimi;Kunta;Kuvaus'];
    for (let i = 0; i < 10_000; i++)
      lines.push(`Massatuonti ${i} ry;${i % 2 ? '091' : 'Oulu'};Rivi ${i}`);
    const csv = lines.join('\n');
    const res = await upload(
      withMapping('import', { name: 0, municipality: 1, descriptionFi: 2 }),
      csv,
    );
    expect(res.statusCode).toBe(200);
    const progress = res.body
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(progress.filter((p) => p.state === 'running').length).toBe(10);
    expect(progress.at(-1)).toEqual({ state: 'done', created: 10_000, updated: 0, total: 10_000 });
    expect((await search(t, 'q=Massatuonti&facets=false')).total).toBe(10_000);
  }, 120_000);

  it('is for coordinators only', async () => {
    const member = await signUp(t);
    const res = await upload('import/preview', finnishExcel, 'text/csv', member.cookie);
    expect(res.statusCode).toBe(403);
  });
});
