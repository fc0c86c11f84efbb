import { PassThrough, pipeline, Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { Lang } from '../../../common/languages.js';
import { pickText } from '../../../common/languages.js';
import { vocabularyLabel } from '../../../common/organisations.js';
import { pagePath } from '../../../common/routes.js';
import type { OrganisationData } from '../../../common/schemas/organisations.js';
import type { Db } from '../../db/client.js';
import { rowsOf, sqlArray } from '../../db/sql.js';
import { type SearchOptions, searchIds } from './search.js';

/** Most rows one export gives (the whole registry at the scale planned for). */
export const exportLimit = 100_000;
const batchSize = 2000;

export const exportFormats = ['csv', 'xlsx', 'json'] as const;
export type ExportFormat = (typeof exportFormats)[number];

interface ExportRow {
  id: string;
  data: OrganisationData;
  family: string | null;
  municipality_name: { fi: string; sv?: string } | null;
  region_code: string | null;
  region_name: { fi: string; sv?: string; en?: string } | null;
  tol_section: string | null;
  meets: string[];
  recognitions: string[];
  confirmed_at: string | Date;
  updated_at: string | Date;
}

/** The columns of CSV and XLSX exports, in order; JSON uses the same keys. */
export const exportColumns = [
  'id',
  'url',
  'name',
  'nameSv',
  'nameEn',
  'businessId',
  'legalForm',
  'legalFormName',
  'family',
  'actorTypes',
  'municipality',
  'municipalityName',
  'region',
  'regionName',
  'postalCode',
  'streetAddress',
  'website',
  'email',
  'phone',
  'descriptionFi',
  'descriptionSv',
  'descriptionEn',
  'industryCode',
  'industrySection',
  'icnpSection',
  'themes',
  'sdgGoals',
  'targetGroups',
  'foundedYear',
  'status',
  'meets',
  'recognitions',
  'confirmedAt',
  'updatedAt',
] as const;
type ExportRecord = Record<(typeof exportColumns)[number], string | number | null>;

function toRecord(r: ExportRow, lang: Lang, baseUrl: string): ExportRecord {
  const d = r.data;
  const list = (v: (string | number)[]) => v.join(';');
  const place = (n: { fi: string; sv?: string; en?: string } | null) =>
    n ? pickText(n, lang).text : null;
  return {
    id: r.id,
    url: `${baseUrl}${pagePath('organisation', lang, { id: r.id })}`,
    name: d.name,
    nameSv: d.nameSv,
    nameEn: d.nameEn,
    businessId: d.businessId,
    legalForm: d.legalForm,
    legalFormName: d.legalForm ? vocabularyLabel('legalForms', d.legalForm, lang) : null,
    family: r.family,
    actorTypes: list(d.actorTypes),
    municipality: d.municipality,
    municipalityName: place(r.municipality_name),
    region: r.region_code,
    regionName: place(r.region_name),
    postalCode: d.postalCode,
    streetAddress: d.streetAddress,
    website: d.website,
    email: d.email,
    phone: d.phone,
    descriptionFi: d.description.fi ?? null,
    descriptionSv: d.description.sv ?? null,
    descriptionEn: d.description.en ?? null,
    industryCode: d.industry?.code ?? null,
    industrySection: r.tol_section,
    icnpSection: d.icnpSection,
    themes: list(d.themes),
    sdgGoals: list(d.sdgGoals),
    targetGroups: list(d.targetGroups),
    foundedYear: d.foundedYear,
    status: d.status,
    meets: list(r.meets),
    recognitions: list(r.recognitions),
    confirmedAt: new Date(r.confirmed_at).toISOString(),
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}

/**
 * A cell that a spreadsheet would read as a formula (=, +, -, @, tab, carriage return at the
 * start) gets a leading apostrophe, as OWASP advises against CSV injection; the text stays readable.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The matching organisations, batch by batch, in the search's order. */
async function* exportRows(db: Db, q: SearchOptions, lang: Lang, baseUrl: string) {
  const { ids } = await searchIds(db, q, exportLimit);
  for (let offset = 0; offset < ids.length; offset += batchSize) {
    const batch = ids.slice(offset, offset + batchSize);
    const result = await db.execute(sql`
      select o.id, o.data, o.family, m.name as municipality_name, o.region_code, g.name as region_name,
             o.tol_section, o.meets, o.recognitions, o.confirmed_at, o.updated_at
      from unnest(${sqlArray(batch, 'uuid')}) with ordinality as x(id, n)
      join organisation o on o.id = x.id and o.state = 'published'
      left join municipality m on m.code = o.municipality_code
      left join region g on g.code = o.region_code
      order by x.n`);
    for (const row of rowsOf<ExportRow>(result)) yield toRecord(row, lang, baseUrl);
  }
}

/** Streams the export in the format asked for; the caller sets the headers. */
export function exportStream(
  db: Db,
  q: SearchOptions,
  format: ExportFormat,
  lang: Lang,
  baseUrl: string,
  delimiter: ',' | ';',
): Readable {
  const rows = exportRows(db, q, lang, baseUrl);
  if (format === 'json') {
    return Readable.from(
      (async function* () {
        yield '{"items":[';
        let first = true;
        for await (const r of rows) {
          yield `${first ? '' : ','}\n${JSON.stringify(r)}`;
          first = false;
        }
        yield '\n]}\n';
      })(),
    );
  }
  if (format === 'csv') {
    const csv = stringify({
      header: true,
      columns: [...exportColumns],
      delimiter,
      bom: true,
      cast: { string: neutraliseFormula },
    });
    pipeline(Readable.from(rows), csv, () => {});
    return csv;
  }
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false });
  const sheet = workbook.addWorksheet('Kudos');
  sheet.columns = exportColumns.map((key) => ({ header: key, key, width: 20 }));
  (async () => {
    for await (const r of rows) {
      // Strings are written as text cells, which spreadsheets never evaluate; the apostrophe rule
      // is applied anyway so that a sheet saved again as CSV stays safe.
      const cells = Object.fromEntries(
        Object.entries(r).map(([k, v]) => [k, typeof v === 'string' ? neutraliseFormula(v) : v]),
      );
      sheet.addRow(cells).commit();
    }
    sheet.commit();
    await workbook.commit();
  })().catch((err) => out.destroy(err as Error));
  return out;
}
