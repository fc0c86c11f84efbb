/**
 * An in-process search index over one kind of document (organisations today; projects, networks
 * and content later), kept per process and refreshed from the database, which stays the source of
 * truth (live-index.ts). It answers a search without a database round trip for the matching,
 * ranking, filters and facet counts, so that a query nobody has sent before costs about as much as
 * one that a cache could answer.
 *
 * Layout: documents get internal numbers in the order they are added; a changed document is
 * removed (marked dead) and added again under a new number, so every posting list stays sorted and
 * append-only. Words are analysed once when they enter the vocabulary (vocabulary.ts) and found
 * again through their keys; facet values live in facets.ts. This file scores, filters, counts and
 * orders a search, and answers type-ahead.
 */
import { type Analyser, fold, stopWords, words } from './analysis.js';
import { type FacetSpec, FacetTable, grow } from './facets.js';
import { type Matches, matchWeights, Vocabulary } from './vocabulary.js';

export type { FacetSpec } from './facets.js';

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
  /** A value of the document's own to sort by, highest first (a project's start); none last. */
  order?: number | null;
  /**
   * When the document is active (milliseconds; null: open-ended on that side), for the query's
   * `overlaps`; a document without one is active always.
   */
  span?: { from: number | null; to: number | null };
}

/** Added to a word's own matches: above any translation (at most 0.45 × 3.3). */
const ownTier = 4;

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

export interface EngineQuery {
  text?: string | undefined;
  filters: Record<string, readonly string[] | undefined>;
  sort: EngineSort;
  offset: number;
  limit: number;
  facets: boolean;
  /** Only these documents, by key (e.g. a network's members); keys not indexed are ignored. */
  within?: readonly string[] | undefined;
  /** Only documents whose span meets this period (either end may be left open). */
  overlaps?: { from?: number | undefined; to?: number | undefined } | undefined;
}

/** Relevance (text only), the label in Finnish order, the last change, the document's `order`. */
export type EngineSort = 'relevance' | 'name' | 'updated' | 'order';

export interface EngineResult {
  keys: string[];
  total: number;
  /** Whether a text query was given and ranked the result. */
  ranked: boolean;
  facets?: Record<string, { value: string; count: number }[]>;
}

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

export class SearchIndex {
  private readonly vocabulary: Vocabulary;
  private readonly keys: string[] = [];
  private readonly labels: string[] = [];
  private readonly payloads: unknown[] = [];
  private readonly sortKeys: string[] = [];
  private readonly docOf = new Map<string, number>();
  private alive = new Uint8Array(0);
  private updated = new Float64Array(0);
  private quality = new Float32Array(0);
  private orderValue = new Float64Array(0);
  private spanFrom = new Float64Array(0);
  private spanTo = new Float64Array(0);
  private readonly facets: FacetTable;
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
  /** Scratch marks, one per document, all zero between queries. */
  private marks = new Uint8Array(0);

  constructor(
    readonly analyser: Analyser,
    facets: readonly FacetSpec[],
    private readonly translator?: Translator,
  ) {
    this.vocabulary = new Vocabulary(analyser);
    this.facets = new FacetTable(facets);
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
    this.orderValue = grow(this.orderValue, d + 1);
    this.spanFrom = grow(this.spanFrom, d + 1);
    this.spanTo = grow(this.spanTo, d + 1);
    this.alive[d] = 1;
    this.updated[d] = doc.updatedAt;
    this.quality[d] = doc.completeness;
    this.orderValue[d] = doc.order ?? Number.NEGATIVE_INFINITY;
    this.spanFrom[d] = doc.span?.from ?? Number.NEGATIVE_INFINITY;
    this.spanTo[d] = doc.span?.to ?? Number.POSITIVE_INFINITY;
    // Per word, the best field weight plus a tenth of the others (found in name and description).
    const weights = new Map<number, { best: number; rest: number }>();
    for (const field of doc.fields) {
      for (const w of new Set(words(field.text))) {
        const t = this.vocabulary.termFor(w);
        const e = weights.get(t);
        if (!e) weights.set(t, { best: field.weight, rest: 0 });
        else if (field.weight > e.best) {
          e.rest += e.best;
          e.best = field.weight;
        } else e.rest += field.weight;
      }
    }
    for (const [t, e] of weights) {
      const term = this.vocabulary.term(t);
      term.docs.push(d);
      term.weights.push(e.best + 0.1 * e.rest);
    }
    this.facets.add(d, doc.facets);
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

  private alternatives(word: string): WordAlternatives {
    const own = this.vocabulary.matchWord(word);
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
      for (const near of this.vocabulary.typoCandidates(word)) {
        for (const [t, w] of this.vocabulary.matchWord(near, matchWeights.typo)) {
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
    const forms = [word, ...(keys.known ? [] : this.vocabulary.unknownBases(word))];
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
        words: ws.map((w) => this.vocabulary.matchWord(w)),
        weight: matchWeights.translation * scale,
      });
    }
    return out;
  }

  private hasLiveDocs(t: number): boolean {
    const term = this.vocabulary.term(t);
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
      const term = this.vocabulary.term(t);
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

  /** The document numbers of `keys` that are indexed, each once, in ascending order. */
  private docsOfKeys(keys: readonly string[]): Int32Array {
    const found = new Set<number>();
    for (const key of keys) {
      const d = this.docOf.get(key);
      if (d !== undefined) found.add(d);
    }
    return Int32Array.from(found).sort();
  }

  search(q: EngineQuery): EngineResult {
    this.typoBudget = 3;
    try {
      return this.searchNow(q);
    } finally {
      this.returnScores();
    }
  }

  private searchNow(q: EngineQuery): EngineResult {
    const filtered = this.facets.filterPredicate(q.filters);
    const n = this.keys.length;
    // A restriction to some documents: their numbers, and a mark per document to test them by.
    const withinDocs = q.within ? this.docsOfKeys(q.within) : null;
    const tests: ((d: number) => boolean)[] = filtered ? [filtered] : [];
    if (withinDocs) {
      const marked = new Uint8Array(n);
      for (const d of withinDocs) marked[d] = 1;
      tests.push((d) => marked[d] === 1);
    }
    const from = q.overlaps?.from;
    const to = q.overlaps?.to;
    if (from !== undefined) tests.push((d) => (this.spanTo[d] as number) >= from);
    if (to !== undefined) tests.push((d) => (this.spanFrom[d] as number) <= to);
    const pass = allOf(tests);
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
      const driver = withinDocs ? null : this.facets.driverDocs(q.filters, n);
      if (withinDocs) {
        for (const d of withinDocs)
          if (alive[d] === 1 && (pass === null || pass(d))) docs[count++] = d;
      } else if (driver === null) {
        for (let d = 0; d < n; d++)
          if (alive[d] === 1 && (pass === null || pass(d))) docs[count++] = d;
      } else {
        this.facets.forEachDriven(driver, (d) => {
          if (alive[d] === 1 && (pass === null || pass(d))) docs[count++] = d;
        });
      }
    }
    const result = docs.subarray(0, count);
    const facets = q.facets ? this.facets.count(result) : undefined;
    const sort = q.sort === 'relevance' && !ranked ? 'name' : q.sort;
    const page = this.topK(result, sort, ranked ? scores : null, q.offset, q.limit);
    return {
      keys: page.map((d) => this.keys[d] as string),
      total: count,
      ranked,
      ...(facets ? { facets } : {}),
    };
  }

  /**
   * One page of `result` in the requested order, found without sorting everything: each document
   * gets one number (relevance and quality; the name; the last change), the page's threshold is
   * selected in linear time, and only what reaches it is sorted (ties by name).
   */
  private topK(
    result: Int32Array,
    sort: EngineSort,
    scores: Float64Array | null,
    offset: number,
    limit: number,
  ): number[] {
    const n = result.length;
    const k = offset + limit;
    if (n === 0 || offset >= n) return [];
    const rank = this.ranks();
    const size = this.nameOrder.length + 1;
    const byNameOnly = sort === 'name' || (sort === 'relevance' && !scores);
    // A large result in name order: walking the name order until the page is full reads about
    // k·size/n documents, less than selecting among all n when the result is a fair share.
    if (byNameOnly && k * size < 3 * n * n) return this.firstByName(result, offset, k);
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
      } else if (sort === 'order') {
        // Equal values (and documents without one, below every value) are ordered by name below.
        key[i] = this.orderValue[d] as number;
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

  /** Documents `offset`…`k - 1` of `result` in name order, by walking the name order. */
  private firstByName(result: Int32Array, offset: number, k: number): number[] {
    this.marks = grow(this.marks, this.keys.length);
    const mark = this.marks;
    for (let i = 0; i < result.length; i++) mark[result[i] as number] = 1;
    const page: number[] = [];
    let seen = 0;
    for (const d of this.nameOrder) {
      if (mark[d] !== 1) continue;
      if (seen++ >= offset) page.push(d);
      if (seen >= k) break;
    }
    for (let i = 0; i < result.length; i++) mark[result[i] as number] = 0;
    return page;
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
    for (const t of this.vocabulary.containing(`^${fold(last)}`)) prefixTerms.set(t, 1);
    // Only words of names count (their weight is the name field's, 3).
    const found = this.score(prefixTerms, this.newScores(), 1, 3);
    const others = ws
      .filter((w) => w !== last)
      .map((w) => this.score(this.vocabulary.matchWord(w), this.newScores(), 1, 3));
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

/** A test that passes when every one of `tests` does (null: no test at all). */
function allOf(tests: ((d: number) => boolean)[]): ((d: number) => boolean) | null {
  if (tests.length === 0) return null;
  if (tests.length === 1) return tests[0] as (d: number) => boolean;
  return (d) => tests.every((t) => t(d));
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
