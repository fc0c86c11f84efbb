import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { businessIdFrom } from '../../synthetic.js';
import { csrf, signUp } from '../../test/accounts.js';
import { buildTestApp, type TestApp } from '../../test/app.js';
import { createOrg } from '../../test/organisations.js';

let t: TestApp;
let coordinator: { cookie: string };
/** Business IDs of published organisations: the applicant and a co-implementer. */
let applicant: { id: string; businessId: string };
let coImplementer: { id: string; businessId: string };

const businessId = businessIdFrom;

beforeAll(async () => {
  t = await buildTestApp();
  coordinator = await signUp(t, { role: 'coordinator' });
  const a = businessId(2_345_670);
  const b = businessId(3_456_780);
  applicant = {
    id: (await createOrg(t, coordinator.cookie, { name: 'Hakija Osuuskunta', businessId: a })).id,
    businessId: a,
  };
  coImplementer = {
    id: (await createOrg(t, coordinator.cookie, { name: 'Osatoteuttaja ry', businessId: b })).id,
    businessId: b,
  };
});
afterAll(() => t.close());

const upload = (
  path: string,
  body: Buffer | string,
  { cookie = coordinator.cookie, type = 'text/csv', lang = 'fi' } = {},
) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/projects/${path}`,
    headers: { ...csrf, cookie, 'content-type': type, 'accept-language': lang },
    payload: body,
  });

const query = (mapping: object, extra = '') =>
  `?mapping=${encodeURIComponent(JSON.stringify(mapping))}${extra}`;

const heading =
  'Hankekoodi;Hankkeen nimi;Tiivistelmä;Rahasto;Toimintalinja;Erityistavoite;Vastuuviranomainen;Alkamispäivä;Päättymispäivä;Maakunta;Kokonaisbudjetti;Tuensaaja;Tuensaajan Y-tunnus;Osatoteuttajat;Osatoteuttajien Y-tunnukset';
const mapping = {
  euraCode: 0,
  title: 1,
  descriptionFi: 2,
  fundingProgramme: 3,
  priority: 4,
  specificObjective: 5,
  authority: 6,
  startDate: 7,
  endDate: 8,
  regions: 9,
  budget: 10,
  leadName: 11,
  leadBusinessId: 12,
  partnerNames: 13,
  partnerBusinessIds: 14,
};
const line = (cells: Record<string, string>) =>
  [
    cells.code ?? '',
    cells.title ?? 'Tuontihanke',
    cells.summary ?? 'Kehittää työllistymisen polkuja.',
    cells.fund ?? 'ESR+',
    cells.priority ?? '4 Osaava Suomi',
    cells.objective ?? '4.8 Aktiivinen osallisuus',
    cells.authority ?? 'Etelä-Savon ELY-keskus',
    cells.start ?? '1.1.2024',
    cells.end ?? '31.12.2026',
    cells.region ?? 'Etelä-Savo',
    cells.budget ?? '450 000,00',
    cells.lead ?? 'Hakija Osuuskunta',
    cells.leadId ?? applicant.businessId,
    cells.partners ?? '',
    cells.partnerIds ?? '',
  ].join(';');
const file = (...lines: string[]) => `\ufeff${[heading, ...lines].join('\r\n')}\r\n`;

const projectsOf = async (organisationId: string) =>
  (await t.app.inject({ url: `/api/v1/projects?partner=${organisationId}&pageSize=100` })).json();

describe('EURA project import', () => {
  it('suggests the mapping from the headings of EURA records, in Windows-1252 too', async () => {
    const text = file(line({ code: 'S30001', title: 'Säätiön – ”kokeilu”' }));
    const res = await upload('import/preview', iconv.encode(text.slice(1), 'windows-1252'));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().encoding).toBe('windows-1252');
    expect(res.json().suggestedMapping).toEqual(mapping);
    expect(res.json().sample[0][1]).toBe('Säätiön – ”kokeilu”');
  });

  it('dry run: partners found by business ID, the missing ones reported, nothing written', async () => {
    const missing = businessId(4_567_890);
    const text = file(
      line({ code: 'S30010', partners: 'Osatoteuttaja ry', partnerIds: coImplementer.businessId }),
      line({ code: 'S30011', partners: 'Puuttuva oy', partnerIds: missing }),
    );
    const res = await upload(`import/dry-run${query(mapping)}`, text);
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json();
    expect(report).toMatchObject({ rows: 2, create: 1, update: 0, errorCount: 1, propose: 0 });
    expect(report.errors[0]).toMatchObject({
      row: 3,
      field: 'partnerBusinessIds',
      column: 'Osatoteuttajien Y-tunnukset',
      code: 'partner_not_found',
    });
    expect(report.errors[0].message).toContain(missing);
    expect(report.missingPartners).toEqual([
      { businessId: missing, name: 'Puuttuva oy', rows: [3] },
    ]);
    // The run refuses it as a whole: not even the good row is written.
    const run = await upload(`import${query(mapping)}`, text);
    expect(run.statusCode).toBe(400);
    expect(run.json().error.code).toBe('import_invalid');
    expect(run.json().error.details.report.errorCount).toBe(1);
    expect((await projectsOf(applicant.id)).total).toBe(0);
  });

  it('imports all rows, proposes the missing partners when asked, and a second run changes nothing', async () => {
    const missing = businessId(5_678_900);
    const text = file(
      line({
        code: 'S30020',
        title: 'Polkuja töihin',
        partners: 'Osatoteuttaja ry',
        partnerIds: coImplementer.businessId,
      }),
      line({
        code: 'S30021',
        title: 'Kylien kierrätys',
        fund: 'EAKR',
        region: 'Uusimaa, Päijät-Häme',
        start: '2027-03-01',
        end: '2029-02-28',
        partners: 'Uusi Yhteisö ry',
        partnerIds: missing,
      }),
    );
    const dry = await upload(`import/dry-run${query(mapping, '&missingPartners=propose')}`, text);
    expect(dry.json()).toMatchObject({ create: 2, errorCount: 0, propose: 1 });
    expect(dry.json().notices.map((n: { code: string }) => n.code)).toContain('partner_proposed');

    const run = await upload(`import${query(mapping, '&missingPartners=propose')}`, text);
    expect(run.statusCode, run.body).toBe(200);
    const lines = run.body
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.at(-1)).toEqual({ state: 'done', created: 2, updated: 0, unchanged: 0, total: 2 });

    // Published, on the partners' pages and in the region's search.
    const ofApplicant = await projectsOf(applicant.id);
    expect(ofApplicant.items.map((p: { title: { fi: string } }) => p.title.fi).sort()).toEqual([
      'Kylien kierrätys',
      'Polkuja töihin',
    ]);
    expect((await projectsOf(coImplementer.id)).total).toBe(1);
    const inUusimaa = await t.app.inject({ url: '/api/v1/projects?region=01&q=kierrätys' });
    expect(inUusimaa.json().total).toBe(1);
    const recycled = ofApplicant.items.find(
      (p: { title: { fi: string } }) => p.title.fi === 'Kylien kierrätys',
    );
    const detail = (await t.app.inject({ url: `/api/v1/projects/${recycled.id}` })).json();
    expect(detail).toMatchObject({
      status: 'planned',
      fundingProgramme: 'erdf',
      startDate: '2027-03-01',
      budget: 450000,
      eura: {
        code: 'S30021',
        priority: '4 Osaava Suomi',
        specificObjective: '4.8 Aktiivinen osallisuus',
      },
    });
    // The proposed partner waits in the moderation queue and is not shown to readers meanwhile.
    expect(detail.partners.map((p: { role: string }) => p.role)).toEqual(['lead']);
    const queue = await t.app.inject({
      url: '/api/v1/moderation/requests',
      headers: { cookie: coordinator.cookie },
    });
    const proposal = queue
      .json()
      .items.find(
        (r: { organisation: { name: string } }) => r.organisation.name === 'Uusi Yhteisö ry',
      );
    expect(proposal).toBeDefined();
    // The lead's editor may still change the project while the partner waits.
    const patched = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/projects/${recycled.id}`,
      headers: { ...csrf, cookie: coordinator.cookie },
      payload: { version: detail.version, website: 'https://kierratys.example.fi' },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    // Approved, it shows as the project's co-implementer.
    const approved = await t.app.inject({
      method: 'POST',
      url: `/api/v1/moderation/requests/${proposal.id}`,
      headers: { ...csrf, cookie: coordinator.cookie },
      payload: { decision: 'approve' },
    });
    expect(approved.statusCode, approved.body).toBe(200);
    const after = (await t.app.inject({ url: `/api/v1/projects/${recycled.id}` })).json();
    expect(after.partners.map((p: { role: string }) => p.role)).toEqual(['lead', 'co_implementer']);

    // The same file again: every row matched by its code, nothing to change (the website edit of
    // Kudos is not in the file, so it stays).
    const again = await upload(`import/dry-run${query(mapping, '&missingPartners=propose')}`, text);
    expect(again.json()).toMatchObject({
      create: 0,
      update: 0,
      unchanged: 2,
      errorCount: 0,
      propose: 0,
    });
    // A changed title updates that project only, with an import revision.
    const changed = text.replace('Polkuja töihin', 'Polkuja työelämään');
    const update = await upload(`import${query(mapping)}`, changed);
    expect(update.body.trim().split('\n').at(-1)).toBe(
      JSON.stringify({ state: 'done', created: 0, updated: 1, unchanged: 1, total: 1 }),
    );
    const path = ofApplicant.items.find(
      (p: { title: { fi: string } }) => p.title.fi === 'Polkuja töihin',
    );
    const history = (await t.app.inject({ url: `/api/v1/projects/${path.id}/history` })).json();
    expect(history.items[0]).toMatchObject({ action: 'import' });
  });

  it('reports each faulty cell once, saying what would be valid', async () => {
    const text = file(
      line({ code: 'S30030', start: '31.2.2025' }),
      line({ code: 'S30031', start: '1.1.2026', end: '1.1.2025' }),
      line({ code: 'S30032', budget: '-5' }),
      line({ code: 'S30033', fund: 'Rahapuu' }),
      line({ code: 'S30034', region: 'Atlantis' }),
      line({ code: 'S30035', leadId: '1234567-8' }),
      line({ code: 'S30038' }),
      line({ code: 'S30038' }),
      line({ code: 'S30036', title: '' }),
      line({ code: 'S30037', region: '' }),
    );
    const res = await upload(`import/dry-run${query(mapping)}`, text, { lang: 'en' });
    expect(res.statusCode, res.body).toBe(200);
    const errors = res.json().errors as {
      row: number;
      field: string;
      code: string;
      message: string;
    }[];
    expect(errors.map((e) => [e.row, e.field, e.code])).toEqual([
      [2, 'startDate', 'invalid_date'],
      [3, 'endDate', 'date_range_invalid'],
      [4, 'budget', 'invalid_amount'],
      [5, 'fundingProgramme', 'unknown_value'],
      [6, 'regions', 'unknown_region'],
      [7, 'leadBusinessId', 'business_id_invalid'],
      [9, 'euraCode', 'duplicate_code_in_file'],
      [10, 'title', 'required'],
      [11, 'regions', 'project_region_required'],
    ]);
    expect(errors[3]?.message).toContain('ERDF');
    expect(errors[4]?.message).toContain('Nationwide');
    // Only the first of the two rows with one code would be imported, were the others right.
    expect(res.json().create).toBe(1);
  });

  it('reads an XLSX file with real dates, and "Koko maa" as national', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Hankkeet');
    sheet.addRow(heading.split(';'));
    sheet.addRow(
      line({ code: 'S30040', title: 'Valtakunnallinen verkosto', region: 'Koko maa' })
        .split(';')
        .map((v, i) => (i === 7 ? new Date(Date.UTC(2025, 4, 1)) : v)),
    );
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    const type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    const run = await upload(`import${query(mapping)}`, bytes, { type });
    expect(run.statusCode, run.body).toBe(200);
    const found = (await t.app.inject({ url: '/api/v1/projects?q=valtakunnallinen' })).json();
    expect(found.items[0]).toMatchObject({ national: true, startDate: '2025-05-01', regions: [] });
  });

  it('only coordinators of the regions import; others get 401/403 or an error per row', async () => {
    const text = file(line({ code: 'S30050', region: 'Lappi' }));
    const member = await signUp(t, {});
    expect(
      (await upload(`import/dry-run${query(mapping)}`, text, { cookie: member.cookie })).statusCode,
    ).toBe(403);
    expect((await upload(`import/dry-run${query(mapping)}`, text, { cookie: '' })).statusCode).toBe(
      401,
    );
    const regional = await signUp(t, { role: 'coordinator', regions: ['01'] });
    const res = await upload(`import/dry-run${query(mapping)}`, text, { cookie: regional.cookie });
    expect(res.json().errors[0]).toMatchObject({ row: 2, code: 'project_not_allowed' });
    // A mapping without the required columns, or pointing past the file, is refused as a whole.
    const noLead = await upload(`import/dry-run${query({ title: 1 })}`, text);
    expect(noLead.statusCode).toBe(400);
    expect(noLead.json().error.details.problems[0].code).toBe('missing_columns');
    const past = await upload(`import/dry-run${query({ ...mapping, website: 40 })}`, text);
    expect(past.json().error.details.problems[0].code).toBe('unknown_column');
  });
});
