import { z } from 'zod';

/**
 * The lines of a long run's streamed answer (application/x-ndjson): progress lines as it goes,
 * then one line that says how it ended, `done` with the run's result or `failed` with a message in
 * the caller's language. Imports and a round's recomputation answer this way.
 */
export const progressRunningSchema = z.object({
  state: z.literal('running'),
  processed: z.number().int(),
  total: z.number().int(),
});
export type ProgressRunning = z.infer<typeof progressRunningSchema>;

export const progressFailedSchema = z.object({ state: z.literal('failed'), message: z.string() });

/** The schema of one line of a run whose `done` line carries `done`'s fields. */
export function progressLineSchema<Shape extends z.ZodRawShape>(done: z.ZodObject<Shape>) {
  return z.discriminatedUnion('state', [
    progressRunningSchema,
    done.extend({ state: z.literal('done') }),
    progressFailedSchema,
  ]);
}
