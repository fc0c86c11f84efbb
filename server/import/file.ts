import { type Options, parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { limits } from '../../common/limits.js';
import type { ImportEncoding } from '../../common/schemas/import.js';
import { giveWay } from '../cooperative.js';
import { AppError } from '../errors.js';
import { type DecodedEncoding, decodeText } from './encoding.js';

export const importRowLimit = limits.importRows;
export const importBytesLimit = limits.importBytes;

export interface ParsedFile {
  format: 'csv' | 'xlsx';
  encoding: DecodedEncoding | null;
  delimiter: ',' | ';' | '\t' | null;
  header: string[];
  rows: string[][];
}

function fileProblem(code: string, params: Record<string, unknown> = {}): AppError {
  return new AppError('import_invalid', { problems: [{ code, ...params }] });
}

/** The delimiter that splits the header line into the most columns (Finnish Excel uses `;`). */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const candidates = [';', ',', '\t'] as const;
  let best: ',' | ';' | '\t' = ',';
  let most = 0;
  for (const d of candidates) {
    const n = firstLine.split(d).length - 1;
    if (n > most) {
      most = n;
      best = d;
    }
  }
  return best;
}

async function readXlsx(bytes: Buffer): Promise<string[][]> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw fileProblem('xlsx_invalid');
  }
  const sheet = book.worksheets[0];
  if (!sheet) throw fileProblem('empty');
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) {
      const cell = row.getCell(c);
      // A date cell is a day (at midnight UTC); its text would be JavaScript's long form.
      cells.push(
        cell.value instanceof Date ? cell.value.toISOString().slice(0, 10) : cell.text.trim(),
      );
    }
    rows.push(cells);
  });
  return rows;
}

/**
 * Parses CSV text a piece at a time, giving way between pieces (a large file takes seconds), and
 * stops early at an error or once there are more rows than an import takes.
 */
async function parseCsv(text: string, options: Options, signal?: AbortSignal): Promise<string[][]> {
  const parser = parse(options);
  const records: string[][] = [];
  let failure: Error | undefined;
  parser.on('readable', () => {
    for (let r = parser.read(); r !== null; r = parser.read()) records.push(r as string[]);
  });
  // Kept, not thrown from the event: an error in the middle of the file is reported like one at
  // its end, never as an unhandled rejection.
  parser.on('error', (err) => {
    failure ??= err;
  });
  const piece = 64 * 1024;
  for (let i = 0; i < text.length && !failure; i += piece) {
    parser.write(text.slice(i, i + piece));
    await giveWay();
    signal?.throwIfAborted();
    // The header and one row too many are enough to say the file is too long.
    if (records.length > importRowLimit + 1) return records;
  }
  if (!failure) {
    await new Promise<void>((resolve) => {
      parser.once('end', resolve);
      parser.once('error', () => resolve());
      parser.end();
    });
  }
  if (failure) throw failure;
  return records;
}

/** Reads a CSV or XLSX file into a header and rows of trimmed text cells. */
export async function parseImportFile(
  bytes: Buffer,
  options: { encoding?: ImportEncoding | undefined; signal?: AbortSignal | undefined } = {},
): Promise<ParsedFile> {
  const { signal } = options;
  if (bytes.length === 0) throw fileProblem('empty');
  let all: string[][];
  let parsed: Omit<ParsedFile, 'header' | 'rows'>;
  if (bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
    all = await readXlsx(bytes);
    parsed = { format: 'xlsx', encoding: null, delimiter: null };
  } else {
    const { text, encoding } = decodeText(bytes, options.encoding);
    const delimiter = detectDelimiter(text);
    try {
      all = await parseCsv(
        text,
        {
          delimiter,
          relax_column_count: true,
          // Hand-made files have quotes inside unquoted cells (e.g. 12" or =F("x")).
          relax_quotes: true,
          skip_empty_lines: true,
          trim: true,
          bom: true,
        },
        signal,
      );
    } catch (err) {
      if (signal?.aborted) throw err;
      throw fileProblem('csv_invalid', {
        line: (err as { lines?: number }).lines ?? null,
      });
    }
    parsed = { format: 'csv', encoding, delimiter };
  }
  const [header, ...rows] = all.filter((r) => r.some((c) => c !== ''));
  if (!header || rows.length === 0) throw fileProblem('empty');
  if (rows.length > importRowLimit) throw fileProblem('too_many_rows', { limit: importRowLimit });
  return { ...parsed, header: header.map((h) => h.trim()), rows };
}

/** What a file holds, for the mapping step: its columns, a suggested mapping and the first rows. */
export async function previewFile<M>(
  bytes: Buffer,
  encoding: ImportEncoding,
  suggest: (header: string[], firstRow: string[]) => M,
) {
  const file = await parseImportFile(bytes, { encoding });
  return {
    format: file.format,
    encoding: file.encoding,
    delimiter: file.delimiter,
    columns: file.header,
    suggestedMapping: suggest(file.header, file.rows[0] ?? []),
    rowCount: file.rows.length,
    sample: file.rows.slice(0, 5),
  };
}
