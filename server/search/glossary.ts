/**
 * Query expansion across Finnish, Swedish and English with the curated glossary of the field's
 * terms (common/reference/glossary.json, with its sources): a query word that is a glossary term
 * in one language also finds the concept's terms in the others (lapsiperhe → barnfamilj, family
 * with children), ranked below matches of the word itself (engine.ts, matchWeights.translation).
 */
import { glossary } from '../../common/glossary.js';
import type { GlossaryTerm } from '../../common/schemas/glossary.js';
import { type Analyser, analyser, fold, swedishKey, words } from './analysis.js';
import type { Translator } from './engine.js';

/** English plural to singular, enough to meet the glossary's base forms (volunteers → volunteer). */
function englishKey(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

export function createTranslator(terms: readonly GlossaryTerm[], a: Analyser): Translator {
  const fi = new Map<string, Set<number>>();
  const sv = new Map<string, Set<number>>();
  const en = new Map<string, Set<number>>();
  const add = (map: Map<string, Set<number>>, key: string, concept: number) => {
    if (!key) return;
    const set = map.get(key) ?? new Set<number>();
    set.add(concept);
    map.set(key, set);
  };
  terms.forEach((term, i) => {
    // Only one-word terms lead from a query word to a concept; every term is a translation.
    for (const t of term.fi) {
      const ws = words(t);
      if (ws.length !== 1) continue;
      const w = ws[0] as string;
      add(fi, w, i);
      add(fi, fold(w), i);
      for (const l of a.analyse(w).lemmas) add(fi, l, i);
    }
    for (const t of term.sv) {
      const ws = words(t);
      if (ws.length === 1) add(sv, swedishKey(ws[0] as string), i);
    }
    for (const t of term.en) {
      const ws = words(t);
      if (ws.length === 1) add(en, englishKey(ws[0] as string), i);
    }
  });
  return {
    translations(word, keys) {
      const concepts = new Set<number>();
      for (const k of [word, fold(word), ...keys.lemmas])
        for (const c of fi.get(k) ?? []) concepts.add(c);
      for (const c of sv.get(keys.svKey) ?? []) concepts.add(c);
      for (const c of en.get(englishKey(word)) ?? []) concepts.add(c);
      const out: string[][] = [];
      for (const c of concepts) {
        const term = terms[c] as GlossaryTerm;
        for (const t of [...term.fi, ...term.sv, ...term.en]) {
          const ws = words(t);
          if (ws.length === 1 && ws[0] === word) continue;
          out.push(ws);
        }
      }
      return out;
    },
  };
}

let shared: Translator | undefined;
/** The translator over the shipped glossary (built once per process). */
export function glossaryTranslator(): Translator {
  shared ??= createTranslator(glossary.terms, analyser());
  return shared;
}

/**
 * Glossary terms of one language that start like the typed text (accents ignored), preferred
 * terms first, shortest first.
 */
export function suggestTerms(text: string, lang: 'fi' | 'sv' | 'en', limit: number): string[] {
  const typed = fold(text.trim().toLowerCase());
  if (typed.length < 2 || limit <= 0) return [];
  const found: { term: string; preferred: boolean }[] = [];
  for (const entry of termsByLanguage()[lang]) {
    if (entry.folded.startsWith(typed)) found.push(entry);
  }
  found.sort((a, b) => Number(b.preferred) - Number(a.preferred) || a.term.length - b.term.length);
  return [...new Set(found.map((f) => f.term))].slice(0, limit);
}

type TermEntry = { term: string; folded: string; preferred: boolean };
let byLanguage: Record<'fi' | 'sv' | 'en', TermEntry[]> | undefined;
/** The glossary's terms of each language, folded once for prefix matching. */
function termsByLanguage(): Record<'fi' | 'sv' | 'en', TermEntry[]> {
  byLanguage ??= {
    fi: entriesOf('fi'),
    sv: entriesOf('sv'),
    en: entriesOf('en'),
  };
  return byLanguage;
}
function entriesOf(lang: 'fi' | 'sv' | 'en'): TermEntry[] {
  return glossary.terms.flatMap((concept) =>
    concept[lang].map((term, i) => ({
      term,
      folded: fold(term.toLowerCase()),
      preferred: i === 0,
    })),
  );
}
