import { describe, expect, it } from 'vitest';
import { random } from '../synthetic.js';
import { createAnalyser } from './analysis.js';
import { type EngineQuery, SearchIndex } from './engine.js';

const themes = ['a', 'b', 'c', 'd', 'e'] as const;

/**
 * An index of `n` documents with random names, a region each (open list) and any of five themes
 * (closed list, so kept as bit masks): the shapes the directory's filters meet.
 */
function build(n: number, seed = 7) {
  const rnd = random(seed);
  const index = new SearchIndex(createAnalyser(null), [
    { name: 'region', values: undefined },
    { name: 'theme', values: themes },
  ]);
  const docs: { key: string; name: string; region: string; themes: string[] }[] = [];
  for (let i = 0; i < n; i++) {
    const name = `${String.fromCharCode(97 + Math.floor(rnd() * 26))}${Math.floor(rnd() * 1e6)} osuuskunta`;
    const region = `r${Math.floor(rnd() * 4)}`;
    const own = themes.filter(() => rnd() < 0.4);
    const key = String(i + 1);
    docs.push({ key, name, region, themes: own });
    index.upsert({
      key,
      label: name,
      fields: [{ text: name, weight: 3 }],
      facets: { region, theme: own },
      updatedAt: 0,
      completeness: 0.5,
    });
  }
  return { index, docs };
}

/** The index's name order: the name, then the key as text. */
const byName = (a: { name: string; key: string }, b: { name: string; key: string }) => {
  const x = `${a.name}\u0000${a.key}`;
  const y = `${b.name}\u0000${b.key}`;
  return x < y ? -1 : x > y ? 1 : 0;
};

function query(q: Partial<EngineQuery>): EngineQuery {
  return { filters: {}, sort: 'name', offset: 0, limit: 20, facets: true, ...q };
}

describe('SearchIndex filters without text', () => {
  it('takes each document once when it has several of the chosen values of a multi-valued facet', () => {
    const { index, docs } = build(500);
    for (const chosen of [['a', 'b'], ['b', 'd', 'e'], ['a', 'b', 'c', 'd', 'e'], ['c']]) {
      const expected = docs.filter((d) => d.themes.some((t) => chosen.includes(t)));
      const result = index.search(query({ filters: { theme: chosen }, limit: 1000 }));
      expect(result.total).toBe(expected.length);
      expect(new Set(result.keys).size).toBe(result.keys.length);
      expect(result.keys).toEqual([...expected].sort(byName).map((d) => d.key));
      // The facet counts are those of the matching documents.
      const regionCounts = new Map<string, number>();
      for (const d of expected) regionCounts.set(d.region, (regionCounts.get(d.region) ?? 0) + 1);
      expect(
        Object.fromEntries(result.facets?.region?.map((f) => [f.value, f.count]) ?? []),
      ).toEqual(Object.fromEntries(regionCounts));
      for (const t of themes) {
        const count = expected.filter((d) => d.themes.includes(t)).length;
        expect(result.facets?.theme?.find((f) => f.value === t)?.count ?? 0).toBe(count);
      }
    }
  });

  it('gives the same pages in name order for small and large results, at any depth', () => {
    const { index, docs } = build(3000, 11);
    const cases: EngineQuery['filters'][] = [
      {},
      { region: ['r1'] },
      { region: ['r1', 'r3'], theme: ['a'] },
      { theme: ['e'], region: ['r2'] },
    ];
    for (const filters of cases) {
      const expected = docs
        .filter(
          (d) =>
            (!filters.region || filters.region.includes(d.region)) &&
            (!filters.theme || d.themes.some((t) => filters.theme?.includes(t))),
        )
        .sort(byName)
        .map((d) => d.key);
      for (const [offset, limit] of [
        [0, 20],
        [380, 20],
        [0, 1000],
        [expected.length - 5, 20],
      ] as const) {
        const result = index.search(query({ filters, offset, limit }));
        expect(result.keys).toEqual(expected.slice(offset, offset + limit));
      }
    }
  });

  it('leaves removed documents out of pages in name order', () => {
    const { index, docs } = build(1000, 3);
    const removed = new Set(docs.filter((_, i) => i % 3 === 0).map((d) => d.key));
    for (const key of removed) index.remove(key);
    const expected = docs
      .filter((d) => !removed.has(d.key))
      .sort(byName)
      .map((d) => d.key);
    expect(index.search(query({ limit: 50 })).keys).toEqual(expected.slice(0, 50));
    expect(index.search(query({ offset: 600, limit: 50 })).keys).toEqual(expected.slice(600, 650));
  });
});

describe('SearchIndex restricted to some documents', () => {
  it('finds only those, with their filters and text, and counts facets over them alone', () => {
    const { index, docs } = build(800, 11);
    const rnd = random(5);
    const chosen = docs.filter(() => rnd() < 0.1);
    // Unknown keys and repeats are ignored.
    const within = [...chosen.map((d) => d.key), ...chosen.slice(0, 5).map((d) => d.key), 'nope'];
    const all = index.search(query({ within, limit: 1000 }));
    expect(all.keys).toEqual([...chosen].sort(byName).map((d) => d.key));
    const inB = chosen.filter((d) => d.themes.includes('b'));
    const filtered = index.search(query({ within, filters: { theme: ['b'] }, limit: 1000 }));
    expect(filtered.keys).toEqual([...inB].sort(byName).map((d) => d.key));
    const regionCounts = new Map<string, number>();
    for (const d of inB) regionCounts.set(d.region, (regionCounts.get(d.region) ?? 0) + 1);
    expect(
      Object.fromEntries((filtered.facets?.region ?? []).map((f) => [f.value, f.count])),
    ).toEqual(Object.fromEntries(regionCounts));
    const text = index.search(query({ within, text: 'osuuskunta', limit: 1000 }));
    expect(new Set(text.keys)).toEqual(new Set(chosen.map((d) => d.key)));
    expect(index.search(query({ within: [] })).total).toBe(0);
  });
});

describe('SearchIndex spans and own order', () => {
  /** Documents with a random span (either end may be open) and a random order value or none. */
  function dated(n: number, seed = 11) {
    const rnd = random(seed);
    const index = new SearchIndex(createAnalyser(null), [{ name: 'region', values: undefined }]);
    const docs: {
      key: string;
      name: string;
      from: number | null;
      to: number | null;
      order: number | null;
    }[] = [];
    for (let i = 0; i < n; i++) {
      const key = String(i + 1);
      const name = `${String.fromCharCode(97 + Math.floor(rnd() * 26))}${i} hanke`;
      const start = Math.floor(rnd() * 100);
      const from = rnd() < 0.2 ? null : start;
      const to = rnd() < 0.2 ? null : start + Math.floor(rnd() * 30);
      const order = rnd() < 0.25 ? null : Math.floor(rnd() * 10);
      docs.push({ key, name, from, to, order });
      index.upsert({
        key,
        label: name,
        fields: [{ text: name, weight: 3 }],
        facets: { region: 'r' },
        updatedAt: 0,
        completeness: 0.5,
        order,
        span: { from, to },
      });
    }
    return { index, docs };
  }

  it('keeps the documents active in the asked period, each end open or not, with and without text', () => {
    const { index, docs } = dated(400);
    const periods = [{ from: 50 }, { to: 20 }, { from: 40, to: 45 }, { from: 200 }, { to: -1 }];
    for (const p of periods) {
      const expected = docs.filter(
        (d) =>
          (p.from === undefined || d.to === null || d.to >= p.from) &&
          (p.to === undefined || d.from === null || d.from <= p.to),
      );
      for (const text of [undefined, 'hanke']) {
        const result = index.search(query({ text, overlaps: p, limit: 1000, sort: 'name' }));
        expect(result.total).toBe(expected.length);
        expect(result.keys).toEqual([...expected].sort(byName).map((d) => d.key));
      }
    }
  });

  it('orders by the own value, highest first, equal values by name and documents without one last', () => {
    const { index, docs } = dated(300);
    const expected = [...docs]
      .sort(
        (a, b) =>
          (b.order ?? Number.NEGATIVE_INFINITY) - (a.order ?? Number.NEGATIVE_INFINITY) ||
          byName(a, b),
      )
      .map((d) => d.key);
    // Every page, so that the threshold selection and the full sort are both exercised.
    for (const [offset, limit] of [
      [0, 20],
      [20, 20],
      [280, 20],
      [0, 300],
    ] as const) {
      const result = index.search(query({ sort: 'order', offset, limit }));
      expect(result.keys).toEqual(expected.slice(offset, offset + limit));
    }
  });
});
