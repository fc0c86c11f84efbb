import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intervals, type Published, sizesOf } from './audit.js';
import {
  type Contribution,
  cellIndex,
  cellState,
  type Dimension,
  dominanceShare,
  flatDimension,
  groupedDimension,
  magnitudeProtection,
  type Protected,
  protect,
  type Rules,
} from './disclosure.js';

/** More generated tables on request (DISCLOSURE_PROOF_RUNS=10 tries ten times as many). */
const runs = Number(process.env.DISCLOSURE_PROOF_RUNS ?? 1);

function publishedOf(p: Protected, q: 'n' | 'sum'): Published {
  const values = Array.from(p[q], (v, i) => (p.state[i] === cellState.published ? v : null));
  return { dims: p.dims, values };
}

// ---------------------------------------------------------------------------------------------
// What the rules ask, worked out here from the organisations themselves.
// ---------------------------------------------------------------------------------------------

function cellsOf(dims: readonly Dimension[], at: readonly number[]): number[] {
  let out = [0];
  at.forEach((leaf, d) => {
    const chain: number[] = [];
    for (let x = leaf; x >= 0; x = (dims[d] as Dimension).parent[x] as number) chain.push(x);
    out = out.flatMap((t) => chain.map((a) => t * (dims[d] as Dimension).parent.length + a));
  });
  return out;
}

/** The cells that hold cell `i`: its own node or an ancestor in every dimension. */
function enclosing(dims: readonly Dimension[], i: number): number[] {
  const sizes = sizesOf(dims);
  let rest = i;
  const at = sizes
    .slice()
    .reverse()
    .map((size) => {
      const node = rest % size;
      rest = Math.floor(rest / size);
      return node;
    })
    .reverse();
  return cellsOf(dims, at);
}

/** The cells the rules make sensitive, with how far an attacker must stay from the truth. */
function sensitiveCells(dims: readonly Dimension[], orgs: Contribution[], rules: Rules) {
  const members = new Map<number, number[]>();
  for (const o of orgs) {
    for (const i of cellsOf(dims, o.at)) members.set(i, [...(members.get(i) ?? []), o.value ?? 0]);
  }
  const out = new Map<number, { n: number; sum: number; sumLevel: number }>();
  for (const [i, values] of members) {
    const n = values.length;
    const sum = values.reduce((a, b) => a + b, 0);
    const [a = 0, b = 0] = [...values].sort((x, y) => y - x);
    const dominated = rules.magnitude && sum > 0 && a + b > dominanceShare * sum;
    if (n < rules.minContributors || dominated) {
      out.set(i, {
        n,
        sum,
        sumLevel: Math.max((a + b) / dominanceShare - sum, magnitudeProtection * sum),
      });
    }
  }
  return out;
}

const tol = (v: number) => 1e-6 * Math.max(1, Math.abs(v));

interface Case {
  p: Protected;
  orgs: Contribution[];
}

/**
 * Checks protected tables against an attacker who reads all of them at once (`shared` names the
 * cells they have in common): every sensitive cell is hidden and stays uncertain upwards by its
 * protection level. (A cell hidden only to protect others holds no one at risk: it may be worked
 * out, and showing it would then tell nothing new.)
 */
function prove(cases: Case[], rules: Rules, shared?: (t: number, i: number) => string) {
  const sensitive = cases.map(({ p, orgs }) => sensitiveCells(p.dims, orgs, rules));
  for (const q of rules.magnitude ? (['n', 'sum'] as const) : (['n'] as const)) {
    const solve = intervals(
      cases.map(({ p }) => publishedOf(p, q)),
      shared,
    );
    cases.forEach(({ p }, t) => {
      for (const [i, s] of sensitive[t] as Map<number, { sumLevel: number }>) {
        expect(p.state[i], `table ${t}: sensitive cell ${i} is suppressed`).not.toBe(0);
        const v = p[q][i] as number;
        const { hi } = solve(t, i, false);
        // It may be as big as the threshold, or big enough not to be dominated; a published
        // total that holds the cell (which passed the rules itself) is as far as it can go.
        const level = q === 'n' ? Math.max(rules.minContributors - v, 1) : s.sumLevel;
        const room = Math.min(
          ...enclosing(p.dims, i)
            .filter((j) => j !== i && p.state[j] === cellState.published)
            .map((j) => (p[q][j] as number) - v),
        );
        const where = `table ${t} cell ${i}: ${q} ${v} at most ${hi}`;
        expect(hi - v, where).toBeGreaterThanOrEqual(Math.min(level, room) - tol(v));
      }
    });
  }
}

/** Checks one protected table against an attacker who reads all of it. */
function proveTable(dims: readonly Dimension[], orgs: Contribution[], rules: Rules) {
  const p = protect(dims, orgs, rules);
  prove([{ p, orgs }], rules);
  return p;
}

// ---------------------------------------------------------------------------------------------
// Generated tables, adversarial ones among them.
// ---------------------------------------------------------------------------------------------

const dimensionArb = fc.oneof(
  fc.integer({ min: 1, max: 6 }).map((n) => flatDimension(n)),
  fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 2, maxLength: 3 }).map(groupedDimension),
);

function leavesOf(dim: Dimension): number[] {
  return dim.parent.flatMap((_, k) => (dim.parent.includes(k) ? [] : [k]));
}

/** Organisations placed unevenly (some categories nearly empty), values skewed, one may dominate. */
const tableArb = (maxDims: number) =>
  fc
    .record({
      dims: fc.array(dimensionArb, { minLength: 1, maxLength: maxDims }),
      count: fc.integer({ min: 0, max: 60 }),
      seed: fc.array(
        fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 1000 })),
        {
          minLength: 60,
          maxLength: 60,
        },
      ),
      weights: fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), {
        minLength: 20,
        maxLength: 20,
      }),
      dominant: fc.option(fc.integer({ min: 10_000, max: 10_000_000 })),
      rules: fc.record({
        minContributors: fc.constantFrom(3, 5),
        magnitude: fc.boolean(),
      }),
    })
    .map(({ dims, count, seed, weights, dominant, rules }) => {
      const orgs: Contribution[] = [];
      for (let o = 0; o < count; o++) {
        const [u, value] = seed[o] as [number, number];
        const at = dims.map((dim, d) => {
          const leaves = leavesOf(dim);
          // A skewed choice: the first leaves get most organisations, the last ones few.
          const w = leaves.map((_, k) => (weights[(k + d * 7) % 20] as number) ** 3);
          let r = ((u * (d + 1) * 7919) % 1) * w.reduce((a, b) => a + b, 0);
          for (let k = 0; k < leaves.length; k++) {
            r -= w[k] as number;
            if (r <= 0) return leaves[k] as number;
          }
          return leaves[leaves.length - 1] as number;
        });
        orgs.push({ at, value: o === 0 && dominant !== null ? dominant : value });
      }
      return { dims, orgs, rules: rules as Rules };
    });

describe('disclosure control', () => {
  it('hides a single organisation and the cell that would give it away', () => {
    // Regions A (1 organisation) and B, C: the total is published, so A needs a partner.
    const orgs: Contribution[] = [
      { at: [1] },
      ...Array.from({ length: 5 }, () => ({ at: [2] })),
      ...Array.from({ length: 9 }, () => ({ at: [3] })),
    ];
    const p = proveTable([flatDimension(3)], orgs, { minContributors: 3, magnitude: false });
    expect(Array.from(p.state)).toEqual([0, 1, 2, 0]);
  });

  it('publishes empty cells and a table where no one is alone', () => {
    const orgs = Array.from({ length: 12 }, (_, k) => ({ at: [1 + (k % 3), 1] }));
    const p = proveTable([flatDimension(4), flatDimension(1)], orgs, {
      minContributors: 3,
      magnitude: false,
    });
    expect(p.state.every((s) => s === 0)).toBe(true);
  });

  it('hides a sum one organisation dominates, with its partners', () => {
    const orgs: Contribution[] = [
      { at: [1], value: 1_000_000 },
      { at: [1], value: 10 },
      { at: [1], value: 10 },
      ...Array.from({ length: 4 }, (_, k) => ({ at: [2], value: 100 + k })),
      ...Array.from({ length: 4 }, (_, k) => ({ at: [3], value: 900_000 + k })),
    ];
    const p = proveTable([flatDimension(3)], orgs, { minContributors: 3, magnitude: true });
    expect(p.state[1]).toBe(cellState.primary);
    // Region 2's sum (406) could not hide ±25 % of a million; region 3 can.
    expect(p.state[3]).toBe(cellState.secondary);
    expect(p.state[2]).toBe(cellState.published);
  });

  it('suppresses everything when the whole population is smaller than the threshold', () => {
    const p = proveTable([flatDimension(2)], [{ at: [1] }, { at: [2] }], {
      minContributors: 3,
      magnitude: false,
    });
    expect(Array.from(p.state)).toEqual([1, 1, 1]);
  });

  it('protects a subtotal as well as its categories (regions within NUTS2 areas)', () => {
    // Area 1 has regions 3, 4; area 2 has regions 5, 6. Region 3 has one organisation.
    const dim = groupedDimension([2, 2]);
    const orgs: Contribution[] = [
      { at: [3] },
      ...Array.from({ length: 6 }, () => ({ at: [4] })),
      ...Array.from({ length: 4 }, () => ({ at: [5] })),
      ...Array.from({ length: 5 }, () => ({ at: [6] })),
    ];
    proveTable([dim], orgs, { minContributors: 3, magnitude: false });
  });

  it('no sensitive cell of a generated one-, two- or three-way table can be worked out', () => {
    fc.assert(
      fc.property(tableArb(2), ({ dims, orgs, rules }) => {
        proveTable(dims, orgs, rules);
      }),
      { numRuns: 40 * runs, endOnFailure: true },
    );
    fc.assert(
      fc.property(tableArb(3), ({ dims, orgs, rules }) => {
        proveTable(dims, orgs, rules);
      }),
      { numRuns: 10 * runs, endOnFailure: true },
    );
  }, 600_000);

  it('two tables sharing a one-way margin show it alike, and together give nothing away', () => {
    fc.assert(
      fc.property(tableArb(1), dimensionArb, dimensionArb, fc.integer(), (base, b, c, salt) => {
        const a = base.dims[0] as Dimension;
        const pick = (dim: Dimension, k: number) => {
          const leaves = leavesOf(dim);
          return leaves[Math.abs((k * 2654435761 + salt) % leaves.length)] as number;
        };
        const ab = base.orgs.map((o, k) => ({
          at: [o.at[0] as number, pick(b, k)],
          value: o.value,
        }));
        const ac = base.orgs.map((o, k) => ({
          at: [o.at[0] as number, pick(c, k * 7 + 3)],
          value: o.value,
        }));
        const pab = protect([a, b], ab, base.rules);
        const pac = protect([a, c], ac, base.rules);
        // The margin over `a` (second dimension at its total) is the one-way table of both.
        for (let node = 0; node < a.parent.length; node++) {
          expect(pab.state[cellIndex([a, b], [node, 0])] === 0).toBe(
            pac.state[cellIndex([a, c], [node, 0])] === 0,
          );
        }
        const margin = (t: number, i: number) => {
          const size = (t === 0 ? b : c).parent.length;
          return i % size === 0 ? `m_${i / size}` : `t${t}_${i}`;
        };
        prove(
          [
            { p: pab, orgs: ab },
            { p: pac, orgs: ac },
          ],
          base.rules,
          margin,
        );
      }),
      { numRuns: 20 * runs, endOnFailure: true },
    );
  }, 600_000);
});
