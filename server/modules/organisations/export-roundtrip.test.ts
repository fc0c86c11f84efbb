import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/sql.js';
import { csrf, signUp } from '../../test/accounts.js';
import { buildTestApp, type TestApp } from '../../test/app.js';
import { createOrg } from '../../test/organisations.js';

/*
 * The invariant of export and import: a file exported from Kudos, in any format for a
 * spreadsheet and any language, goes back in through the suggested mapping and changes nothing.
 */
let t: TestApp;
let coordinator: { cookie: string };
beforeAll(async () => {
  t = await buildTestApp();
  coordinator = await signUp(t, { role: 'coordinator' });
  await createOrg(t, coordinator.cookie, {
    name: 'Kierrätys Osuuskunta Kaari',
    nameSv: 'Andelslaget Bågen',
    nameEn: 'Arc Co-operative',
    businessId: '2617416-4',
    legalForm: '14',
    actorTypes: ['social_economy_actor', 'company'],
    municipality: '091',
    postalCode: '00100',
    streetAddress: 'Mannerheimintie 1 A 2',
    website: 'https://www.kaari.example',
    email: 'info@kaari.example',
    phone: '+358 40 123 4567',
    description: {
      fi: 'Korjaamme ja myymme; hinta 5 € – “edullinen” …\nToinen rivi.',
      sv: 'Vi reparerar, säljer och lär ut.',
      en: 'We repair, sell and teach.',
    },
    industry: { version: 'TOL2008', code: '88991' },
    icnpSection: 'F',
    themes: ['circular_economy', 'employment'],
    sdgGoals: [8, 12],
    targetGroups: ['long_term_unemployed', 'immigrants'],
    foundedYear: 1999,
  });
  // No business ID: only the Kudos id tells it from a new one. Text a spreadsheet would run.
  await createOrg(t, coordinator.cookie, {
    name: 'Kaavayhdistys ry',
    legalForm: '6',
    actorTypes: ['association'],
    municipality: '853',
    description: { fi: '=HYPERLINK("http://evil.example","klikkaa")' },
    phone: '(02) 123 456',
  });
  await createOrg(t, coordinator.cookie, {
    name: "'+Heittomerkki Säätiö sr",
    legalForm: '18',
    municipality: '905',
    status: 'inactive',
    description: { sv: "'=Verksamhet i Vasa" },
    sdgGoals: [1],
  });
});
afterAll(() => t.close());

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function exported(format: string, lang: string, extra = '') {
  const res = await t.app.inject({
    url: `/api/v1/organisations/export?format=${format}&lang=${lang}${extra}`,
  });
  expect(res.statusCode).toBe(200);
  return res.rawPayload;
}

const upload = (url: string, body: Buffer, type: string) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/organisations/${url}`,
    headers: { ...csrf, cookie: coordinator.cookie, 'content-type': type },
    payload: body,
  });

/** Everything an import could change: each organisation's version and time, and the history. */
async function registry() {
  const orgs = rowsOf<{ id: string; version: number; updated_at: unknown; data: unknown }>(
    await t.database.db.execute(
      sql`select id, version, updated_at::text, data from organisation order by id`,
    ),
  );
  const revisions = rowsOf<{ n: number }>(
    await t.database.db.execute(sql`select count(*)::int as n from organisation_revision`),
  )[0]?.n;
  return { orgs, revisions };
}

const variants = [
  { format: 'csv', extra: '' },
  { format: 'csv', extra: '&delimiter=semicolon' },
  { format: 'excel-csv', extra: '' },
  { format: 'xlsx', extra: '' },
];

describe('export, then import the file again', () => {
  for (const { format, extra } of variants) {
    for (const lang of ['fi', 'sv', 'en']) {
      it(`changes nothing: ${format}${extra} in ${lang}`, async () => {
        const before = await registry();
        const file = await exported(format, lang, extra);
        const type = format === 'xlsx' ? xlsxType : 'text/csv';

        const preview = await upload('import/preview', file, type);
        expect(preview.statusCode).toBe(200);
        const { columns, suggestedMapping: mapping } = preview.json();
        // The website is the organisation's own address, not its page in Kudos.
        expect(columns[mapping.website]).toMatch(/^(website|Verkkosivut|Webbplats|Website)$/);
        expect(mapping).toMatchObject({ id: expect.any(Number), phone: expect.any(Number) });

        const query = `?mapping=${encodeURIComponent(JSON.stringify(mapping))}`;
        const dry = await upload(`import/dry-run${query}`, file, type);
        expect(dry.statusCode).toBe(200);
        expect(dry.json()).toMatchObject({
          rows: 3,
          create: 0,
          update: 0,
          unchanged: 3,
          errorCount: 0,
          errors: [],
          notices: [],
        });

        const run = await upload(`import${query}`, file, type);
        expect(run.statusCode).toBe(200);
        expect(JSON.parse(run.body.trim().split('\n').at(-1) ?? '')).toEqual({
          state: 'done',
          created: 0,
          updated: 0,
          unchanged: 3,
          total: 0,
        });
        expect(await registry()).toEqual(before);
      });
    }
  }

  it('still updates what was changed in the file, and only that', async () => {
    const file = (await exported('excel-csv', 'fi')).toString('utf8');
    const changed = Buffer.from(file.replace('+358 40 123 4567', '+358 50 765 4321'));
    const preview = (await upload('import/preview', changed, 'text/csv')).json();
    const query = `?mapping=${encodeURIComponent(JSON.stringify(preview.suggestedMapping))}`;
    const dry = (await upload(`import/dry-run${query}`, changed, 'text/csv')).json();
    expect(dry).toMatchObject({ create: 0, update: 1, unchanged: 2, errorCount: 0 });
  });
});
