import { PassThrough, pipeline, Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import type { Lang } from '../../common/languages.js';
import { helsinkiDate, localDate } from './dates.js';

/**
 * For programs: `csv` (UTF-8, comma or semicolon, column keys as headings, codes) and `json`. For
 * people: `xlsx` and `excel-csv` (semicolons, byte order mark and CRLF, as Excel in Finland reads
 * CSV), with headings in the reader's language, names instead of codes and dates as people write them.
 */
export const exportFormats = ['csv', 'xlsx', 'json', 'excel-csv'] as const;
export type ExportFormat = (typeof exportFormats)[number];
export const peopleFormats: readonly ExportFormat[] = ['xlsx', 'excel-csv'];

export const exportContentTypes: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  'excel-csv': 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json; charset=utf-8',
};

/** The file's extension by format. */
export const exportExtension = (format: ExportFormat) =>
  format === 'xlsx' ? 'xlsx' : format === 'json' ? 'json' : 'csv';

/**
 * A cell that a spreadsheet would run as a formula gets a leading apostrophe, as OWASP advises
 * against CSV injection: one that starts with =, @, tab or carriage return, or with + or - and
 * then anything but a number's characters. A phone number such as +358 40 123 4567 or a negative
 * number has no name, reference or call a spreadsheet could run, and is left as it is. A cell
 * that already starts with apostrophes before such a sign gets one more, so that an import
 * (`unguard` in server/import/cells.ts) takes away exactly the one added here.
 */
export function neutraliseFormula(value: string): string {
  const rest = value.replace(/^'+/, '');
  const formula =
    /^[=@\t\r]/.test(rest) || (/^[+-]/.test(rest) && !/^[+-][\d\s().,+-]*$/.test(rest));
  return formula || (rest !== value && /^[+-]/.test(rest)) ? `'${value}` : value;
}

type Cell = string | number | null;
type PeopleCell = string | number | Date | null;

/** One export: its rows, how programs and people see each, and the columns of both. */
export interface ExportTable<R> {
  rows: AsyncIterable<R>;
  /** Column keys of csv and json, in order (json objects use the same keys). */
  columns: readonly string[];
  record: (row: R) => Record<string, Cell>;
  /** Columns of xlsx and excel-csv with headings in the reader's language. */
  peopleColumns: readonly { key: string; header: string; wide?: boolean }[];
  peopleRecord: (row: R) => Record<string, PeopleCell>;
  /** Date columns of the people's record: the day in Finland, in the reader's way of writing it. */
  dateColumns: readonly string[];
}

async function* mapRows<R, T>(rows: AsyncIterable<R>, f: (r: R) => T) {
  for await (const r of rows) yield f(r);
}

const guardStrings = (record: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(record).map(([k, v]) => [k, typeof v === 'string' ? neutraliseFormula(v) : v]),
  );

/** Streams the export in the format asked for; the caller sets the headers. */
export function exportStream<R>(
  table: ExportTable<R>,
  format: ExportFormat,
  lang: Lang,
  delimiter: ',' | ';',
): Readable {
  if (format === 'json') {
    return Readable.from(
      (async function* () {
        yield '{"items":[';
        let first = true;
        for await (const r of table.rows) {
          yield `${first ? '' : ','}\n${JSON.stringify(table.record(r))}`;
          first = false;
        }
        yield '\n]}\n';
      })(),
    );
  }
  if (format === 'csv') {
    const csv = stringify({
      header: true,
      columns: [...table.columns],
      delimiter,
      bom: true,
      cast: { string: neutraliseFormula },
    });
    pipeline(Readable.from(mapRows(table.rows, table.record)), csv, () => {});
    return csv;
  }
  const people = mapRows(table.rows, table.peopleRecord);
  if (format === 'excel-csv') {
    const csv = stringify({
      header: true,
      columns: table.peopleColumns.map(({ key, header }) => ({ key, header })),
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
  sheet.columns = table.peopleColumns.map(({ key, header, wide }) => ({
    header,
    key,
    width: wide ? 50 : 22,
  }));
  sheet.getRow(1).font = { bold: true };
  (async () => {
    for await (const r of people) {
      // Strings are written as text cells, which spreadsheets never evaluate; the apostrophe rule
      // is applied anyway so that a sheet saved again as CSV stays safe. A date is the day in
      // Finland, written as that day's midnight (a spreadsheet date has no time zone).
      const cells = guardStrings(r);
      for (const key of table.dateColumns) {
        const value = r[key];
        if (value instanceof Date) cells[key] = new Date(`${helsinkiDate(value)}T00:00:00Z`);
      }
      const row = sheet.addRow(cells);
      for (const key of table.dateColumns) row.getCell(key).numFmt = dateFormat;
      row.commit();
    }
    sheet.commit();
    await workbook.commit();
  })().catch((err) => out.destroy(err as Error));
  return out;
}

/**
 * The file's name: for people in their language with the day in Finland
 * (`kudos-organisaatiot-2026-12-02.csv`), for programs in English (`kudos-organisations-….json`).
 */
export function exportFileName(
  format: ExportFormat,
  lang: Lang,
  words: { machine: string; people: Record<Lang, string> },
  day: string,
): string {
  return peopleFormats.includes(format)
    ? `kudos-${words.people[lang]}-${day}.${exportExtension(format)}`
    : `kudos-${words.machine}-${day}.${format}`;
}

/** Answers with an export as a download that no cache keeps. */
export function sendExport(
  reply: FastifyReply,
  format: ExportFormat,
  fileName: string,
  stream: Readable,
) {
  reply
    .type(exportContentTypes[format])
    .header('content-disposition', `attachment; filename="${fileName}"`)
    .header('cache-control', 'no-store');
  return reply.send(stream);
}
