import { z } from 'zod';
import { plainString } from './primitives.js';

/** Fields an import can fill; list fields take several values separated by `;` or `,`. */
export const importFields = [
  'name',
  'nameSv',
  'nameEn',
  'businessId',
  'legalForm',
  'actorTypes',
  'municipality',
  'postalCode',
  'streetAddress',
  'website',
  'email',
  'phone',
  'descriptionFi',
  'descriptionSv',
  'descriptionEn',
  'industryCode',
  'icnpSection',
  'themes',
  'sdgGoals',
  'targetGroups',
  'foundedYear',
  'status',
  /** The organisation's id in Kudos (an export's own column): the row updates that organisation. */
  'id',
] as const;
export type ImportField = (typeof importFields)[number];
export const requiredImportFields: readonly ImportField[] = ['name'];

/** Which column (0-based index in the file) fills which field; unmapped fields are left out. */
export const importMappingSchema = z
  .partialRecord(z.enum(importFields), z.number().int().min(0).max(500))
  .meta({ id: 'ImportMapping' });
export type ImportMapping = z.infer<typeof importMappingSchema>;

/**
 * How the bytes of a CSV file are read: `auto` takes UTF-8 or UTF-16 by their bytes, else
 * Windows-1252, or ISO-8859-15 when the file looks like it (see server/.../import-encoding.ts).
 */
export const importEncodings = ['auto', 'utf-8', 'windows-1252', 'iso-8859-15'] as const;
export type ImportEncoding = (typeof importEncodings)[number];
const encodingParam = z.enum(importEncodings).default('auto');

export const importPreviewQuerySchema = z.object({ encoding: encodingParam });

export const importQuerySchema = z.object({
  encoding: encodingParam,
  /** The mapping as JSON, e.g. {"name":0,"businessId":2}. */
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
    .pipe(importMappingSchema),
});

export const importPreviewSchema = z
  .object({
    format: z.enum(['csv', 'xlsx']),
    encoding: z.string().nullable(),
    delimiter: z.string().nullable(),
    columns: z.array(z.string()),
    suggestedMapping: importMappingSchema,
    rowCount: z.number().int(),
    sample: z.array(z.array(z.string())),
  })
  .meta({ id: 'ImportPreview' });
export type ImportPreview = z.infer<typeof importPreviewSchema>;

const rowIssueSchema = z.object({
  /** Row number as a spreadsheet shows it (the header is row 1). */
  row: z.number().int(),
  column: z.string().nullable(),
  field: z.string().nullable(),
  code: z.string(),
  message: z.string(),
});

export const importReportSchema = z
  .object({
    rows: z.number().int(),
    create: z.number().int(),
    update: z.number().int(),
    /** Rows matched to an organisation whose data they would not change. */
    unchanged: z.number().int(),
    errorCount: z.number().int(),
    /** The first 1000 errors. */
    errors: z.array(rowIssueSchema),
    warnings: z.array(rowIssueSchema),
    /** What the import corrected on its own (e.g. https:// added to a web address). */
    notices: z.array(rowIssueSchema),
    /** What each of the first rows would do. */
    preview: z.array(
      z.object({
        row: z.number().int(),
        action: z.enum(['create', 'update', 'unchanged']),
        name: z.string(),
        businessId: z.string().nullable(),
        existingId: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'ImportReport' });
export type ImportReport = z.infer<typeof importReportSchema>;

/** One line of the streamed answer of a run (application/x-ndjson). */
export const importProgressSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('running'), processed: z.number().int(), total: z.number().int() }),
  z.object({
    state: z.literal('done'),
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int().default(0),
    total: z.number().int(),
  }),
  z.object({ state: z.literal('failed'), message: z.string() }),
]);
export type ImportProgress = z.infer<typeof importProgressSchema>;
