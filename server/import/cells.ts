/**
 * Reading the cells of an import file, for every module's import: headings and names compared
 * without case, accents or punctuation, the export's formula guard taken off, vocabularies by code
 * or name in any language, web addresses completed, Finnish numbers and dates.
 */
import { fold } from '../search/analysis.js';

/** A heading or name as compared: lower case, no accents, letters and digits only. */
export const norm = (s: string) => fold(s.toLocaleLowerCase('fi')).replace(/[^a-z0-9]/g, '');

/** Separators of a list in one cell. */
export const listSplit = /[;,|]/;

/**
 * A cell as it was before an export guarded it: Kudos puts an apostrophe before text that a
 * spreadsheet would run as a formula (server/export/table.ts), and one more before text that already starts
 * with apostrophes and such a sign, so that taking one away always gives the original back.
 */
export function unguard(value: string): string {
  return /^'+[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

/** Codes and names (any language, abbreviations) of a vocabulary → code. */
export function vocabularyLookup(
  items: { code: string; fi: string; sv: string; en: string; abbr?: string }[],
) {
  const map = new Map<string, string>();
  for (const i of items) {
    for (const key of [i.code, i.fi, i.sv, i.en, i.abbr]) if (key) map.set(norm(key), i.code);
  }
  // A value that is not a whole name matches when it starts exactly one name
  // ("ympäristö" → "Ympäristö ja ilmasto").
  return {
    get(value: string): string | undefined {
      const exact = map.get(value);
      if (exact || value.length < 4) return exact;
      const codes = new Set([...map].filter(([k]) => k.startsWith(value)).map(([, c]) => c));
      return codes.size === 1 ? [...codes][0] : undefined;
    },
  };
}
/** A web address written without its scheme (www.example.fi) gets https:// in front. */
export function completeWebsite(value: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) return undefined;
  return /^[^\s/.@]+(\.[^\s/.@]+)+(\/\S*)?$/.test(value) ? `https://${value}` : undefined;
}

/**
 * A day written as 2025-01-31, 31.1.2025 or 31.01.2025 (Finnish), as YYYY-MM-DD; undefined when it
 * is none of these or no such day exists.
 */
export function parseDay(value: string): string | undefined {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const fi = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  const [y, m, d] = iso
    ? [iso[1], iso[2], iso[3]]
    : fi
      ? [fi[3], fi[2], fi[1]]
      : [undefined, undefined, undefined];
  if (!y || !m || !d) return undefined;
  const day = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day ? undefined : day;
}

/**
 * An amount of euros as people write it: 450000, 450 000, 450 000,50 (Finnish), 450,000.50 or
 * 1.234,56, with or without € or EUR; undefined when it is not a number.
 */
export function parseEuros(value: string): number | undefined {
  let v = value
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/(€|eur|euroa?)$/i, '')
    .replace(/^€/, '');
  const comma = v.lastIndexOf(',');
  const dot = v.lastIndexOf('.');
  if (comma >= 0 && dot >= 0) {
    // The later sign is the decimal one; the other groups thousands.
    v = comma > dot ? v.replace(/\./g, '').replace(',', '.') : v.replace(/,/g, '');
  } else if (comma >= 0) {
    // One comma with one or two digits after it is a decimal comma; else it groups thousands.
    v = /^-?\d+,\d{1,2}$/.test(v) ? v.replace(',', '.') : v.replace(/,/g, '');
  }
  if (!/^-?\d+(\.\d+)?$/.test(v)) return undefined;
  return Number(v);
}

/**
 * Which column fills which field, from the headings: each of `passes` in turn (e.g. exact names
 * first, then the words people use) gives a field the first free column whose heading it accepts,
 * and `accept` may refuse a column on other grounds (its first value).
 */
export function suggestColumns<F extends string>(
  header: string[],
  fields: readonly F[],
  passes: ((field: F, heading: string) => boolean)[],
  accept: (field: F, column: number) => boolean = () => true,
): Partial<Record<F, number>> {
  const mapping: Partial<Record<F, number>> = {};
  const taken = new Set<number>();
  const headings = header.map(norm);
  for (const matches of passes) {
    for (const field of fields) {
      if (mapping[field] !== undefined) continue;
      const index = headings.findIndex((h, i) => !taken.has(i) && matches(field, h));
      if (index < 0 || !accept(field, index)) continue;
      mapping[field] = index;
      taken.add(index);
    }
  }
  return mapping;
}
