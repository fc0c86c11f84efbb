import { z } from 'zod';
import {
  type ImportEncoding,
  type ImportProgress,
  importEncodings,
  importPreviewQuerySchema,
  importProgressSchema,
  importQueryOf,
  importReportFields,
  mappingSchemaOf,
  previewSchemaOf,
} from './import.js';

export type { ImportEncoding, ImportProgress };
export { importEncodings, importPreviewQuerySchema, importProgressSchema };

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

export const importMappingSchema = mappingSchemaOf(importFields, 'ImportMapping');
export type ImportMapping = z.infer<typeof importMappingSchema>;

export const importQuerySchema = importQueryOf(importMappingSchema);

export const importPreviewSchema = previewSchemaOf(importMappingSchema, 'ImportPreview');
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const importReportSchema = z
  .object({
    ...importReportFields,
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
