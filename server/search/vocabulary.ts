/**
 * The vocabulary of a search index: every distinct word of its documents with its postings, found
 * again from a query word through the word's keys (analysis.ts): the word itself or accent-folded,
 * base forms, compound parts, stems, the Swedish key, endings of unknown words, trigrams (parts
 * inside compounds, prefixes as typed) and, for typos, a lexicon of words, base forms, parts and
 * Swedish stems. Words are never removed: a word of removed documents only has dead postings.
 */
import { type Analyser, fold } from './analysis.js';

/** How a query word reached a vocabulary word; the weight multiplies the field's weight. */
export const matchWeights = {
  exact: 1,
  folded: 0.95,
  lemma: 0.9,
  swedish: 0.85,
  stem: 0.8,
  prefix: 0.7,
  part: 0.6,
  infix: 0.5,
  translation: 0.45,
  typo: 0.4,
  typedPrefix: 0.3,
} as const;

/**
 * What may follow a word that is not Finnish to Voikko (Swedish, names) and still be the same
 * word inflected (förening|en, andelslag|et, Tuulikello|n); anything else after a prefix is
 * another word (bank|ett) and ranks low.
 */
export const inflectionTail =
  /^(?:a|e|n|s|t|en|et|er|ar|or|na|ne|es|ns|ts|ens|ets|ers|ars|ors|ena|ans|arna|erna|orna|ande|ende|ade|ad|at|te|de|lla|llä|ssa|ssä|sta|stä|lle|lta|ltä|ksi|in|iin|a|ä|ta|tä)$/;

const tails = inflectionTail.source.slice(4, -2).split('|');

/**
 * Base forms of a word Voikko does not know, by taking an ending away (folkhögskolan →
 * folkhögskola, skyddshemmet → skyddshem, Tuulikellon → tuulikello): candidates only, used when
 * the vocabulary or the glossary has them.
 */
export function baseCandidates(word: string): string[] {
  const out = new Set<string>();
  for (const tail of tails) {
    if (!word.endsWith(tail) || word.length - tail.length < 4) continue;
    const base = word.slice(0, -tail.length);
    out.add(base);
    if (/([bdfgklmnprst])\1$/.test(base)) out.add(base.slice(0, -1));
  }
  return [...out];
}

/** Shortest stem matched inside a compound, or as a prefix as typed. */
const minInfix = 4;
const minPrefix = 3;

export interface Term {
  text: string;
  docs: number[];
  weights: number[];
  known: boolean;
}

/** Growable map from a key to the numbers of the terms that have it. */
class KeyMap {
  private readonly map = new Map<string, number[]>();
  add(key: string, term: number): void {
    const list = this.map.get(key);
    if (!list) this.map.set(key, [term]);
    else if (list[list.length - 1] !== term) list.push(term);
  }
  get(key: string): readonly number[] {
    return this.map.get(key) ?? [];
  }
}

function trigrams(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 3 <= s.length; i++) out.push(s.slice(i, i + 3));
  return out;
}

/** A query word's weighted vocabulary words (term number → weight). */
export type Matches = Map<number, number>;

export class Vocabulary {
  readonly terms: Term[] = [];
  private readonly termOf = new Map<string, number>();
  private readonly byFolded = new KeyMap();
  private readonly byLemma = new KeyMap();
  private readonly byPart = new KeyMap();
  private readonly byStem = new KeyMap();
  private readonly bySwedish = new KeyMap();
  private readonly byTrigram = new KeyMap();
  /** Words, base forms and compound parts of the vocabulary, by trigram: where typos are sought. */
  private readonly lexicon: string[] = [];
  private readonly inLexicon = new Set<string>();
  private readonly lexiconTrigrams = new KeyMap();

  constructor(private readonly analyser: Analyser) {}

  /** A word's term (its postings). */
  term(t: number): Term {
    return this.terms[t] as Term;
  }

  /** The term number of a word, added (and analysed) when new. */
  termFor(word: string): number {
    let t = this.termOf.get(word);
    if (t !== undefined) return t;
    t = this.terms.length;
    if (/^\d+$/.test(word)) {
      // Numbers (business IDs, years, numbered names) are found as written only.
      this.terms.push({ text: word, docs: [], weights: [], known: false });
      this.termOf.set(word, t);
      return t;
    }
    const keys = this.analyser.analyse(word);
    this.terms.push({ text: word, docs: [], weights: [], known: keys.known });
    this.termOf.set(word, t);
    const folded = fold(word);
    if (folded !== word) this.byFolded.add(folded, t);
    for (const l of keys.lemmas) this.byLemma.add(l, t);
    for (const p of keys.parts) this.byPart.add(p, t);
    this.byStem.add(keys.fiStem, t);
    this.bySwedish.add(keys.svKey, t);
    const grams = new Set(trigrams(`^${word}$`));
    if (folded !== word) for (const g of trigrams(`^${folded}$`)) grams.add(g);
    for (const g of grams) this.byTrigram.add(g, t);
    for (const w of [word, ...keys.lemmas, ...keys.parts]) this.addToLexicon(w);
    if (!keys.known) this.addToLexicon(keys.svKey);
    return t;
  }

  private addToLexicon(word: string): void {
    const folded = fold(word);
    if (folded.length < 4 || this.inLexicon.has(folded)) return;
    this.inLexicon.add(folded);
    const n = this.lexicon.length;
    this.lexicon.push(word);
    for (const g of new Set(trigrams(`^${folded}$`))) this.lexiconTrigrams.add(g, n);
  }

  /** Vocabulary words that contain `s` (`^` marks the word's start). */
  containing(s: string): number[] {
    let best: readonly number[] | undefined;
    for (const g of trigrams(s)) {
      const list = this.byTrigram.get(g);
      if (list.length === 0) return [];
      if (!best || list.length < best.length) best = list;
    }
    if (!best) return [];
    const atStart = s.startsWith('^');
    const needle = atStart ? s.slice(1) : s;
    const out: number[] = [];
    for (const t of best) {
      const text = (this.terms[t] as Term).text;
      const hit = atStart
        ? text.startsWith(needle) || fold(text).startsWith(needle)
        : text.includes(needle) || fold(text).includes(needle);
      if (hit) out.push(t);
    }
    return out;
  }

  /**
   * Base candidates of a word Voikko does not know that Voikko does not know either: Voikko knows
   * every Finnish form of the words it knows, so sirkkus is not a form of sirkku.
   */
  unknownBases(word: string): string[] {
    return baseCandidates(word).filter((b) => !this.analyser.analyse(b).known);
  }

  /** The vocabulary words a query word reaches, without glossary translations or typos. */
  matchWord(word: string, scale = 1): Matches {
    const m: Matches = new Map();
    const put = (t: number, w: number) => {
      const weight = w * scale;
      if ((m.get(t) ?? 0) < weight) m.set(t, weight);
    };
    const keys = this.analyser.analyse(word);
    const folded = fold(word);
    const exact = this.termOf.get(word);
    if (exact !== undefined) put(exact, matchWeights.exact);
    const foldedTerm = this.termOf.get(folded);
    if (foldedTerm !== undefined) put(foldedTerm, matchWeights.folded);
    for (const t of this.byFolded.get(folded)) put(t, matchWeights.folded);
    // Another form of a word Voikko does not know: its base, and the base with other endings.
    const bases = keys.known ? [] : this.unknownBases(word);
    for (const b of bases) {
      const t = this.termOf.get(b);
      if (t !== undefined) put(t, matchWeights.swedish);
      for (const u of this.containing(`^${b}`)) {
        if (inflectionTail.test((this.terms[u] as Term).text.slice(b.length)))
          put(u, matchWeights.swedish);
      }
    }
    for (const l of keys.lemmas) for (const t of this.byLemma.get(l)) put(t, matchWeights.lemma);
    if (keys.svKey.length >= minInfix) {
      for (const t of this.bySwedish.get(keys.svKey)) put(t, matchWeights.swedish);
    }
    // Stems only where the morphology cannot tell (a word Voikko does not know, on either side).
    for (const t of this.byStem.get(keys.fiStem)) {
      if (!(keys.known && (this.terms[t] as Term).known)) put(t, matchWeights.stem);
    }
    // Compound parts: the query's base form is a part of the word (kyläleipomo for leipomo).
    for (const l of keys.known ? keys.lemmas : [word]) {
      for (const t of this.byPart.get(l)) put(t, matchWeights.part);
    }
    // A word as typed so far (osuusk…), or a word Voikko does not know followed by an ending:
    // not for short known Finnish words, so that tupa does not reach tupakka.
    if (word.length >= minPrefix && (!keys.known || word.length >= 6)) {
      for (const t of this.containing(`^${folded}`)) {
        const rest = fold((this.terms[t] as Term).text).slice(folded.length);
        put(
          t,
          !keys.known && inflectionTail.test(rest) ? matchWeights.prefix : matchWeights.typedPrefix,
        );
      }
    }
    // Inside compounds the morphology does not know (Cykelverkstaden for verkstad, names):
    // the word, its base forms and stems, not at the start.
    const stems = new Set([word, ...keys.lemmas, keys.svKey, ...(keys.known ? [] : [keys.fiStem])]);
    for (const s of stems) {
      if (s.length < minInfix) continue;
      for (const t of this.containing(s)) {
        const term = this.terms[t] as Term;
        if (term.known && keys.known) continue;
        const atStart = term.text.startsWith(s);
        if (atStart && (keys.known || s === word)) continue;
        put(t, atStart ? matchWeights.part : matchWeights.infix);
      }
    }
    return m;
  }

  /**
   * Words of the vocabulary (and base forms and parts of its compounds) near a misspelt word:
   * one edit, two for words of 8+ letters; candidates by shared trigrams.
   */
  typoCandidates(word: string): string[] {
    const found = new Map<string, number>();
    for (const form of new Set([word, this.analyser.analyse(word).svKey])) {
      for (const c of this.nearWords(form)) {
        if ((found.get(c.text) ?? 99) > c.steps) found.set(c.text, c.steps);
      }
    }
    const best = Math.min(...found.values());
    return [...found]
      .filter(([, steps]) => steps === best)
      .slice(0, 5)
      .map(([text]) => text);
  }

  private nearWords(word: string): { text: string; steps: number }[] {
    const target = fold(word);
    const len = target.length;
    if (len < 4) return [];
    const maxEdits = len >= 8 ? 2 : 1;
    const counts = new Map<number, number>();
    for (const g of new Set(trigrams(`^${target}$`))) {
      for (const n of this.lexiconTrigrams.get(g)) counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    const out: { text: string; steps: number }[] = [];
    // Each edit spoils at most three of the padded word's trigrams (the q-gram bound).
    const minShared = len - 3 * maxEdits;
    for (const [n, shared] of counts) {
      if (shared < minShared) continue;
      const text = this.lexicon[n] as string;
      if (Math.abs(text.length - len) > maxEdits) continue;
      const steps = editDistance(target, fold(text), maxEdits);
      // Distance 0: the word itself, still in the lexicon from documents since removed.
      if (steps > 0 && steps <= maxEdits) out.push({ text, steps });
    }
    return out;
  }
}

/**
 * Edits between two words, a swap of neighbours counting one (optimal string alignment), or
 * `max + 1` as soon as it is clear that more than `max` are needed.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2 = new Array<number>(b.length + 1).fill(0);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    row[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, (prev2[j - 2] as number) + 1);
      }
      row[j] = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return Math.min(prev[b.length] as number, max + 1);
}
