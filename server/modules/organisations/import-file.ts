import { type Options, parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { limits } from '../../../common/limits.js';
import { giveWay } from '../../cooperative.js';
import { AppError } from '../../errors.js';

export const importRowLimit = limits.importRows;
export const importBytesLimit = limits.importBytes;

export interface ParsedFile {
  format: 'csv' | 'xlsx';
  encoding: 'utf-8' | 'utf-16le' | 'windows-1252' | null;
  delimiter: ',' | ';' | '\t' | null;
  header: string[];
  rows: string[][];
}

function fileProblem(code: string, params: Record<string, unknown> = {}): AppError {
  return new AppError('import_invalid', { problems: [{ code, ...params }] });
}

/**
 * Text of a CSV file as people save it: UTF-8 with or without a byte order mark, UTF-16 (Excel's
 * "Unicode text") or Windows-1252 (older Excel on Windows). Anything else is refused rather than
 * imported as mojibake.
 */
export function decodeText(bytes: Buffer): { text: string; encoding: ParsedFile['encoding'] } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let text: string;
  let encoding: ParsedFile['encoding'] = 'utf-8';
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start));
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
    encoding = 'windows-1252';
  }
  // Control characters other than tab and line breaks mean a binary file or a wrong encoding.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: that is exactly what is looked for
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u0080-\u009f]/.test(text)) {
    throw fileProblem('encoding_invalid');
  }
  return { text, encoding };
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
    for (let c = 1; c <= row.cellCount; c++) cells.push(row.getCell(c).text.trim());
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
export async function parseImportFile(bytes: Buffer, signal?: AbortSignal): Promise<ParsedFile> {
  if (bytes.length === 0) throw fileProblem('empty');
  let all: string[][];
  let parsed: Omit<ParsedFile, 'header' | 'rows'>;
  if (bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
    all = await readXlsx(bytes);
    parsed = { format: 'xlsx', encoding: null, delimiter: null };
  } else {
    const { text, encoding } = decodeText(bytes);
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
