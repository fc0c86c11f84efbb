import { z } from 'zod';
import { limits } from '../limits.js';
import { regionCodePattern } from '../region-code.js';

/** Reference names always carry Finnish; Swedish and English when the source has them. */
export const referenceNameSchema = z
  .object({ fi: z.string(), sv: z.string().optional(), en: z.string().optional() })
  .meta({ id: 'ReferenceName', description: 'Name in Finnish, Swedish and English' });

export const regionCodeSchema = z
  .string()
  .regex(regionCodePattern, 'two digits, e.g. 01')
  .meta({ description: 'Region (maakunta) code of Statistics Finland, e.g. 01 = Uusimaa' });

export const postalCodeSchema = z
  .string()
  .regex(/^\d{5}$/, 'five digits, e.g. 00100')
  .meta({ description: 'Finnish postal code, five digits' });

/** Counts about a region; later modules add their own (organisations, projects, events). */
export const regionCountsSchema = z.object({
  municipalities: z.number().int(),
  postalCodes: z.number().int(),
  organisations: z.number().int().meta({ description: 'Published organisations in the region' }),
});

export const regionSummarySchema = z
  .object({
    code: regionCodeSchema,
    name: referenceNameSchema,
    nuts3: z.string().meta({ description: 'NUTS 2021 level 3 code' }),
    nuts2: z.object({ code: z.string(), name: referenceNameSchema }),
    counts: regionCountsSchema,
  })
  .meta({ id: 'RegionSummary' });

export const municipalitySchema = z
  .object({
    code: z.string().meta({ description: 'Municipality code of Statistics Finland, three digits' }),
    name: referenceNameSchema,
  })
  .meta({ id: 'Municipality' });

export const regionDetailSchema = regionSummarySchema
  .extend({ municipalities: z.array(municipalitySchema) })
  .meta({ id: 'RegionDetail' });

export const regionListSchema = z.object({
  items: z.array(regionSummarySchema),
  total: z.number().int(),
});

export const postalCodeInfoSchema = z
  .object({
    code: postalCodeSchema,
    name: referenceNameSchema,
    municipality: z.object({ code: z.string(), name: referenceNameSchema }),
    region: z.object({ code: regionCodeSchema, name: referenceNameSchema }),
  })
  .meta({ id: 'PostalCode' });

export const postalCodeLookupBodySchema = z.object({
  codes: z.array(postalCodeSchema).min(1).max(limits.postalCodeBatch),
});

export const postalCodeLookupResultSchema = z.object({
  items: z.array(postalCodeInfoSchema),
  notFound: z.array(postalCodeSchema),
});

export type RegionSummary = z.infer<typeof regionSummarySchema>;
export type RegionDetail = z.infer<typeof regionDetailSchema>;
export type RegionList = z.infer<typeof regionListSchema>;
export type Municipality = z.infer<typeof municipalitySchema>;
export type PostalCodeInfo = z.infer<typeof postalCodeInfoSchema>;
