/**
 * Words of Finnish, Swedish and English text as the search engine sees them. Every distinct word
 * of the index, and every word of a query, is analysed once into keys that inflected forms,
 * compounds and stem changes share:
 * - Finnish base forms and compound parts from Voikko (lasten → lapsi, pellolla → pelto,
 *   lähileipomossa → lähileipomo with the parts lähi + leipomo), when the library is installed;
 * - the Snowball Finnish stem (the fallback without Voikko, and for words Voikko does not know);
 * - a Swedish key: the Snowball Swedish stem with the derivational -ning and the definite -et
 *   removed as well (utbildning, utbildar → utbild; andelslaget → andelslag).
 */
import snowball from 'snowball-stemmers';
import { openVoikko, type Voikko } from './voikko.js';

/** Letters with their accents removed (ä → a, ö → o, å → a, é → e). */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/** Longest word the engine keeps (longer "words" are codes or noise, cut to this length). */
export const maxWordLength = 40;

/** Lower-cased words of a text (letters and digits), in order. */
export function words(s: string): string[] {
  const found =
    s
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  return found.map((w) => (w.length > maxWordLength ? w.slice(0, maxWordLength) : w));
}

/**
 * Words that say nothing on their own in a query (fi/sv/en conjunctions, prepositions and the
 * like): dropped when the query has other words.
 */
export const stopWords = new Set(
  (
    'ja tai sekä on ei se ne että kun jos mutta myös vain kuin ovat olla joka jotka mikä mitä ' +
    'och eller i på av för med till om som en ett den det de är att från vid ' +
    'and or of the a an in on for with to at by from is are'
  ).split(' '),
);

export interface WordKeys {
  /** Voikko recognised the word as Finnish. */
  known: boolean;
  /** Finnish base forms (from Voikko), lower-cased. */
  lemmas: string[];
  /** Base forms and surfaces of the parts of a Finnish compound (empty for a simple word). */
  parts: string[];
  /** The Snowball Finnish stem. */
  fiStem: string;
  /** The Swedish key (see the module comment). */
  svKey: string;
}

const fiStemmer = snowball.newStemmer('finnish');
const svStemmer = snowball.newStemmer('swedish');

/** The Swedish key of a word: utbildning, utbildar, utbildningen → utbild. */
export function swedishKey(word: string): string {
  let s = svStemmer.stem(word);
  if (s.length >= 8 && s.endsWith('ning')) s = s.slice(0, -4);
  else if (s.length >= 7 && s.endsWith('et')) s = s.slice(0, -2);
  return s;
}

/**
 * Parts of a compound from Voikko's STRUCTURE (where each part starts, `=`) and WORDBASES
 * (base forms of parts; derivational suffixes in parentheses start with `+`). The first parts
 * are taken as written and as base forms; the last part as the base form's tail.
 */
function compoundParts(word: string, baseform: string, wordbases: string, structure: string) {
  const starts: number[] = [];
  let pos = 0;
  for (const c of structure) {
    if (c === '=') starts.push(pos);
    else pos++;
  }
  if (starts.length < 2) return [];
  starts.push(word.length);
  const lastStart = starts[starts.length - 2] ?? 0;
  // The base form shares the first parts with the word (lähileipomossa → lähileipomo): the last
  // part is taken from it, uninflected.
  const tail = baseform.startsWith(word.slice(0, lastStart))
    ? baseform.slice(lastStart)
    : word.slice(lastStart);
  const parts = new Set<string>();
  // Every run of neighbouring parts: kiertotalouskeskus → kierto, talous, keskus, kiertotalous,
  // talouskeskus.
  for (let i = 0; i + 1 < starts.length; i++) {
    for (let j = i + 1; j < starts.length; j++) {
      const from = starts[i] as number;
      const to = starts[j] as number;
      parts.add(to === word.length ? word.slice(from, lastStart) + tail : word.slice(from, to));
    }
  }
  // Base forms of the parts (lasten + suojelu → lapsi), skipping roots of derivations: a part
  // followed by a suffix part, `(+…)` (kiertää + to in kiertokapula).
  const segments = [...wordbases.matchAll(/\+([^+(]+)(?:\(([^)]*)\))?/g)];
  for (let i = 0; i < segments.length; i++) {
    const base = segments[i]?.[2] ?? '';
    const next = segments[i + 1]?.[2] ?? '';
    if (!base || base.startsWith('+') || base.includes('=') || next.startsWith('+')) continue;
    parts.add(base.toLocaleLowerCase('fi'));
  }
  parts.delete(baseform);
  return [...parts].filter((p) => p.length >= 3);
}

export interface Analyser {
  /** 'voikko' with the Finnish morphology library, 'snowball' without it. */
  readonly kind: 'voikko' | 'snowball';
  analyse(word: string): WordKeys;
}

export function createAnalyser(voikko: Voikko | null = openVoikko()): Analyser {
  const cache = new Map<string, WordKeys>();
  const analyseUncached = (word: string): WordKeys => {
    const fiStem = fiStemmer.stem(word);
    const svKey = swedishKey(word);
    // Voikko knows no digits and nothing shorter than two letters worth analysing.
    const analyses = voikko && word.length >= 2 && !/\d/.test(word) ? voikko.analyse(word) : [];
    if (analyses.length === 0) return { known: false, lemmas: [], parts: [], fiStem, svKey };
    const lemmas = new Set<string>();
    const parts = new Set<string>();
    for (const a of analyses) {
      const base = a.baseform.toLocaleLowerCase('fi');
      lemmas.add(base);
      for (const p of compoundParts(word, base, a.wordbases, a.structure)) parts.add(p);
    }
    for (const l of lemmas) parts.delete(l);
    return { known: true, lemmas: [...lemmas], parts: [...parts], fiStem, svKey };
  };
  return {
    kind: voikko ? 'voikko' : 'snowball',
    analyse(word: string): WordKeys {
      let keys = cache.get(word);
      if (!keys) {
        keys = analyseUncached(word);
        // Query words that were never indexed must not grow the cache without bound (the
        // index keeps what it needs of its own words in its key maps).
        if (cache.size > 200_000) cache.clear();
        cache.set(word, keys);
      }
      return keys;
    },
  };
}

let shared: Analyser | undefined;
/** The process's analyser (Voikko is opened once). */
export function analyser(): Analyser {
  shared ??= createAnalyser();
  return shared;
}
