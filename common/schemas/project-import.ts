/**
 * Importing projects from the public records of EU structural-fund projects (EURA 2021) or any
 * CSV/XLSX file with such columns: the fields a column can fill, the mapping, the report.
 */
import { z } from 'zod';
import { importQueryOf, importReportFields, mappingSchemaOf, previewSchemaOf } from './import.js';

/**
 * Fields a project import can fill. A row is one project: the EURA code finds the project it
 * updates; the applicant (lead) and co-implementers are organisations of the registry found by
 * their business IDs (several in one cell, separated by `;` or `,`, with their names in the same
 * order in the names column).
 */
export const projectImportFields = [
  'euraCode',
  'title',
  'titleSv',
  'titleEn',
  'descriptionFi',
  'descriptionSv',
  'descriptionEn',
  'status',
  'startDate',
  'endDate',
  'fundingProgramme',
  'budget',
  'publicFunding',
  'regions',
  'priority',
  'specificObjective',
  'authority',
  'leadBusinessId',
  'leadName',
  'partnerBusinessIds',
  'partnerNames',
  'website',
] as const;
export type ProjectImportField = (typeof projectImportFields)[number];
export const requiredProjectImportFields: readonly ProjectImportField[] = [
  'title',
  'leadBusinessId',
];

export const projectImportMappingSchema = mappingSchemaOf(
  projectImportFields,
  'ProjectImportMapping',
);
export type ProjectImportMapping = z.infer<typeof projectImportMappingSchema>;

export const projectImportPreviewSchema = previewSchemaOf(
  projectImportMappingSchema,
  'ProjectImportPreview',
);
export type ProjectImportPreview = z.infer<typeof projectImportPreviewSchema>;

/** What to do with partners whose business IDs are not in the registry. */
export const missingPartnerChoices = ['refuse', 'propose'] as const;
export type MissingPartnerChoice = (typeof missingPartnerChoices)[number];

export const projectImportQuerySchema = importQueryOf(projectImportMappingSchema).extend({
  missingPartners: z.enum(missingPartnerChoices).default('refuse').meta({
    description:
      "refuse: a row whose partner is not a published organisation of the registry is an error (nothing is imported). propose: such organisations are proposed to the registry (name and business ID from the file, in the moderation queue) and are the project's partners once approved.",
  }),
});

export const projectImportReportSchema = z
  .object({
    ...importReportFields,
    /** Business IDs of partners not found among the registry's organisations, with the rows. */
    missingPartners: z.array(
      z.object({
        businessId: z.string(),
        name: z.string().nullable(),
        rows: z.array(z.number().int()),
      }),
    ),
    /** Organisations that the run would propose (missingPartners=propose). */
    propose: z.number().int(),
    preview: z.array(
      z.object({
        row: z.number().int(),
        action: z.enum(['create', 'update', 'unchanged']),
        title: z.string(),
        euraCode: z.string().nullable(),
        existingId: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'ProjectImportReport' });
export type ProjectImportReport = z.infer<typeof projectImportReportSchema>;
