/**
 * What every import (organisations, projects) shares: how a CSV file's bytes are read, the mapping
 * of columns to fields, the preview, the report's rows and the streamed progress of a run.
 */
import { z } from 'zod';
import { plainString } from './primitives.js';
import { progressLineSchema } from './progress.js';

/**
 * How the bytes of a CSV file are read: `auto` takes UTF-8 or UTF-16 by their bytes, else
 * Windows-1252, or ISO-8859-15 when the file looks like it (see server/import/encoding.ts).
 */
export const importEncodings = ['auto', 'utf-8', 'windows-1252', 'iso-8859-15'] as const;
export type ImportEncoding = (typeof importEncodings)[number];
const encodingParam = z.enum(importEncodings).default('auto');

export const importPreviewQuerySchema = z.object({ encoding: encodingParam });

/** Which column (0-based index in the file) fills which field; unmapped fields are left out. */
export function mappingSchemaOf<F extends string>(fields: readonly [F, ...F[]], id: string) {
  return z.partialRecord(z.enum(fields), z.number().int().min(0).max(500)).meta({ id });
}

/** The query of a dry run or run: the encoding and the mapping as JSON, e.g. {"name":0}. */
export function importQueryOf<M extends z.ZodType>(mapping: M) {
  return z.object({
    encoding: encodingParam,
    mapping: plainString()
      .max(4000)
      .transform((s, ctx) => {
        try {
          return JSON.parse(s) as unknown;
        } catch {
          ctx.addIssue({ code: 'custom', message: 'not JSON' });
          return z.NEVER;
        }
      })
      .pipe(mapping),
  });
}

/** What a file holds: its columns, a suggested mapping and the first rows. */
export function previewSchemaOf<M extends z.ZodType>(mapping: M, id: string) {
  return z
    .object({
      format: z.enum(['csv', 'xlsx']),
      encoding: z.string().nullable(),
      delimiter: z.string().nullable(),
      columns: z.array(z.string()),
      suggestedMapping: mapping,
      rowCount: z.number().int(),
      sample: z.array(z.array(z.string())),
    })
    .meta({ id });
}

/** A problem of one row (or of the file, row 0), in the importer's language. */
export const rowIssueSchema = z.object({
  /** Row number as a spreadsheet shows it (the header is row 1). */
  row: z.number().int(),
  column: z.string().nullable(),
  field: z.string().nullable(),
  code: z.string(),
  message: z.string(),
});
export type RowIssue = z.infer<typeof rowIssueSchema>;

/** What every import's report counts and lists (each kind adds its preview and its own parts). */
export const importReportFields = {
  rows: z.number().int(),
  create: z.number().int(),
  update: z.number().int(),
  /** Rows matched to a record whose data they would not change. */
  unchanged: z.number().int(),
  errorCount: z.number().int(),
  /** The first 1000 errors. */
  errors: z.array(rowIssueSchema),
  warnings: z.array(rowIssueSchema),
  /** What the import corrected or decided on its own (e.g. https:// added to a web address). */
  notices: z.array(rowIssueSchema),
};

/** One line of the streamed answer of a run (application/x-ndjson; common/schemas/progress.ts). */
export const importProgressSchema = progressLineSchema(
  z.object({
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int().default(0),
    total: z.number().int(),
  }),
);
export type ImportProgress = z.infer<typeof importProgressSchema>;
