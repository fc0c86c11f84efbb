/**
 * The facets of a search index: per facet, each document's value (or values) and the documents of
 * each value, for filters (a value list drives a search without text) and for counting a result.
 * Facets with a closed list of at most 32 codes keep a bit mask per document.
 */
import type { EngineQuery, IndexDocument } from './engine.js';

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

export function grow<T extends Float64Array | Float32Array | Int32Array | Uint8Array>(
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

/** The documents a filter without text starts from, and how to visit each once. */
export interface Driver {
  /** Value lists of one facet; together they hold every document that can pass. */
  lists: number[][];
  /**
   * For a multi-valued facet, a document on several of the lists is taken from the first only:
   * `firstOf[d]`'s lowest chosen bit names the list. Null when the lists are disjoint.
   */
  mask: number | null;
  /** The facet's values per document (for the mask test). */
  perDoc: Int32Array;
}

export class FacetTable {
  private readonly facetDims: FacetDim[];

  constructor(facets: readonly FacetSpec[]) {
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

  /** Records document `d`'s values. */
  add(d: number, values: IndexDocument['facets']): void {
    for (const dim of this.facetDims) {
      dim.perDoc = grow(dim.perDoc, d + 1, dim.multi ? 0 : -1);
      const raw = values[dim.name];
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
  }

  private dim(name: string): FacetDim | undefined {
    return this.facetDims.find((f) => f.name === name);
  }

  /**
   * The documents to filter when there is no text: the value lists of the filter whose lists are
   * smallest together, or null when none is smaller than all `documents`.
   */
  driverDocs(filters: EngineQuery['filters'], documents: number): Driver | null {
    let best: Driver | undefined;
    let bestSize = documents;
    for (const [name, values] of Object.entries(filters)) {
      const dim = this.dim(name);
      if (!dim || !values?.length) continue;
      const chosen = [...new Set(values.flatMap((v) => dim.index.get(v) ?? []))].sort(
        (a, b) => a - b,
      );
      const lists = chosen.map((n) => dim.docs[n] as number[]);
      const size = lists.reduce((s, l) => s + l.length, 0);
      if (size < bestSize) {
        const mask =
          dim.multi && chosen.length > 1 ? chosen.reduce((m, v) => m | (1 << v), 0) : null;
        best = { lists, mask, perDoc: dim.perDoc };
        bestSize = size;
      }
    }
    return best ?? null;
  }

  /** Calls `visit` once for each document of the driver's lists. */
  forEachDriven(driver: Driver, visit: (d: number) => void): void {
    const { lists, mask, perDoc } = driver;
    if (mask === null) {
      for (const list of lists) for (let i = 0; i < list.length; i++) visit(list[i] as number);
      return;
    }
    for (let l = 0; l < lists.length; l++) {
      const list = lists[l] as number[];
      // The value of list l is the l-th set bit of the mask; a document is visited from the list
      // of its lowest chosen value only.
      let m = mask;
      for (let skip = 0; skip < l; skip++) m &= m - 1;
      const own = m & -m;
      for (let i = 0; i < list.length; i++) {
        const d = list[i] as number;
        const mine = (perDoc[d] as number) & mask;
        if ((mine & -mine) === own) visit(d);
      }
    }
  }

  /** A test of the filters, or null when there are none. */
  filterPredicate(filters: EngineQuery['filters']): ((d: number) => boolean) | null {
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

  /** Per facet, the values in `result` and how many documents have each, most first. */
  count(result: Int32Array): Record<string, { value: string; count: number }[]> {
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
        const c = counts[v] as number;
        if (c > 0) list.push({ value: dim.values[v] as string, count: c });
      }
      list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
      out[dim.name] = list;
    }
    return out;
  }
}
