import { z } from 'zod';
import { referenceNameSchema } from './regions.js';

export const industrySectionListSchema = z.object({
  version: z.literal('TOL2008'),
  items: z.array(z.object({ code: z.string().length(1), name: referenceNameSchema })),
});

export const sdgGoalListSchema = z.object({
  items: z.array(
    z.object({
      n: z.number().int().min(1).max(17),
      name: z.object({ fi: z.string(), sv: z.string().optional(), en: z.string() }),
    }),
  ),
});
