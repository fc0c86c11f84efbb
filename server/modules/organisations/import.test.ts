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

  it('reads €, dashes, curly quotes and … of Windows-1252, and ISO-8859-15 when asked or evident', async () => {
    // "Nimi;Kuvaus" / "Kahvila “Kuppi”;Kahvi 2 € – pulla …" as Excel on Windows saves it.
    const cp1252 = Buffer.concat([
      Buffer.from('Nimi;Kuvaus\r\nKahvila ', 'latin1'),
      Buffer.from([0x93]),
      Buffer.from('Kuppi', 'latin1'),
      Buffer.from([0x94]),
      Buffer.from(';Kahvi 2 ', 'latin1'),
      Buffer.from([0x80, 0x20, 0x96]),
      Buffer.from(' pulla ', 'latin1'),
      Buffer.from([0x85, 0x0d, 0x0a]),
    ]);
    const res = await upload('import/preview', cp1252, 'application/vnd.ms-excel');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ encoding: 'windows-1252', delimiter: ';' });
    expect(res.json().sample[0]).toEqual(['Kahvila “Kuppi”', 'Kahvi 2 € – pulla …']);

    // From an old Unix system: 0xA4 is € in ISO-8859-15 (¤ in Windows-1252), 0xA6 is Š.
    const latin9 = Buffer.concat([
      Buffer.from('Nimi;Kuvaus\nKahvila;Kahvi 2 ', 'latin1'),
      Buffer.from([0xa4, 0x3b, 0xa6]),
      Buffer.from('ostakovit', 'latin1'),
      Buffer.from([0xa8, 0x0a]),
    ]);
    const guessed = (await upload('import/preview', latin9)).json();
    expect(guessed).toMatchObject({ encoding: 'iso-8859-15' });
    expect(guessed.sample[0]).toEqual(['Kahvila', 'Kahvi 2 €', 'Šostakovitš']);
    const chosen = (await upload('import/preview?encoding=windows-1252', latin9)).json();
    expect(chosen).toMatchObject({ encoding: 'windows-1252' });
    expect(chosen.sample[0]).toEqual(['Kahvila', 'Kahvi 2 ¤', '¦ostakovit¨']);
    const dry = await upload(
      `${withMapping('import/dry-run', { name: 0, descriptionFi: 1 })}&encoding=iso-8859-15`,
      latin9,
    );
    expect(dry.json()).toMatchObject({ create: 1, errorCount: 0 });
  });

  it('refuses a byte that is no character in Windows-1252, saying where', async () => {
    const file = Buffer.concat([Buffer.from('Nimi\r\nOk\r\nRikki '), Buffer.from([0x81, 0xe4])]);
    const res = await upload('import/preview', file);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.problems).toEqual([
      { code: 'encoding_undefined_byte', encoding: 'windows-1252', byte: '0x81', line: 3 },
    ]);
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
    ).toBe(
      'Kommunen "Atlantis" är okänd. Ange kommunens namn på svenska eller finska eller kommunnumret, till exempel Helsingfors eller 091.',
    );
    // Nothing was written by the dry run.
    expect((await search(t, 'q=Hyvä%20Rivi')).total).toBe(0);
  });

  it('reports each faulty cell once, saying what would be valid', async () => {
    const csv = `Nimi;Verkkosivut;Teemat;Perustamisvuosi;Puhelin
Virherivi Oy;ei osoite;lentäminen, kulttuuri, uinti;vuonna 1990;+358 40 abc
`;
    const res = await upload(
      withMapping('import/dry-run', { name: 0, website: 1, themes: 2, foundedYear: 3, phone: 4 }),
      csv,
    );
    const report = res.json();
    expect(report.errorCount).toBe(4);
    expect(
      report.errors.map((e: { column: string; message: string }) => `${e.column}: ${e.message}`),
    ).toEqual([
      'Verkkosivut: Verkkosivujen osoite "ei osoite" ei kelpaa. Anna osoite muodossa https://www.esimerkki.fi.',
      expect.stringMatching(
        /^Teemat: Arvoa "lentäminen", "uinti" ei tunneta\. Kelvollisia arvoja ovat: Työllistäminen; .*Kulttuuri/,
      ),
      'Perustamisvuosi: Perustamisvuosi "vuonna 1990" ei kelpaa. Anna vuosi neljällä numerolla väliltä 1800–2100.',
      expect.stringMatching(
        /^Puhelin: Puhelinnumero "\+358 40 abc" ei kelpaa\. .*\+358 40 123 4567\.$/,
      ),
    ]);
  });

  it('adds https:// to a web address written without it, and says so', async () => {
    const csv = 'Nimi;Verkkosivut\nOsoitteellinen Osuuskunta;www.osoitteellinen.example\n';
    const mapping = { name: 0, website: 1 };
    const dry = (await upload(withMapping('import/dry-run', mapping), csv)).json();
    expect(dry).toMatchObject({ create: 1, errorCount: 0 });
    expect(dry.notices).toEqual([
      {
        row: 2,
        column: 'Verkkosivut',
        field: 'website',
        code: 'website_completed',
        message:
          'Verkkosivujen osoitteen alkuun lisätään https://: www.osoitteellinen.example → https://www.osoitteellinen.example.',
      },
    ]);
    expect((await upload(withMapping('import', mapping), csv)).statusCode).toBe(200);
    const found = await search(t, 'q=Osoitteellinen');
    const detail = (
      await t.app.inject({ url: `/api/v1/organisations/${found.items[0].id}` })
    ).json();
    expect(detail.website).toBe('https://www.osoitteellinen.example');
  });

  it('takes a phone number back from an older export that guarded it with an apostrophe', async () => {
    const csv = "Nimi;Puhelin\nPuhelias Osuuskunta;'+358 40 123 4567\n";
    const res = await upload(withMapping('import', { name: 0, phone: 1 }), csv);
    expect(res.statusCode).toBe(200);
    const found = await search(t, 'q=Puhelias');
    const detail = (
      await t.app.inject({ url: `/api/v1/organisations/${found.items[0].id}` })
    ).json();
    expect(detail.phone).toBe('+358 40 123 4567');
  });

  it('updates the organisation a Kudos id names, and refuses an id that names none', async () => {
    const org = await createOrg(t, coordinator.cookie, { name: 'Tunnukseton Yhdistys ry' });
    const csv = `Kudos-tunniste;Nimi
${org.id};Tunnukseton Yhdistys ry (uusi nimi)
00000000-0000-4000-8000-000000000000;Olematon ry
oma-123;Oma numerointi ry
`;
    const preview = (await upload('import/preview', csv)).json();
    expect(preview.suggestedMapping).toEqual({ id: 0, name: 1 });
    const dry = (await upload(withMapping('import/dry-run', { id: 0, name: 1 }), csv)).json();
    expect(dry.errors.map((e: { row: number; code: string }) => `${e.row}:${e.code}`)).toEqual([
      '3:unknown_id',
      '4:unknown_id',
    ]);
    const ok = `Kudos-tunniste;Nimi\n${org.id};Tunnukseton Yhdistys ry (uusi nimi)\n`;
    const run = await upload(withMapping('import', { id: 0, name: 1 }), ok);
    expect(run.statusCode).toBe(200);
    const detail = (await t.app.inject({ url: `/api/v1/organisations/${org.id}` })).json();
    expect(detail.name).toBe('Tunnukseton Yhdistys ry (uusi nimi)');
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
    expect(lines.at(-1)).toEqual({
      state: 'done',
      created: 1,
      updated: 1,
      unchanged: 0,
      total: 2,
    });
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
    expect(progress.at(-1)).toEqual({
      state: 'done',
      created: 10_000,
      updated: 0,
      unchanged: 0,
      total: 10_000,
    });
    expect((await search(t, 'q=Massatuonti&facets=false')).total).toBe(10_000);
  }, 120_000);

  it('is for coordinators only', async () => {
    const member = await signUp(t);
    const res = await upload('import/preview', finnishExcel, 'text/csv', member.cookie);
    expect(res.statusCode).toBe(403);
  });
});
