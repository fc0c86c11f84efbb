/**
 * An in-process search index over one kind of document (organisations today; projects, networks
 * and content later), kept per process and refreshed from the database, which stays the source of
 * truth (live-index.ts). It answers a search without a database round trip for the matching,
 * ranking, filters and facet counts, so that a query nobody has sent before costs about as much as
 * one that a cache could answer.
 *
 * Layout: documents get internal numbers in the order they are added; a changed document is
 * removed (marked dead) and added again under a new number, so every posting list stays sorted and
 * append-only. Words are analysed once when they enter the vocabulary (analysis.ts) and found
 * again through their keys: the word itself, accent-folded, Finnish base forms, compound parts,
 * Snowball stems, the Swedish key, trigrams (parts inside compounds, prefixes as typed, typos).
 */
import { type Analyser, fold, stopWords, words } from './analysis.js';

export interface IndexField {
  text: string;
  /** Names 3, descriptions 1, tags (labels, places) 0.4: see organisations/search-source.ts. */
  weight: number;
}

export interface IndexDocument {
  key: string;
  fields: IndexField[];
  /** Values of each facet: one value, several, or none (null). */
  facets: Record<string, string | readonly string[] | null>;
  /** The name as shown (suggestions) and its sort key (collationKey). */
  label: string;
  /** Last change, milliseconds. */
  updatedAt: number;
  /** 0–1: how complete the document is; with its freshness, orders equally relevant matches. */
  completeness: number;
  /** What a result shows of the document (a summary), kept so that a page needs no database. */
  payload?: unknown;
}

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
const inflectionTail =
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

/** Added to a word's own matches: above any translation (at most 0.45 × 3.3). */
const ownTier = 4;

/** Shortest stem matched inside a compound, or as a prefix as typed. */
const minInfix = 4;
const minPrefix = 3;

/**
 * A sort key that orders names as Finnish does: case and accents ignored except for å, ä and ö,
 * which come after z (and ü with y), so plain string comparison of keys gives the Finnish order.
 */
export function collationKey(name: string): string {
  return name
    .normalize('NFC')
    .toLocaleLowerCase('fi')
    .replace(
      /[åäöü]/g,
      (c) => ({ å: '\u{10FFF0}', ä: '\u{10FFF1}', ö: '\u{10FFF2}', ü: 'y' })[c] ?? c,
    )
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

interface Term {
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

/**
 * A facet: `single` dimensions have one value per document from an open list (municipality);
 * `multi` ones any of a closed list of at most 32 values (themes), kept as a bit mask.
 */
export type FacetSpec =
  | { name: string; values?: undefined }
  | { name: string; values: readonly string[] };

interface FacetDim {
  name: string;
  multi: boolean;
  values: string[];
  index: Map<string, number>;
  /** Per document: its value number or -1 (single), or its bit mask (multi). */
  perDoc: Int32Array;
  /** Per value: documents with it (dead ones included; checked against `alive`). */
  docs: number[][];
}

export interface EngineQuery {
  text?: string | undefined;
  filters: Record<string, readonly string[] | undefined>;
  sort: 'relevance' | 'name' | 'updated';
  offset: number;
  limit: number;
  facets: boolean;
}

export interface EngineResult {
  keys: string[];
  total: number;
  /** Whether a text query was given and ranked the result. */
  ranked: boolean;
  facets?: Record<string, { value: string; count: number }[]>;
}

/** A query word's weighted vocabulary words (term number → weight). */
type Matches = Map<number, number>;

interface WordAlternatives {
  /** The word's own matches. */
  own: Matches;
  /** Glossary translations: every word of a phrase must match, at `weight`. */
  phrases: { words: Matches[]; weight: number }[];
}

/** Scores of one query word: per document (0 = no match) and the documents that have one. */
interface WordScores {
  score: Float32Array;
  docs: Int32Array;
  count: number;
}

export interface Translator {
  /** Equivalent terms in the other languages (each a list of words), for a word and its keys. */
  translations(word: string, keys: { lemmas: string[]; svKey: string }): string[][];
}

function grow<T extends Float64Array | Float32Array | Int32Array | Uint8Array>(
  a: T,
  size: number,
  fill = 0,
): T {
  if (a.length >= size) return a;
  const next = new (a.constructor as new (n: number) => T)(Math.max(size, a.length * 2, 1024));
  next.set(a);
  if (fill !== 0) next.fill(fill, a.length);
  return next;
}

export class SearchIndex {
  private readonly terms: Term[] = [];
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

  private readonly keys: string[] = [];
  private readonly labels: string[] = [];
  private readonly payloads: unknown[] = [];
  private readonly sortKeys: string[] = [];
  private readonly docOf = new Map<string, number>();
  private alive = new Uint8Array(0);
  private updated = new Float64Array(0);
  private quality = new Float32Array(0);
  private readonly facetDims: FacetDim[];
  /** Alive documents in name order, brought up to date when an order is needed. */
  private nameOrder: number[] = [];
  private nameRank = new Int32Array(0);
  private pendingNames: number[] = [];
  private removedNames = 0;
  private dead = 0;
  /** Words of the current query that may still be corrected as typos (three per query). */
  private typoBudget = 0;
  /** Score buffers of the current query, cleared and reused by the next. */
  private readonly spare: WordScores[] = [];
  private readonly lent: WordScores[] = [];
  /** The current query's matching documents and their scores, and buffers to order them. */
  private resultDocs = new Int32Array(0);
  private resultScores = new Float64Array(0);
  private keyBuf = new Float64Array(0);
  private selectBuf = new Float64Array(0);

  constructor(
    readonly analyser: Analyser,
    facets: readonly FacetSpec[],
    private readonly translator?: Translator,
  ) {
    this.facetDims = facets.map((f) => {
      if (f.values && f.values.length > 32) throw new Error(`facet ${f.name}: over 32 values`);
      return {
        name: f.name,
        multi: Boolean(f.values),
        values: f.values ? [...f.values] : [],
        index: new Map((f.values ?? []).map((v, i) => [v, i])),
        perDoc: new Int32Array(0),
        docs: (f.values ?? []).map(() => []),
      };
    });
  }

  get size(): number {
    return this.docOf.size;
  }

  /** Documents removed or replaced since the index was built (their postings remain). */
  get deadCount(): number {
    return this.dead;
  }

  has(key: string): boolean {
    return this.docOf.has(key);
  }

  /** The payload of a document in the index. */
  payloadOf(key: string): unknown {
    const d = this.docOf.get(key);
    return d === undefined ? undefined : this.payloads[d];
  }

  private termFor(word: string): number {
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

  /** Adds a document, replacing the one with the same key. */
  upsert(doc: IndexDocument): void {
    this.remove(doc.key);
    const d = this.keys.length;
    this.keys.push(doc.key);
    this.docOf.set(doc.key, d);
    this.labels.push(doc.label);
    this.payloads.push(doc.payload);
    this.sortKeys.push(`${collationKey(doc.label)}\u0000${doc.key}`);
    this.alive = grow(this.alive, d + 1);
    this.updated = grow(this.updated, d + 1);
    this.quality = grow(this.quality, d + 1);
    this.alive[d] = 1;
    this.updated[d] = doc.updatedAt;
    this.quality[d] = doc.completeness;
    // Per word, the best field weight plus a tenth of the others (found in name and description).
    const weights = new Map<number, { best: number; rest: number }>();
    for (const field of doc.fields) {
      for (const w of new Set(words(field.text))) {
        const t = this.termFor(w);
        const e = weights.get(t);
        if (!e) weights.set(t, { best: field.weight, rest: 0 });
        else if (field.weight > e.best) {
          e.rest += e.best;
          e.best = field.weight;
        } else e.rest += field.weight;
      }
    }
    for (const [t, e] of weights) {
      const term = this.terms[t] as Term;
      term.docs.push(d);
      term.weights.push(e.best + 0.1 * e.rest);
    }
    for (const dim of this.facetDims) {
      dim.perDoc = grow(dim.perDoc, d + 1, dim.multi ? 0 : -1);
      const raw = doc.facets[dim.name];
      const list = Array.isArray(raw) ? (raw as string[]) : typeof raw === 'string' ? [raw] : [];
      if (dim.multi) {
        let mask = 0;
        for (const value of list) {
          const v = dim.index.get(value);
          if (v === undefined || mask & (1 << v)) continue;
          mask |= 1 << v;
          dim.docs[v]?.push(d);
        }
        dim.perDoc[d] = mask;
      } else if (list[0] !== undefined) {
        let v = dim.index.get(list[0]);
        if (v === undefined) {
          v = dim.values.length;
          dim.values.push(list[0]);
          dim.index.set(list[0], v);
          dim.docs.push([]);
        }
        dim.perDoc[d] = v;
        dim.docs[v]?.push(d);
      } else dim.perDoc[d] = -1;
    }
    this.pendingNames.push(d);
  }

  /** Removes a document (no-op when it is not in the index). */
  remove(key: string): void {
    const d = this.docOf.get(key);
    if (d === undefined) return;
    this.docOf.delete(key);
    this.alive[d] = 0;
    this.payloads[d] = undefined;
    this.dead++;
    this.removedNames++;
  }

  /** Name rank of every alive document (0 first), after bringing the name order up to date. */
  private ranks(): Int32Array {
    if (this.pendingNames.length === 0 && this.removedNames === 0) return this.nameRank;
    const byKey = (a: number, b: number) => {
      const x = this.sortKeys[a] as string;
      const y = this.sortKeys[b] as string;
      return x < y ? -1 : x > y ? 1 : 0;
    };
    const alive = this.alive;
    const pending = this.pendingNames.filter((d) => alive[d] === 1).sort(byKey);
    const kept =
      this.removedNames > 0 ? this.nameOrder.filter((d) => alive[d] === 1) : this.nameOrder;
    // Merge the (few) new documents into the order: linear, no full sort.
    const merged: number[] = new Array(kept.length + pending.length);
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < kept.length && j < pending.length) {
      merged[k++] =
        byKey(kept[i] as number, pending[j] as number) <= 0
          ? (kept[i++] as number)
          : (pending[j++] as number);
    }
    while (i < kept.length) merged[k++] = kept[i++] as number;
    while (j < pending.length) merged[k++] = pending[j++] as number;
    this.nameOrder = merged;
    this.pendingNames = [];
    this.removedNames = 0;
    this.nameRank = grow(this.nameRank, this.keys.length);
    for (let r = 0; r < merged.length; r++) this.nameRank[merged[r] as number] = r;
    return this.nameRank;
  }

  // --- matching words ---

  /** Vocabulary words that contain `s` (`^` marks the word's start). */
  private containing(s: string): number[] {
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
  private unknownBases(word: string): string[] {
    return baseCandidates(word).filter((b) => !this.analyser.analyse(b).known);
  }

  /** The vocabulary words a query word reaches, without glossary translations or typos. */
  private matchWord(word: string, scale = 1): Matches {
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
  private typoCandidates(word: string): string[] {
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

  private alternatives(word: string): WordAlternatives {
    const own = this.matchWord(word);
    const phrases = this.translations(word, 1);
    const matchesAny = (ms: Matches) => [...ms.keys()].some((t) => this.hasLiveDocs(t));
    if (
      this.typoBudget > 0 &&
      !matchesAny(own) &&
      !phrases.some((p) => p.words.every(matchesAny))
    ) {
      this.typoBudget--;
      // A typo: what the nearest words of the vocabulary reach (parts of compounds and Swedish
      // stems too), and their translations, at the typo weight.
      for (const near of this.typoCandidates(word)) {
        for (const [t, w] of this.matchWord(near, matchWeights.typo)) {
          if ((own.get(t) ?? 0) < w) own.set(t, w);
        }
        phrases.push(...this.translations(near, matchWeights.typo));
      }
    }
    return { own, phrases };
  }

  /** The glossary's equivalents of a word, each a phrase whose words must all match. */
  private translations(word: string, scale: number): WordAlternatives['phrases'] {
    const keys = this.analyser.analyse(word);
    const out: WordAlternatives['phrases'] = [];
    const forms = [word, ...(keys.known ? [] : this.unknownBases(word))];
    const phrases = forms.flatMap(
      (f) => this.translator?.translations(f, this.analyser.analyse(f)) ?? [],
    );
    const seen = new Set<string>();
    for (const phrase of phrases) {
      if (seen.has(phrase.join(' '))) continue;
      seen.add(phrase.join(' '));
      const ws = phrase.filter((w) => !stopWords.has(w));
      if (ws.length === 0) continue;
      out.push({
        words: ws.map((w) => this.matchWord(w)),
        weight: matchWeights.translation * scale,
      });
    }
    return out;
  }

  private hasLiveDocs(t: number): boolean {
    const term = this.terms[t] as Term;
    for (let i = term.docs.length - 1; i >= 0; i--)
      if (this.alive[term.docs[i] as number]) return true;
    return false;
  }

  /** An empty score buffer; every buffer lent during a query is returned by `returnScores`. */
  private newScores(): WordScores {
    const n = this.keys.length;
    let buffer = this.spare.pop();
    if (!buffer || buffer.score.length < n) {
      const size = Math.max(n, 1024) * 1.25;
      buffer = { score: new Float32Array(size), docs: new Int32Array(size), count: 0 };
    }
    this.lent.push(buffer);
    return buffer;
  }

  /** Clears the buffers lent during a query (only the entries it touched) for the next one. */
  private returnScores(): void {
    for (const b of this.lent.splice(0)) {
      for (let i = 0; i < b.count; i++) b.score[b.docs[i] as number] = 0;
      b.count = 0;
      if (this.spare.length < 32) this.spare.push(b);
    }
  }

  /** Best weight per document for a set of matches, into `into`. */
  private score(ms: Matches, into: WordScores, scale = 1, minWeight = 0): WordScores {
    const { score, docs: touched } = into;
    const alive = this.alive;
    for (const [t, w] of ms) {
      const term = this.terms[t] as Term;
      const docs = term.docs;
      const ws = term.weights;
      const f = w * scale;
      for (let i = 0; i < docs.length; i++) {
        const d = docs[i] as number;
        const fw = ws[i] as number;
        if (alive[d] === 0 || fw < minWeight) continue;
        const s = f * fw;
        const old = score[d] as number;
        if (s > old) {
          if (old === 0) touched[into.count++] = d;
          score[d] = s;
        }
      }
    }
    return into;
  }

  /**
   * A query word's score per document: its own matches rank above every match through a
   * translation (lifted by `ownTier`), whatever the field; translations count where the word itself
   * did not match.
   */
  private scoreWord(alt: WordAlternatives): WordScores {
    const scores = this.score(alt.own, this.newScores());
    for (let i = 0; i < scores.count; i++) {
      const d = scores.docs[i] as number;
      scores.score[d] = (scores.score[d] as number) + ownTier;
    }
    for (const phrase of alt.phrases) {
      const each = phrase.words.map((ms) => this.score(ms, this.newScores()));
      each.sort((a, b) => a.count - b.count);
      const [first, ...rest] = each;
      if (!first) continue;
      for (let i = 0; i < first.count; i++) {
        const d = first.docs[i] as number;
        let v = first.score[d] as number;
        for (const o of rest) v = Math.min(v, o.score[d] as number);
        const s = v * phrase.weight;
        const old = scores.score[d] as number;
        if (old >= ownTier || s <= old) continue;
        if (old === 0) scores.docs[scores.count++] = d;
        scores.score[d] = s;
      }
    }
    return scores;
  }

  /** Query words: distinct, stop words dropped when others remain, at most eight. */
  static queryWords(text: string): string[] {
    const all = [...new Set(words(text))];
    const content = all.filter((w) => !stopWords.has(w));
    return (content.length > 0 ? content : all).slice(0, 8);
  }

  // --- searching ---

  search(q: EngineQuery): EngineResult {
    this.typoBudget = 3;
    try {
      return this.searchNow(q);
    } finally {
      this.returnScores();
    }
  }

  private searchNow(q: EngineQuery): EngineResult {
    const pass = this.filterPredicate(q.filters);
    const n = this.keys.length;
    if (this.resultDocs.length < n) {
      this.resultDocs = new Int32Array(Math.max(1024, n * 1.25));
      this.resultScores = new Float64Array(this.resultDocs.length);
    }
    const docs = this.resultDocs;
    const scores = this.resultScores;
    let count = 0;
    let ranked = false;
    if (q.text?.trim()) {
      const qWords = SearchIndex.queryWords(q.text);
      // Only punctuation was typed: nothing matches, and nothing is ranked.
      ranked = qWords.length > 0;
      const perWord = qWords.map((w) => this.scoreWord(this.alternatives(w)));
      perWord.sort((x, y) => x.count - y.count);
      const [first, ...rest] = perWord;
      if (first) {
        const firstScore = first.score;
        const firstDocs = first.docs;
        const others = rest.map((o) => o.score);
        const m = others.length;
        for (let i = 0; i < first.count; i++) {
          const d = firstDocs[i] as number;
          let s = firstScore[d] as number;
          for (let j = 0; j < m && s > 0; j++) {
            const v = (others[j] as Float32Array)[d] as number;
            s = v === 0 ? 0 : s + v;
          }
          if (s > 0 && (pass === null || pass(d))) {
            docs[count] = d;
            scores[count++] = s;
          }
        }
      }
    } else {
      const alive = this.alive;
      const driver = this.driverDocs(q.filters);
      if (driver === null) {
        for (let d = 0; d < n; d++)
          if (alive[d] === 1 && (pass === null || pass(d))) docs[count++] = d;
      } else {
        for (const d of driver) if (alive[d] === 1 && (pass === null || pass(d))) docs[count++] = d;
      }
    }
    const result = docs.subarray(0, count);
    const facets = q.facets ? this.countFacets(result) : undefined;
    const sort = q.sort === 'relevance' && !ranked ? 'name' : q.sort;
    const page = this.topK(result, sort, ranked ? scores : null, q.offset, q.limit);
    return {
      keys: page.map((d) => this.keys[d] as string),
      total: count,
      ranked,
      ...(facets ? { facets } : {}),
    };
  }

  private dim(name: string): FacetDim | undefined {
    return this.facetDims.find((f) => f.name === name);
  }

  /** The documents to filter when there is no text: the smallest value list of a filter. */
  private driverDocs(filters: EngineQuery['filters']): Iterable<number> | null {
    let best: number[][] | undefined;
    let bestSize = this.keys.length;
    for (const [name, values] of Object.entries(filters)) {
      const dim = this.dim(name);
      if (!dim || !values?.length) continue;
      const lists = values.flatMap((v) => {
        const n = dim.index.get(v);
        return n === undefined ? [] : [dim.docs[n] as number[]];
      });
      const size = lists.reduce((s, l) => s + l.length, 0);
      if (size < bestSize) {
        best = lists;
        bestSize = size;
      }
    }
    if (!best) return null;
    if (best.length === 1) return best[0] as number[];
    return new Set(best.flat());
  }

  /** A test of the filters, or null when there are none. */
  private filterPredicate(filters: EngineQuery['filters']): ((d: number) => boolean) | null {
    const checks: ((d: number) => boolean)[] = [];
    for (const [name, values] of Object.entries(filters)) {
      if (!values?.length) continue;
      const dim = this.dim(name);
      if (!dim) return () => false;
      const known = values.flatMap((v) => {
        const n = dim.index.get(v);
        return n === undefined ? [] : [n];
      });
      if (known.length === 0) return () => false;
      const perDoc = dim.perDoc;
      if (dim.multi) {
        const mask = known.reduce((m, v) => m | (1 << v), 0);
        checks.push((d) => ((perDoc[d] as number) & mask) !== 0);
      } else {
        const wanted = new Uint8Array(dim.values.length);
        for (const v of known) wanted[v] = 1;
        checks.push((d) => wanted[perDoc[d] as number] === 1);
      }
    }
    if (checks.length === 0) return null;
    if (checks.length === 1) return checks[0] as (d: number) => boolean;
    return (d) => {
      for (const c of checks) if (!c(d)) return false;
      return true;
    };
  }

  private countFacets(result: Int32Array): Record<string, { value: string; count: number }[]> {
    const out: Record<string, { value: string; count: number }[]> = {};
    for (const dim of this.facetDims) {
      const counts = new Int32Array(dim.multi ? 32 : dim.values.length);
      const perDoc = dim.perDoc;
      const n = result.length;
      if (dim.multi) {
        for (let i = 0; i < n; i++) {
          let m = perDoc[result[i] as number] as number;
          while (m !== 0) {
            const bit = 31 - Math.clz32(m & -m);
            counts[bit] = (counts[bit] as number) + 1;
            m &= m - 1;
          }
        }
      } else {
        for (let i = 0; i < n; i++) {
          const v = perDoc[result[i] as number] as number;
          if (v >= 0) counts[v] = (counts[v] as number) + 1;
        }
      }
      const list: { value: string; count: number }[] = [];
      for (let v = 0; v < dim.values.length; v++) {
        const n = counts[v] as number;
        if (n > 0) list.push({ value: dim.values[v] as string, count: n });
      }
      list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
      out[dim.name] = list;
    }
    return out;
  }

  /**
   * One page of `result` in the requested order, found without sorting everything: each document
   * gets one number (relevance and quality; the name; the last change), the page's threshold is
   * selected in linear time, and only what reaches it is sorted (ties by name).
   */
  private topK(
    result: Int32Array,
    sort: 'relevance' | 'name' | 'updated',
    scores: Float64Array | null,
    offset: number,
    limit: number,
  ): number[] {
    const n = result.length;
    const k = offset + limit;
    if (n === 0 || offset >= n) return [];
    const rank = this.ranks();
    const size = this.nameOrder.length + 1;
    if (this.keyBuf.length < n) {
      this.keyBuf = new Float64Array(Math.max(1024, n * 1.25));
      this.selectBuf = new Float64Array(this.keyBuf.length);
    }
    const key = this.keyBuf.subarray(0, n);
    // Freshness is judged now, not when the document was indexed: every process orders alike.
    const yearAgo = Date.now() - 365 * 24 * 3600 * 1000;
    for (let i = 0; i < n; i++) {
      const d = result[i] as number;
      const byName = size - (rank[d] as number);
      if (sort === 'relevance' && scores) {
        // Relevance to 1/1000, quality in 100 steps, then the name: one exact double each.
        const quality =
          0.8 * (this.quality[d] as number) + ((this.updated[d] as number) > yearAgo ? 0.2 : 0);
        key[i] =
          (Math.round((scores[i] as number) * 1000) * 100 + Math.round(quality * 99)) * size +
          byName;
      } else if (sort === 'updated') {
        // Milliseconds fill a double: equal times are ordered by name below.
        key[i] = this.updated[d] as number;
      } else key[i] = byName;
    }
    const chosen: number[] = [];
    if (k < n) {
      const select = this.selectBuf.subarray(0, n);
      select.set(key);
      const threshold = kthLargest(select, k);
      for (let i = 0; i < n; i++) if ((key[i] as number) >= threshold) chosen.push(i);
    } else for (let i = 0; i < n; i++) chosen.push(i);
    const rankOf = (i: number) => rank[result[i] as number] as number;
    chosen.sort((a, b) => (key[b] as number) - (key[a] as number) || rankOf(a) - rankOf(b));
    return chosen.slice(offset, k).map((i) => result[i] as number);
  }

  // --- suggestions ---

  /**
   * Documents whose names have words starting like the typed text (every word but the last
   * complete, the last as a prefix), best first.
   */
  suggest(text: string, limit: number): { key: string; label: string }[] {
    this.typoBudget = 0;
    try {
      return this.suggestNow(text, limit);
    } finally {
      this.returnScores();
    }
  }

  private suggestNow(text: string, limit: number): { key: string; label: string }[] {
    const ws = SearchIndex.queryWords(text);
    const last = words(text).pop();
    if (!last) return [];
    const prefixTerms: Matches = new Map();
    for (const t of this.containing(`^${fold(last)}`)) prefixTerms.set(t, 1);
    // Only words of names count (their weight is the name field's, 3).
    const found = this.score(prefixTerms, this.newScores(), 1, 3);
    const others = ws
      .filter((w) => w !== last)
      .map((w) => this.score(this.matchWord(w), this.newScores(), 1, 3));
    const hits: { d: number; s: number }[] = [];
    for (let i = 0; i < found.count; i++) {
      const d = found.docs[i] as number;
      let s = found.score[d] as number;
      for (const o of others) {
        const v = o.score[d] as number;
        s = v === 0 ? 0 : s + v;
        if (s === 0) break;
      }
      if (s > 0) hits.push({ d, s });
    }
    const labels = this.labels;
    const before = (a: { d: number; s: number }, b: { d: number; s: number }) =>
      b.s - a.s ||
      (this.quality[b.d] as number) - (this.quality[a.d] as number) ||
      (labels[a.d] as string).length - (labels[b.d] as string).length;
    // The best `limit` of possibly thousands (a short prefix): kept in order as they come.
    const best: { d: number; s: number }[] = [];
    for (const h of hits) {
      if (best.length === limit && before(h, best[limit - 1] as { d: number; s: number }) >= 0) {
        continue;
      }
      let i = best.length;
      while (i > 0 && before(h, best[i - 1] as { d: number; s: number }) < 0) i--;
      best.splice(i, 0, h);
      if (best.length > limit) best.pop();
    }
    return best.map(({ d }) => ({ key: this.keys[d] as string, label: labels[d] as string }));
  }
}

/** The k-th largest value of `a` (1-based), in linear expected time; `a` is reordered. */
export function kthLargest(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >>> 1] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((a[i] as number) > pivot) i++;
      while ((a[j] as number) < pivot) j--;
      if (i <= j) {
        const x = a[i] as number;
        a[i] = a[j] as number;
        a[j] = x;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else return a[target] as number;
  }
  return a[target] as number;
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
