/**
 * The attacker of disclosure control: everything a table publishes is a linear equation (each
 * parent cell is the sum of its children), every cell is 0 or more, and linear programming gives
 * the narrowest interval anyone can put around a suppressed cell. The hypercube method of
 * disclosure.ts protects cells without it; this finds the cells it could not, and the proofs in
 * disclosure.unit.test.ts use it on every generated table. HiGHS (MIT, University of Edinburgh)
 * compiled to WebAssembly solves the programmes.
 */
import highsModule, { type Highs } from 'highs';
import type { Dimension } from './disclosure.js';

// The package's types declare an ES default export; Node loads it as CommonJS.
const load = ((highsModule as unknown as { default?: unknown }).default ??
  highsModule) as () => Promise<Highs>;
const solver = await load();

export interface Published {
  dims: readonly Dimension[];
  /** Per cell: the value, or null when suppressed. */
  values: (number | null)[];
}

export function sizesOf(dims: readonly Dimension[]) {
  return dims.map((d) => d.parent.length);
}

export function tuples(sizes: number[]): number[][] {
  let out: number[][] = [[]];
  for (const size of sizes)
    out = out.flatMap((t) => Array.from({ length: size }, (_, k) => [...t, k]));
  return out;
}

/**
 * The linear equations a table's cells obey, in the variables `name(table, cell)`: for every line
 * of every dimension, parent = Σ children, whatever the other dimensions' nodes.
 */
function equations(table: number, p: Published, name: (t: number, i: number) => string | number) {
  const out: { terms: [number, string][]; rhs: number }[] = [];
  const sizes = sizesOf(p.dims);
  for (const at of tuples(sizes)) {
    p.dims.forEach((dim, d) => {
      const node = at[d] as number;
      const kids = dim.parent.flatMap((par, k) => (par === node ? [k] : []));
      if (kids.length === 0) return;
      const eq = { terms: [] as [number, string][], rhs: 0 };
      const add = (coef: number, nodeAt: number) => {
        const t = [...at];
        t[d] = nodeAt;
        const v = name(
          table,
          t.reduce((i, node, k) => i * (sizes[k] as number) + node, 0),
        );
        if (typeof v === 'number') eq.rhs -= coef * v;
        else eq.terms.push([coef, v]);
      };
      add(1, node);
      for (const k of kids) add(-1, k);
      if (eq.terms.length > 0) out.push(eq);
    });
  }
  return out;
}

/**
 * The narrowest interval an attacker can put around each suppressed cell, from all the published
 * tables together (`shared` names the cells two tables have in common, e.g. a one-way margin).
 */
export function intervals(
  tables: Published[],
  shared: (t: number, i: number) => string = (t, i) => `t${t}_${i}`,
) {
  const name = (t: number, i: number) => {
    const v = (tables[t] as Published).values[i];
    return v === null || v === undefined ? shared(t, i) : v;
  };
  const eqs = tables.flatMap((p, t) => equations(t, p, name));
  const vars = new Set(eqs.flatMap((e) => e.terms.map(([, v]) => v)));
  const constraints = eqs
    .map((e, k) => {
      const lhs = e.terms.map(([c, v]) => `${c < 0 ? '-' : '+'} ${Math.abs(c)} ${v}`).join(' ');
      return ` c${k}: ${lhs} = ${e.rhs}`;
    })
    .join('\n');
  const solve = (sense: 'Minimize' | 'Maximize', v: string) => {
    if (!vars.has(v)) return sense === 'Minimize' ? 0 : Number.POSITIVE_INFINITY;
    const lp = `${sense}\n obj: ${v}\nSubject To\n${constraints}\nBounds\n${[...vars]
      .map((x) => ` ${x} >= 0`)
      .join('\n')}\nEnd\n`;
    const r = solver.solve(lp);
    if (r.Status === 'Unbounded') return Number.POSITIVE_INFINITY;
    if (r.Status !== 'Optimal') throw new Error(`LP ${r.Status}`);
    return r.ObjectiveValue;
  };
  return (t: number, i: number, both = true) => {
    const v = shared(t, i);
    return { lo: both ? solve('Minimize', v) : Number.NaN, hi: solve('Maximize', v) };
  };
}
