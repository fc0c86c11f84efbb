import { z } from 'zod';
import type { Lang } from '../../../../common/languages.js';
import { csrfHeader } from '../../../../common/limits.js';
import {
  type ImportEncoding,
  type ImportProgress,
  importProgressSchema,
} from '../../../../common/schemas/import.js';
import { ApiError, clientErrorCodes, errorOf } from '../../app/api-client.js';
import { type RunOutcome, readProgress } from '../../app/progress-stream.js';
import type { ImportKind, ImportPreviewBase, ImportReportBase, Mapping } from './kind.js';

/** How an import ended: done or failed on the server, or the answer broke off before saying. */
export type ImportOutcome = RunOutcome<ImportProgress>;

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The Content-Type to send a file with. Browsers label CSV files differently (Windows often says
 * application/vnd.ms-excel, some say nothing), so the name decides; the server looks at the bytes.
 */
function contentTypeOf(file: File): string {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv')) return 'text/csv';
  if (name.endsWith('.xlsx')) return xlsxType;
  return 'application/octet-stream';
}

/**
 * Posts the file itself as the body (not a form): the API reads CSV and XLSX bytes directly. Like
 * sendJson in app/api-client.ts, it carries the CSRF header and throws an ApiError on failure.
 */
async function postFile(path: string, lang: Lang, file: File, accept: string): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        Accept: accept,
        'Accept-Language': lang,
        'Content-Type': contentTypeOf(file),
        [csrfHeader]: '1',
      },
      body: file,
    });
  } catch {
    throw new ApiError(0, clientErrorCodes.network, '');
  }
  if (!response.ok) throw await errorOf(response);
  return response;
}

async function postFileJson<T>(
  path: string,
  lang: Lang,
  file: File,
  schema: z.ZodType<T>,
): Promise<T> {
  const response = await postFile(path, lang, file, 'application/json');
  const parsed = schema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) throw new ApiError(response.status, clientErrorCodes.unexpected, '');
  return parsed.data;
}

const withMapping = (
  path: string,
  mapping: Mapping,
  encoding: ImportEncoding,
  extra: Record<string, string> = {},
) => `${path}?${new URLSearchParams({ ...extra, mapping: JSON.stringify(mapping), encoding })}`;

/** The file's columns, a suggested mapping and its first rows, read in the encoding chosen. */
export function previewImport(
  kind: ImportKind,
  lang: Lang,
  file: File,
  encoding: ImportEncoding,
): Promise<ImportPreviewBase> {
  return postFileJson(
    `${kind.base}/preview?${new URLSearchParams({ encoding })}`,
    lang,
    file,
    kind.previewSchema,
  );
}

/** What an import would do, with every error; nothing is written. */
export function dryRunImport(
  kind: ImportKind,
  lang: Lang,
  file: File,
  mapping: Mapping,
  encoding: ImportEncoding,
  extra?: Record<string, string>,
): Promise<ImportReportBase> {
  return postFileJson(
    withMapping(`${kind.base}/dry-run`, mapping, encoding, extra),
    lang,
    file,
    kind.reportSchema,
  );
}

/**
 * Runs the import and reports each progress line as it arrives. An answer that never starts (a
 * file with errors, no permission) throws an ApiError; once it has started, its outcome is
 * returned.
 */
export async function runImport(
  kind: ImportKind,
  lang: Lang,
  file: File,
  mapping: Mapping,
  encoding: ImportEncoding,
  extra: Record<string, string> | undefined,
  onProgress: (processed: number, total: number) => void,
): Promise<ImportOutcome> {
  const response = await postFile(
    withMapping(kind.base, mapping, encoding, extra),
    lang,
    file,
    'application/x-ndjson, application/json',
  );
  return response.body
    ? readProgress(response.body, importProgressSchema, onProgress)
    : { state: 'interrupted' };
}

const problemSchema = z.looseObject({
  code: z.string(),
  line: z.number().nullish(),
  limit: z.number().nullish(),
  value: z.string().nullish(),
  byte: z.string().nullish(),
  encoding: z.string().nullish(),
});
export type FileProblem = z.infer<typeof problemSchema>;

/** The problems with the file as a whole in a 400 import_invalid answer, if that is what it was. */
export function fileProblemsOf(error: unknown): FileProblem[] | undefined {
  if (!(error instanceof ApiError) || error.code !== 'import_invalid') return undefined;
  const parsed = z.array(problemSchema).min(1).safeParse(error.details?.problems);
  return parsed.success ? parsed.data : undefined;
}

/** The report of a run refused because some row had an error (nothing was written). */
export function reportOf(kind: ImportKind, error: unknown): ImportReportBase | undefined {
  if (!(error instanceof ApiError) || error.code !== 'import_invalid') return undefined;
  const parsed = kind.reportSchema.safeParse(error.details?.report);
  return parsed.success ? parsed.data : undefined;
}
