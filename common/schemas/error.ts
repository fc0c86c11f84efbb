import { z } from 'zod';

/** The one error envelope of the API. */
export const errorSchema = z
  .object({
    error: z.object({
      code: z.string().meta({ description: 'Stable snake_case error code' }),
      message: z.string().meta({ description: 'Message in the language of Accept-Language' }),
      details: z.record(z.string(), z.unknown()).optional(),
    }),
  })
  .meta({ id: 'Error' });
