import { z } from 'zod';
import { referenceNameSchema } from './regions.js';

/** Output shapes that several records share: texts in three languages, places, organisations. */

const nullableString = z.string().nullable();

/** A text in Finnish, Swedish and English as an answer gives it (missing or null: not written). */
export const localizedOutputSchema = z.object({
  fi: nullableString.optional(),
  sv: nullableString.optional(),
  en: nullableString.optional(),
});

/** A region (or other coded place) with its name in the three languages. */
export const placeSchema = z.object({ code: z.string(), name: referenceNameSchema });

/** An organisation referred to by another record: its id and names. */
export const organisationRefSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  nameSv: nullableString,
  nameEn: nullableString,
});
export type OrganisationRef = z.infer<typeof organisationRefSchema>;

/** A record's revisions, newest first, and whether the caller may restore one. */
export const revisionHistorySchema = <A extends readonly [string, ...string[]]>(actions: A) =>
  z.object({
    items: z.array(
      z.object({
        id: z.string(),
        version: z.number().int(),
        action: z.enum(actions),
        at: z.string(),
        actor: z.string().nullable(),
        changes: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
      }),
    ),
    permissions: z.object({ restore: z.boolean() }),
  });
