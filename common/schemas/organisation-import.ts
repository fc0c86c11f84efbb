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
] as const;
export type ImportField = (typeof importFields)[number];
export const requiredImportFields: readonly ImportField[] = ['name'];

/** Which column (0-based index in the file) fills which field; unmapped fields are left out. */
export const importMappingSchema = z
  .partialRecord(z.enum(importFields), z.number().int().min(0).max(500))
  .meta({ id: 'ImportMapping' });
export type ImportMapping = z.infer<typeof importMappingSchema>;

export const importQuerySchema = z.object({
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
    errorCount: z.number().int(),
    /** The first 1000 errors. */
    errors: z.array(rowIssueSchema),
    warnings: z.array(rowIssueSchema),
    /** What each of the first rows would do. */
    preview: z.array(
      z.object({
        row: z.number().int(),
        action: z.enum(['create', 'update']),
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
    total: z.number().int(),
  }),
  z.object({ state: z.literal('failed'), message: z.string() }),
]);
export type ImportProgress = z.infer<typeof importProgressSchema>;
