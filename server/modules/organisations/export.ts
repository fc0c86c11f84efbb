import { PassThrough, pipeline, Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { Lang } from '../../../common/languages.js';
import { pickText } from '../../../common/languages.js';
import { type VocabularyName, vocabularyLabel } from '../../../common/organisations.js';
import { pagePath } from '../../../common/routes.js';
import type { OrganisationData } from '../../../common/schemas/organisations.js';
import type { Db } from '../../db/client.js';
import { rowsOf, sqlArray } from '../../db/sql.js';
import {
  helsinkiDate,
  localDate,
  type PeopleColumn,
  peopleColumns,
  peopleHeading,
  statusLabels,
} from './export-columns.js';
import { type SearchOptions, searchIds } from './search.js';

/** Most rows one export gives (the whole registry at the scale planned for). */
export const exportLimit = 100_000;
const batchSize = 2000;

/**
 * For programs: `csv` (UTF-8, comma or semicolon, the columns below) and `json`. For people:
 * `xlsx` and `excel-csv` (semicolons, byte order mark and CRLF, as Excel in Finland reads CSV),
 * with headings in the reader's language, names instead of codes and dates as people write them.
 */
export const exportFormats = ['csv', 'xlsx', 'json', 'excel-csv'] as const;
export type ExportFormat = (typeof exportFormats)[number];
export const peopleFormats: readonly ExportFormat[] = ['xlsx', 'excel-csv'];

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
 * A cell that a spreadsheet would run as a formula gets a leading apostrophe, as OWASP advises
 * against CSV injection: one that starts with =, @, tab or carriage return, or with + or - and
 * then anything but a number's characters. A phone number such as +358 40 123 4567 or a negative
 * number has no name, reference or call a spreadsheet could run, and is left as it is. A cell
 * that already starts with apostrophes before such a sign gets one more, so that the import
 * (`unguard` in import-rows.ts) takes away exactly the one added here.
 */
export function neutraliseFormula(value: string): string {
  const rest = value.replace(/^'+/, '');
  const formula =
    /^[=@\t\r]/.test(rest) || (/^[+-]/.test(rest) && !/^[+-][\d\s().,+-]*$/.test(rest));
  return formula || (rest !== value && /^[+-]/.test(rest)) ? `'${value}` : value;
}

type PeopleRecord = Record<PeopleColumn, string | number | Date | null>;

/** The same organisation for people: names in the reader's language, dates of Finland. */
function toPeopleRecord(r: ExportRow, lang: Lang, baseUrl: string): PeopleRecord {
  const d = r.data;
  const names = (name: VocabularyName, codes: string[]) =>
    codes.map((c) => vocabularyLabel(name, c, lang)).join('; ');
  const place = (n: { fi: string; sv?: string; en?: string } | null) =>
    n ? pickText(n, lang).text : null;
  return {
    name: d.name,
    nameSv: d.nameSv,
    nameEn: d.nameEn,
    businessId: d.businessId,
    legalForm: d.legalForm ? vocabularyLabel('legalForms', d.legalForm, lang) : null,
    actorTypes: names('actorTypes', d.actorTypes),
    municipality: place(r.municipality_name),
    region: place(r.region_name),
    postalCode: d.postalCode,
    streetAddress: d.streetAddress,
    website: d.website,
    email: d.email,
    phone: d.phone,
    descriptionFi: d.description.fi ?? null,
    descriptionSv: d.description.sv ?? null,
    descriptionEn: d.description.en ?? null,
    industryCode: d.industry?.code ?? null,
    icnpSection: d.icnpSection ? vocabularyLabel('icnpSections', d.icnpSection, lang) : null,
    themes: names('themes', d.themes),
    sdgGoals: d.sdgGoals.join('; '),
    targetGroups: names('targetGroups', d.targetGroups),
    foundedYear: d.foundedYear,
    status: statusLabels[d.status][lang],
    recognitions: names('recognitions', r.recognitions),
    confirmedAt: new Date(r.confirmed_at),
    updatedAt: new Date(r.updated_at),
    page: `${baseUrl}${pagePath('organisation', lang, { id: r.id })}`,
    id: r.id,
  };
}

/** The matching organisations, batch by batch, in the search's order. */
async function* exportRows(db: Db, q: SearchOptions) {
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
    yield* rowsOf<ExportRow>(result);
  }
}

const guardStrings = (record: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(record).map(([k, v]) => [k, typeof v === 'string' ? neutraliseFormula(v) : v]),
  );

async function* mapRows<T>(rows: AsyncIterable<ExportRow>, f: (r: ExportRow) => T) {
  for await (const r of rows) yield f(r);
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
  const rows = exportRows(db, q);
  if (format === 'json') {
    return Readable.from(
      (async function* () {
        yield '{"items":[';
        let first = true;
        for await (const r of rows) {
          yield `${first ? '' : ','}\n${JSON.stringify(toRecord(r, lang, baseUrl))}`;
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
    pipeline(Readable.from(mapRows(rows, (r) => toRecord(r, lang, baseUrl))), csv, () => {});
    return csv;
  }
  const people = mapRows(rows, (r) => toPeopleRecord(r, lang, baseUrl));
  if (format === 'excel-csv') {
    const csv = stringify({
      header: true,
      columns: peopleColumns.map((key) => ({ key, header: peopleHeading(key, lang) })),
      delimiter: ';',
      record_delimiter: 'windows',
      bom: true,
      cast: { string: neutraliseFormula, date: (d) => localDate(d, lang) },
    });
    pipeline(Readable.from(people), csv, () => {});
    return csv;
  }
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useSharedStrings: false,
    // Without styles the dates would show as serial numbers and the headings as plain text.
    useStyles: true,
  });
  const sheet = workbook.addWorksheet('Kudos', { views: [{ state: 'frozen', ySplit: 1 }] });
  const dateFormat = lang === 'en' ? 'd mmm yyyy' : 'd.m.yyyy';
  sheet.columns = peopleColumns.map((key) => ({
    header: peopleHeading(key, lang),
    key,
    width: key.startsWith('description') ? 50 : 22,
  }));
  sheet.getRow(1).font = { bold: true };
  (async () => {
    for await (const r of people) {
      // Strings are written as text cells, which spreadsheets never evaluate; the apostrophe rule
      // is applied anyway so that a sheet saved again as CSV stays safe. A date is the day in
      // Finland, written as that day's midnight (a spreadsheet date has no time zone).
      const cells = guardStrings(r);
      for (const key of ['confirmedAt', 'updatedAt'] as const) {
        cells[key] = new Date(`${helsinkiDate(r[key] as Date)}T00:00:00Z`);
      }
      const row = sheet.addRow(cells);
      for (const key of ['confirmedAt', 'updatedAt']) row.getCell(key).numFmt = dateFormat;
      row.commit();
    }
    sheet.commit();
    await workbook.commit();
  })().catch((err) => out.destroy(err as Error));
  return out;
}
