import { z } from 'zod';

/**
 * The building blocks every input schema uses for text and numbers, so that what the API accepts is
 * exactly what the database can store: no field can forget a rule written here.
 */

/** Field message of text that the database cannot store (the web app translates it). */
export const unstorableTextMessage = 'unsupported_character';

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * True when PostgreSQL can store the text: `text` and `jsonb` cannot hold U+0000, and a lone UTF-16
 * surrogate has no UTF-8 form (jsonb rejects its `\ud800` escape).
 */
export function isStorableText(value: string): boolean {
  return !value.includes('\u0000') && !loneSurrogate.test(value);
}

/** Any text input: a string the database can store. Build every input string from this. */
export const plainString = () =>
  z.string().refine(isStorableText, { message: unstorableTextMessage, abort: true });

/** Trimmed text of at most `max` characters (required: at least one character). */
export const text = (max: number) => plainString().trim().min(1).max(max);

/** Optional text: empty strings become null, so that clearing a field is one gesture. */
export const optionalText = (max: number) =>
  plainString()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));

/** An optional http(s) address of at most `max` characters; empty becomes null. */
export const webAddress = (max: number) =>
  plainString()
    .trim()
    .max(max)
    .url()
    .refine((u) => /^https?:\/\//i.test(u), { message: 'http or https address' })
    .nullish()
    .or(z.literal('').transform(() => null))
    .transform((v) => v ?? null);

/** An optional e-mail address; empty becomes null. */
export const emailAddress = () =>
  plainString()
    .trim()
    .max(254)
    .email()
    .nullish()
    .or(z.literal('').transform(() => null))
    .transform((v) => v ?? null);

/**
 * A list filter of a query string: comma-separated values, a repeated parameter, or both; at most
 * 50 values, each checked by `item`.
 */
export const csvList = <T extends z.ZodType>(item: T) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((v) =>
      (Array.isArray(v) ? v : [v])
        .flatMap((x) => x.split(','))
        .map((x) => x.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item).max(50) as unknown as z.ZodType<z.output<T>[], string[]>)
    .optional();

/** PostgreSQL `integer` (int4) bounds. */
export const int4 = { min: -2_147_483_648, max: 2_147_483_647 } as const;

/** A whole number that fits the database's `integer` column. */
export const int4Schema = () => z.number().int().min(int4.min).max(int4.max);

/** The version an edit was based on (optimistic concurrency): a positive `integer`. */
export const versionSchema = int4Schema().min(1);

/** A page number of a list (1 = first); query strings arrive as text. */
export const pageSchema = z.coerce.number().int().min(1).max(10_000).default(1);

/** PostgreSQL `bigint` upper bound, as a decimal string of at most 19 digits. */
const int8Max = 9_223_372_036_854_775_807n;

/** A `bigserial` id sent as a decimal string (numbers that large do not survive JSON). */
export const bigintIdSchema = z
  .string()
  .regex(/^[1-9]\d{0,18}$/, { message: 'a positive whole number', abort: true })
  .refine((v) => BigInt(v) <= int8Max, { message: 'too large' });

/** A calendar date, YYYY-MM-DD. */
export const isoDate = () => z.iso.date();

/** An optional date that is null when not given. */
export const nullableDate = () =>
  isoDate()
    .nullish()
    .transform((v) => v ?? null);

/** A list of at most `max` items, each kept once. */
export const uniqueList = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .transform((a) => [...new Set(a)] as z.infer<T>[]);

/** A phone number as people write it (+358 40 123 4567, (09) 123 456); empty means none. */
export const phoneNumber = () =>
  plainString()
    .trim()
    .regex(/^\+?[0-9 ()-]{5,30}$/, 'phone number')
    .nullish()
    .or(z.literal('').transform(() => null))
    .transform((v) => v ?? null);
