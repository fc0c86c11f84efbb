import { z } from 'zod';

/** Kinds of demo data, in the order they are loaded (`npm run demo:load`). */
export const demoKinds = ['organisations', 'projects'] as const;
export type DemoKind = (typeof demoKinds)[number];

/** Whether demo data is in the service: every page says so while it is. */
export const demoStatusSchema = z
  .object({
    present: z.boolean(),
    counts: z
      .object(
        Object.fromEntries(demoKinds.map((k) => [k, z.number().int()])) as {
          [K in DemoKind]: z.ZodNumber;
        },
      )
      .meta({ description: 'Demo rows of each kind' }),
  })
  .meta({ id: 'DemoStatus' });
export type DemoStatus = z.infer<typeof demoStatusSchema>;
