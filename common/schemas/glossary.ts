import { z } from 'zod';

/** The languages of the glossary: Finland's two national languages and English. */
export const glossaryLanguages = ['fi', 'sv', 'en'] as const;
export type GlossaryLanguage = (typeof glossaryLanguages)[number];

/** One written form of a term: trimmed, no doubled spaces, not empty. */
const termTextSchema = z
  .string()
  .min(1)
  .max(120)
  .refine((s) => s === s.trim() && !/\s{2}/.test(s), 'no leading, trailing or doubled spaces');

/** Terms of one language, preferred term first, then synonyms and variants people write. */
const termListSchema = z.array(termTextSchema).min(1);

/** A short plain-language explanation of the concept, one sentence per language. */
export const glossaryNoteSchema = z.object({
  fi: z.string().min(1),
  sv: z.string().min(1),
  en: z.string().min(1),
});

export const glossaryTermSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/, 'snake_case, e.g. family_with_children')
      .meta({ description: 'Stable id of the concept' }),
    fi: termListSchema.meta({ description: 'Finnish terms, preferred first' }),
    sv: termListSchema.meta({ description: 'Swedish terms, preferred first' }),
    en: termListSchema.meta({ description: 'English terms, preferred first' }),
    sources: z
      .array(z.string().min(1))
      .min(1)
      .meta({ description: 'Source ids, see source.sources' }),
    note: glossaryNoteSchema.optional(),
  })
  .strict();

export const glossarySchema = z
  .object({
    source: z
      .object({
        method: z.string().min(1),
        sources: z.record(z.string(), z.string().min(1)),
      })
      .strict(),
    terms: z.array(glossaryTermSchema).min(1),
  })
  .strict();

export type GlossaryNote = z.infer<typeof glossaryNoteSchema>;
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
export type Glossary = z.infer<typeof glossarySchema>;
