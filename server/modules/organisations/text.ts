/**
 * Text handling of the directory search. Finnish is heavily inflected and PostgreSQL's Finnish
 * stemmer gives different stems for forms of one word (yritys → yritys, yrityksen → yrityks,
 * yritysten → yritykst), so the search matches word prefixes short enough to reach past the case
 * endings and consonant gradation (osuuskunta / osuuskunnan), plus accent-folded forms for people who
 * type without ä/ö/å, plus trigram similarity for typos. This module holds the pure parts.
 */

/** Letters with their accents removed (ä → a, ö → o, å → a, é → e). */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/** Lower-cased words of a text (letters and digits), in order. */
export function words(s: string): string[] {
  return s.toLocaleLowerCase('fi').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The folded forms of the words that have accents: added to the index next to the originals. */
export function foldedExtras(s: string): string {
  const extras = new Set<string>();
  for (const w of words(s)) {
    // Only words with letters outside a–z can change.
    if (/[^a-z0-9]/.test(w)) {
      const f = fold(w);
      if (f !== w) extras.add(f);
    }
  }
  return [...extras].join(' ');
}

/**
 * The prefix that a query word is matched by: about three quarters of the word, at least two
 * letters shorter than it and never under four letters. Examples: yritys → yrit (yrityksen,
 * yritysten), osuuskunta → osuuskun (osuuskunnan), förening → föreni (föreningen, föreningar).
 */
export function searchPrefix(word: string): string {
  const chars = [...word];
  if (chars.length <= 4) return word;
  const n = Math.max(4, Math.min(Math.ceil(chars.length * 0.75), chars.length - 2));
  return chars.slice(0, n).join('');
}

const maxQueryWords = 8;

/** Lower-cased, distinct words of a query (at most eight). */
export function queryWords(q: string): string[] {
  return [...new Set(words(q))].slice(0, maxQueryWords);
}

export interface ParsedQuery {
  /** Each word must match: as one of its prefixes (to_tsquery('simple', …)) or, for a typo, by trigram similarity. */
  words: { word: string; prefix: string; typo?: boolean }[];
  /** All words as prefixes, for ranking. */
  prefix: string;
  /** Any word matching exactly ranks higher. */
  exact: string;
  /** The query as one lower-cased string for trigram word similarity (typos). */
  plain: string;
}

/**
 * Builds tsquery texts from the query's words; `stems` holds each word's Finnish and Swedish
 * snowball stems, whose prefixes reach the base form from an inflected query (yrityksen → yrity…).
 */
export function parseQuery(
  ws: string[],
  stems: Map<string, string[]> = new Map(),
): ParsedQuery | undefined {
  if (ws.length === 0) return undefined;
  const alternatives = (w: string) => {
    const forms = new Set([w, fold(w), ...(stems.get(w) ?? [])].map(searchPrefix));
    return `(${[...forms].map((f) => `${f}:*`).join(' | ')})`;
  };
  return {
    words: ws.map((word) => ({ word, prefix: alternatives(word) })),
    prefix: ws.map(alternatives).join(' & '),
    exact: [...new Set(ws.flatMap((w) => [w, fold(w)]))].join(' | '),
    plain: ws.join(' '),
  };
}
