/**
 * Checks of the relevance set's data (no database): the targets and distractors are valid API
 * bodies, the judgments refer to existing targets, the set is as large as issue 9 asks, and the
 * distractors were not built from the query words (a rough guard: no query word is a whole word
 * of a distractor name).
 */
import { describe, expect, it } from 'vitest';
import { createOrganisationBodySchema } from '../../../common/schemas/organisations.js';
import { distractors } from './distractors.js';
import { crossLanguagePairs, type QueryClass, queries } from './queries.js';
import { targets } from './targets.js';

const minimum: Record<QueryClass, number> = {
  inflection: 20,
  compound: 20,
  stem_change: 20,
  cross_language: 20,
  typo: 20,
  ties: 10,
  swedish: 20,
  prefix: 20,
};

/**
 * Query words that legitimately occur in distractor names: municipality names, which distractor
 * names carry as a real registry's do ("As Oy Tampere Kalliorinne"); the queries use them only to
 * narrow another word.
 */
const placeNames = new Set(['tampere', 'jyväskylä', 'lappeenranta', 'nykarleby']);

const lower = (s: string) => s.toLocaleLowerCase('fi');
const wordsOf = (s: string) =>
  lower(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
const all = distractors();

describe('relevance set data', () => {
  it('has valid organisation bodies', () => {
    for (const { key, org } of targets) {
      const r = createOrganisationBodySchema.safeParse(org);
      expect(r.success, `${key}: ${r.error?.message}`).toBe(true);
    }
    for (const org of all) {
      const r = createOrganisationBodySchema.safeParse(org);
      expect(r.success, `${org.name}: ${r.error?.message}`).toBe(true);
    }
  });

  it('has unique keys and names', () => {
    const keys = targets.map((t) => t.key);
    expect(new Set(keys).size).toBe(keys.length);
    const names = [...targets.map((t) => t.org.name), ...all.map((o) => o.name)].map(lower);
    expect(new Set(names).size).toBe(names.length);
  });

  it('has at least 2 000 deterministic distractors and about 60 hard negatives', () => {
    expect(all.length).toBeGreaterThanOrEqual(2000);
    expect(distractors()).toEqual(all);
    const negatives = targets.filter((t) => t.key.startsWith('neg-'));
    expect(negatives.length).toBeGreaterThanOrEqual(55);
    expect(targets.length - negatives.length).toBeGreaterThanOrEqual(100);
  });

  it('judges only existing targets, never a hard negative', () => {
    const keys = new Set(targets.map((t) => t.key));
    for (const q of queries) {
      expect(q.relevant.length, q.q).toBeGreaterThan(0);
      expect(new Set(q.relevant).size, q.q).toBe(q.relevant.length);
      for (const k of q.relevant) {
        expect(keys.has(k), `${q.q}: ${k}`).toBe(true);
        expect(k.startsWith('neg-'), `${q.q}: ${k}`).toBe(false);
      }
      if (q.first) expect(q.relevant, q.q).toContain(q.first);
    }
  });

  it('has at least 170 distinct queries and the minimum per class', () => {
    expect(queries.length).toBeGreaterThanOrEqual(170);
    expect(new Set(queries.map((q) => lower(q.q))).size).toBe(queries.length);
    for (const [c, n] of Object.entries(minimum)) {
      expect(queries.filter((q) => q.class === c).length, c).toBeGreaterThanOrEqual(n);
    }
  });

  it('states the intended order of ties and the pair of cross-language queries', () => {
    for (const q of queries.filter((x) => x.class === 'ties')) {
      expect(q.first, q.q).toBeDefined();
      expect(q.note, q.q).toBeTruthy();
    }
    for (const q of queries.filter((x) => x.class === 'cross_language')) {
      expect(q.note, q.q).toMatch(/↔/);
    }
    expect(crossLanguagePairs.length).toBeGreaterThanOrEqual(20);
  });

  it('has prefixes of at least 4 letters and typos that match no word as typed', () => {
    for (const q of queries.filter((x) => x.class === 'prefix')) {
      expect([...q.q].length, q.q).toBeGreaterThanOrEqual(4);
    }
    const texts = [...targets.map((t) => t.org), ...all].map((o) =>
      lower([o.name, o.description?.fi, o.description?.sv, o.description?.en].join(' ')),
    );
    for (const q of queries.filter((x) => x.class === 'typo')) {
      expect(
        texts.some((t) => t.includes(lower(q.q))),
        q.q,
      ).toBe(false);
    }
  });

  it('has distractor names without any query word (they were not built from the queries)', () => {
    const nameWords = new Set(all.flatMap((o) => wordsOf(o.name)));
    const found = queries
      .flatMap((q) => wordsOf(q.q))
      .filter((w) => !placeNames.has(w) && nameWords.has(w));
    expect(found).toEqual([]);
  });
});
