/**
 * Disclosure control for published tables (shared/reference/disclosure-control.md, the practice of
 * Statistics Finland and Eurostat): a pure module, no database, no HTTP.
 *
 * A table has one to three dimensions; each dimension is a tree of categories under its total
 * (node 0), e.g. regions under NUTS2 areas under all of Finland, so that a coarser breakdown is the
 * same table read at a higher level. Every cell of every level is held (margins and subtotals
 * included), with the number of organisations in it and, for magnitudes, their sum and the two
 * largest contributions.
 *
 * 1. Primary suppression: a cell counting fewer than `minContributors` organisations (3; 5 for
 *    figures about people), and for magnitudes a cell whose two largest contributors make more than
 *    85 % of it (dominance, n = 2, k = 85). An empty cell (no organisation) reveals no one and is
 *    published.
 * 2. Each suppressed cell gets a protection level: how far above its true value an attacker's best
 *    interval must still reach (counts: up to the threshold, and never exact; magnitudes: the
 *    dominance rule's upper protection level, at least `magnitudeProtection` of the value).
 * 3. Secondary suppression by the hypercube method (Repsilber; Giessing & Repsilber 2002, as in
 *    τ-ARGUS): a suppressed cell is protected in each of its sub-tables (one line per dimension:
 *    a parent and its children) by a hypercube of suppressed cells, its corners able to move with
 *    it by the protection levels while every published sum stays true. Cells the hypercube needs
 *    are suppressed too and inherit the levels, so they are protected the same way in their own
 *    sub-tables (this is what carries protection across hierarchy levels).
 * 4. Linked tables: the margins of a two-way table are the one-way tables. Tables are decided from
 *    the coarsest up (the grand total, then each one-way table, then the two-way table) and a
 *    margin keeps the state its own table gave it: never published in one and hidden in the other.
 *    The same facts give the same pattern, so every table of a round that shares a margin shows it
 *    the same way.
 *
 * The proof is in disclosure.unit.test.ts: for many generated tables it solves, by linear
 * programming, the interval of every suppressed cell from everything published.
 */

import { intervals } from './audit.js';

/** A dimension's categories as a tree: `parent[k]` of node k; node 0 is the total (parent −1). */
export interface Dimension {
  readonly parent: readonly number[];
}

/** A dimension of `n` categories directly under the total (nodes 1..n). */
export function flatDimension(n: number): Dimension {
  return { parent: [-1, ...Array.from({ length: n }, () => 0)] };
}

/**
 * A dimension of groups of categories (`groups[g]` = how many categories group g has): nodes
 * 1..G are the groups, then each group's categories in order.
 */
export function groupedDimension(groups: readonly number[]): Dimension {
  const parent = [-1, ...groups.map(() => 0)];
  groups.forEach((size, g) => {
    for (let i = 0; i < size; i++) parent.push(g + 1);
  });
  return { parent };
}

export interface Rules {
  /** The frequency rule: fewer organisations than this in a cell is not published (3, or 5). */
  minContributors: number;
  /** Whether the table publishes magnitudes (sums, means, medians), so the dominance rule applies. */
  magnitude: boolean;
  /** For figures about people: a cell summing to fewer people than this is not published either. */
  minPeople?: number;
  /** Cells sensitive for a reason outside the table (e.g. differencing against a wider population). */
  alsoSensitive?: (cell: number) => boolean;
}

/** The dominance rule (n = 2, k = 85 %). */
export const dominanceShare = 0.85;
/** How far either way a suppressed magnitude must stay uncertain, at least (25 % of its value). */
export const magnitudeProtection = 0.25;

/** One organisation's contribution to a leaf cell (`at`: a leaf node per dimension). */
export interface Contribution {
  at: readonly number[];
  /** Its value, for magnitudes (0 or more). */
  value?: number;
}

export const cellState = { published: 0, primary: 1, secondary: 2 } as const;

export interface Protected {
  dims: readonly Dimension[];
  /** Per cell (index by `cellIndex`): organisations, sum and the two largest contributions. */
  n: Float64Array;
  sum: Float64Array;
  /** 0 published, 1 suppressed by the rules, 2 suppressed to protect another. */
  state: Uint8Array;
  /** Protection levels per cell and quantity (count, sum), for the proofs. */
  levels: {
    n: { up: Float64Array; down: Float64Array };
    sum: { up: Float64Array; down: Float64Array };
  };
  /** Cells whose protection no hypercube could give (published neighbours only); 0 expected. */
  unprotected: number;
}

interface Shape {
  dims: readonly Dimension[];
  sizes: number[];
  strides: number[];
  count: number;
  children: number[][][];
  /** Each node's ancestors from itself up to the total. */
  chains: number[][][];
}

function shapeOf(dims: readonly Dimension[]): Shape {
  const sizes = dims.map((d) => d.parent.length);
  const strides: number[] = [];
  let count = 1;
  for (let d = dims.length - 1; d >= 0; d--) {
    strides[d] = count;
    count *= sizes[d] as number;
  }
  const children = dims.map((d) => {
    const out: number[][] = d.parent.map(() => []);
    d.parent.forEach((p, k) => {
      if (p >= 0) (out[p] as number[]).push(k);
    });
    return out;
  });
  const chains = dims.map((d) =>
    d.parent.map((_, k) => {
      const chain: number[] = [];
      for (let x = k; x >= 0; x = d.parent[x] as number) chain.push(x);
      return chain;
    }),
  );
  return { dims, sizes, strides, count, children, chains };
}

export function cellIndex(dims: readonly Dimension[], at: readonly number[]): number {
  const s = shapeOf(dims);
  return at.reduce((i, node, d) => i + node * (s.strides[d] as number), 0);
}

function tupleOf(s: Shape, index: number): number[] {
  return s.strides.map((stride, d) => Math.floor(index / stride) % (s.sizes[d] as number));
}

/**
 * Adds every contribution to its leaf cell, then each leaf cell to every margin above it (the two
 * largest of a margin are the two largest of its leaves' two largest).
 */
function aggregate(s: Shape, contributions: Iterable<Contribution>) {
  const n = new Float64Array(s.count);
  const sum = new Float64Array(s.count);
  const top1 = new Float64Array(s.count);
  const top2 = new Float64Array(s.count);
  const add = (i: number, count: number, total: number, a: number, b: number) => {
    n[i] = (n[i] as number) + count;
    sum[i] = (sum[i] as number) + total;
    for (const v of [a, b]) {
      if (v > (top1[i] as number)) {
        top2[i] = top1[i] as number;
        top1[i] = v;
      } else if (v > (top2[i] as number)) top2[i] = v;
    }
  };
  const leaves = new Set<number>();
  for (const c of contributions) {
    let i = 0;
    c.at.forEach((node, d) => {
      i += node * (s.strides[d] as number);
    });
    add(i, 1, Math.abs(c.value ?? 0), Math.abs(c.value ?? 0), 0);
    leaves.add(i);
  }
  for (const leaf of leaves) {
    const [count, total, a, b] = [n[leaf], sum[leaf], top1[leaf], top2[leaf]] as number[];
    let cells = [0];
    tupleOf(s, leaf).forEach((node, d) => {
      const chain = (s.chains[d] as number[][])[node] as number[];
      const stride = s.strides[d] as number;
      cells = cells.flatMap((c) => chain.map((x) => c + x * stride));
    });
    for (const i of cells)
      if (i !== leaf) add(i, count as number, total as number, a as number, b as number);
  }
  return { n, sum, top1, top2 };
}

/** How many organisations each cell of a table holds (margins included). */
export function countCells(dims: readonly Dimension[], contributions: Iterable<Contribution>) {
  return aggregate(shapeOf(dims), contributions).n;
}

/**
 * Decides which cells of a table are published: the primary rules, then secondary suppression
 * from the coarsest table up (see the file's comment).
 */
export function protect(
  dims: readonly Dimension[],
  contributions: Iterable<Contribution>,
  rules: Rules,
): Protected {
  const s = shapeOf(dims);
  const f = aggregate(s, contributions);
  const state = new Uint8Array(s.count);
  const levels = {
    n: { up: new Float64Array(s.count), down: new Float64Array(s.count) },
    sum: { up: new Float64Array(s.count), down: new Float64Array(s.count) },
  };
  let unprotected = 0;
  /** The cells of the table being decided whose hypercube plan fell short. */
  let short = new Set<number>();

  const sensitive = (i: number): boolean => {
    const n = f.n[i] as number;
    if (n === 0) return false;
    if (rules.alsoSensitive?.(i)) return true;
    if (n < rules.minContributors) return true;
    if (!rules.magnitude) return false;
    const sum = f.sum[i] as number;
    if (rules.minPeople !== undefined && sum > 0 && sum < rules.minPeople) return true;
    return sum > 0 && (f.top1[i] as number) + (f.top2[i] as number) > dominanceShare * sum;
  };

  // How far above its true value an attacker's best interval must still reach. Only upwards: a
  // published zero beside a cell fixes a lower bound that no other suppression can loosen, so a
  // floor cannot be promised without hiding margins other tables publish (τ-ARGUS also protects
  // upwards by default).
  const setPrimaryLevels = (i: number) => {
    const n = f.n[i] as number;
    const sum = f.sum[i] as number;
    // Counts: the interval reaches the threshold, so no one can tell that the cell is small.
    levels.n.up[i] = Math.max(rules.minContributors - n, 1);
    if (!rules.magnitude) return;
    const dominance = ((f.top1[i] as number) + (f.top2[i] as number)) / dominanceShare - sum;
    const people = rules.minPeople !== undefined ? rules.minPeople - sum : 0;
    levels.sum.up[i] = Math.max(dominance, people, magnitudeProtection * sum);
  };

  const subsets = Array.from({ length: 1 << dims.length }, (_, m) => m).sort(
    (a, b) => popcount(a) - popcount(b) || a - b,
  );
  for (const mask of subsets) {
    const inTable = (i: number) =>
      s.strides.every(
        (stride, d) => mask & (1 << d) || Math.floor(i / stride) % (s.sizes[d] as number) === 0,
      );
    const isFree = (i: number) =>
      s.strides.every((stride, d) => {
        const node = Math.floor(i / stride) % (s.sizes[d] as number);
        return mask & (1 << d) ? node !== 0 : node === 0;
      });
    const cells: number[] = [];
    for (let i = 0; i < s.count; i++) if (inTable(i)) cells.push(i);
    for (const i of cells) {
      if (isFree(i) && sensitive(i)) {
        state[i] = cellState.primary;
        setPrimaryLevels(i);
      }
    }
    const queue: number[] = cells.filter((i) => state[i] !== cellState.published);
    const dimsIn = s.dims.map((_, d) => d).filter((d) => mask & (1 << d));
    while (queue.length > 0) {
      const c = queue.shift() as number;
      for (const sub of subTablesOf(s, dimsIn, c)) {
        const cubes = hypercubes(s, f, state, isFree, dimsIn, sub, c);
        for (const dir of directions) {
          const need = { n: levels.n[dir][c] as number, sum: levels.sum[dir][c] as number };
          if (need.n === 0 && need.sum === 0) continue;
          const plan = planMoves(cubes, f, dir, need);
          if (!plan) {
            short.add(c);
            continue;
          }
          // Every corner must be free to move as far, in its own direction, in its other lines.
          const moved = new Map<number, { dir: Direction; n: number; sum: number }>();
          for (const { cube, amount } of plan) {
            for (const { cell: k, sign } of cube.corners) {
              if (k === c) continue;
              const m = moved.get(k) ?? { dir: sign > 0 ? dir : opposite(dir), n: 0, sum: 0 };
              m.n += amount.n;
              m.sum += amount.sum;
              moved.set(k, m);
            }
          }
          for (const [k, m] of moved) {
            let changed = state[k] === cellState.published;
            if (changed) state[k] = cellState.secondary;
            for (const q of quantities) {
              const l = levels[q][m.dir];
              if (m[q] > (l[k] as number)) {
                l[k] = m[q];
                changed = true;
              }
            }
            if (changed) queue.push(k);
          }
        }
      }
    }
    if (short.size > 0) {
      unprotected += repair(s, f, state, levels, rules, { cells, isFree, dimsIn }, short);
      short = new Set();
    }
  }
  return { dims, n: f.n, sum: f.sum, state, levels, unprotected };
}

/**
 * Where hypercubes could not protect a cell (its way out runs around the table rather than along
 * a rectangle), the attacker's linear programme finds how far it can really go; while that is not
 * far enough, more cells of this table's own level (never a margin another table publishes) are
 * hidden: first those in the cell's lines, then those in the lines of every hidden cell. Returns
 * how many cells stay short of their level (only as far as published margins allow). A hidden
 * cell that is not sensitive itself (it protects another) is held to the levels it inherited.
 */
function repair(
  s: Shape,
  f: { n: Float64Array; sum: Float64Array },
  state: Uint8Array,
  levels: Protected['levels'],
  rules: Rules,
  table: { cells: number[]; isFree: (i: number) => boolean; dimsIn: number[] },
  doubtful: Set<number>,
): number {
  const { cells, isFree: own, dimsIn } = table;
  const lines = (i: number) => {
    const at = tupleOf(s, i);
    const out: number[] = [];
    for (const d of dimsIn) {
      const node = at[d] as number;
      for (let k = 1; k < (s.sizes[d] as number); k++) {
        if (k !== node) out.push(i + (k - node) * (s.strides[d] as number));
      }
    }
    return out.filter(own);
  };
  // The table's cells in the order of its own dimensions (the others at their totals).
  const dims = dimsIn.map((d) => s.dims[d] as Dimension);
  const position = new Map(cells.map((i, k) => [i, k]));
  // Only the cells whose hypercubes fell short: the others' moves are valid whatever else is
  // hidden (hiding more only widens an attacker's intervals).
  const primaries = [...doubtful].filter(
    (i) => (levels.n.up[i] as number) > 0 || (levels.sum.up[i] as number) > 0,
  );
  let short: number[] = [];
  for (let round = 0; round < 8; round++) {
    short = [];
    for (const q of rules.magnitude ? quantities : (['n'] as const)) {
      const values = cells.map((i) =>
        state[i] === cellState.published ? (f[q][i] as number) : null,
      );
      const attack = intervals([{ dims, values }]);
      for (const i of primaries) {
        const v = f[q][i] as number;
        const room = Math.min(
          ...enclosingCells(s, i)
            .filter((j) => j !== i && state[j] === cellState.published)
            .map((j) => (f[q][j] as number) - v),
        );
        const need = Math.min(levels[q].up[i] as number, room);
        const hi = attack(0, position.get(i) as number, false).hi;
        if (need > 0 && hi < v + need - 1e-9 * Math.max(1, v)) short.push(i);
      }
    }
    if (short.length === 0) return 0;
    const around = round === 0 ? short : cells.filter((i) => state[i] !== cellState.published);
    let hidden = 0;
    for (const i of around) {
      for (const k of lines(i)) {
        if (state[k] === cellState.published) {
          state[k] = cellState.secondary;
          hidden += 1;
        }
      }
    }
    if (hidden === 0 && round > 0) break;
  }
  return new Set(short).size;
}

/** The cells that hold cell `i`: its own node or an ancestor in every dimension. */
function enclosingCells(s: Shape, i: number): number[] {
  let cells = [0];
  tupleOf(s, i).forEach((node, d) => {
    const chain = (s.chains[d] as number[][])[node] as number[];
    const stride = s.strides[d] as number;
    cells = cells.flatMap((c) => chain.map((a) => c + a * stride));
  });
  return cells;
}

function popcount(m: number): number {
  let c = 0;
  for (let x = m; x; x >>= 1) c += x & 1;
  return c;
}

/**
 * The sub-tables holding cell `c` in the table of dimensions `dimsIn`: per dimension one line (a
 * parent node and its children) that the cell's node is in, as the parent of its own line or as a
 * child in its parent's.
 */
function subTablesOf(s: Shape, dimsIn: number[], c: number): number[][] {
  const at = tupleOf(s, c);
  let out: number[][] = [[]];
  for (const d of dimsIn) {
    const node = at[d] as number;
    const parents: number[] = [];
    const parent = (s.dims[d] as Dimension).parent[node] as number;
    if (parent >= 0) parents.push(parent);
    if (((s.children[d] as number[][])[node] as number[]).length > 0) parents.push(node);
    out = out.flatMap((o) => parents.map((p) => [...o, p]));
  }
  return out;
}

interface Corner {
  cell: number;
  /** +1 when it moves with the protected cell, −1 against it. */
  sign: number;
}

interface Cube {
  corners: Corner[];
  /** What hiding its corners that are still published costs (fewer and smaller cells first). */
  cost: number;
}

type Direction = 'up' | 'down';
const directions: readonly Direction[] = ['up', 'down'];
const opposite = (d: Direction): Direction => (d === 'up' ? 'down' : 'up');
const quantities = ['n', 'sum'] as const;

/**
 * The hypercubes around cell `c` in the sub-table whose lines have the parents `sub` (one per
 * dimension of `dimsIn`): per dimension another member of the line, the corners every
 * combination. Moving the corners alternately up and down keeps every sum of the sub-table true.
 * Only cubes whose corners can all be hidden (already suppressed, or cells of this table rather
 * than of a coarser one) are given.
 */
function hypercubes(
  s: Shape,
  f: { n: Float64Array },
  state: Uint8Array,
  isFree: (i: number) => boolean,
  dimsIn: number[],
  sub: number[],
  c: number,
): Cube[] {
  const at = tupleOf(s, c);
  const options = dimsIn.map((d, j) => {
    const p = sub[j] as number;
    return [p, ...((s.children[d] as number[][])[p] as number[])].filter((x) => x !== at[d]);
  });
  if (options.some((o) => o.length === 0)) return [];
  // A line's parent counts against its children: parent − Σ children = 0.
  const eps = (j: number, node: number) => (node === sub[j] ? -1 : 1);
  const out: Cube[] = [];
  const pick = new Array<number>(dimsIn.length).fill(0);
  const count = 1 << dimsIn.length;
  for (;;) {
    let cost = 0;
    const corners: Corner[] = [];
    for (let m = 0; m < count; m++) {
      let cell = c;
      let sign = 1;
      dimsIn.forEach((d, j) => {
        const own = at[d] as number;
        if (m & (1 << j)) {
          const alt = (options[j] as number[])[pick[j] as number] as number;
          cell += (alt - own) * (s.strides[d] as number);
          sign *= -eps(j, alt) * eps(j, own);
        }
      });
      if (m > 0 && state[cell] === cellState.published) {
        if (!isFree(cell)) {
          cost = Number.POSITIVE_INFINITY;
          break;
        }
        // A subtotal hides more, as its own lines then need protecting too.
        const subtotal = tupleOf(s, cell).some(
          (node, d) => node !== 0 && ((s.children[d] as number[][])[node] as number[]).length > 0,
        );
        cost += (1 + (f.n[cell] as number)) * (subtotal ? 4 : 1);
      }
      corners.push({ cell, sign });
    }
    if (cost < Number.POSITIVE_INFINITY) out.push({ corners, cost });
    let j = 0;
    while (j < pick.length) {
      pick[j] = (pick[j] as number) + 1;
      if ((pick[j] as number) < (options[j] as number[]).length) break;
      pick[j] = 0;
      j++;
    }
    if (j === pick.length) break;
  }
  return out;
}

type Amount = { n: number; sum: number };

/**
 * How to move the cell `dir` by `need` with hypercube moves: one cube if one can (the cheapest),
 * else several added up (their corners that go down share what they hold). Null when even all of
 * them cannot.
 */
function planMoves(
  cubes: Cube[],
  f: { n: Float64Array; sum: Float64Array },
  dir: Direction,
  need: Amount,
): { cube: Cube; amount: Amount }[] | null {
  const falling = (cube: Cube) =>
    cube.corners.slice(1).filter((k) => (dir === 'up' ? k.sign < 0 : k.sign > 0));
  const capacity = (cube: Cube, held: (cell: number, q: 'n' | 'sum') => number): Amount => {
    const cap = { n: Number.POSITIVE_INFINITY, sum: Number.POSITIVE_INFINITY };
    for (const k of falling(cube)) {
      for (const q of quantities) cap[q] = Math.min(cap[q], held(k.cell, q));
    }
    return cap;
  };
  const own = (cell: number, q: 'n' | 'sum') => f[q][cell] as number;
  let single: Cube | null = null;
  for (const cube of cubes) {
    const cap = capacity(cube, own);
    if (cap.n >= need.n && cap.sum >= need.sum && (!single || cube.cost < single.cost))
      single = cube;
  }
  if (single) return [{ cube: single, amount: need }];
  // Several cubes: the one that goes furthest first, each corner giving what it still holds.
  const left = new Map<number, Amount>();
  const held = (cell: number, q: 'n' | 'sum') => left.get(cell)?.[q] ?? own(cell, q);
  const remaining = { ...need };
  const plan: { cube: Cube; amount: Amount }[] = [];
  const share = (cap: Amount) =>
    Math.min(
      remaining.n > 0 ? cap.n / remaining.n : Number.POSITIVE_INFINITY,
      remaining.sum > 0 ? cap.sum / remaining.sum : Number.POSITIVE_INFINITY,
    );
  while (remaining.n > 0 || remaining.sum > 0) {
    let best: { cube: Cube; cap: Amount; share: number } | null = null;
    for (const cube of cubes) {
      const cap = capacity(cube, held);
      const sh = share(cap);
      if (
        sh > 0 &&
        (!best || sh > best.share || (sh === best.share && cube.cost < best.cube.cost))
      ) {
        best = { cube, cap, share: sh };
      }
    }
    if (!best) return null;
    const amount = {
      n: Math.min(best.cap.n, remaining.n),
      sum: Math.min(best.cap.sum, remaining.sum),
    };
    for (const k of falling(best.cube)) {
      left.set(k.cell, { n: held(k.cell, 'n') - amount.n, sum: held(k.cell, 'sum') - amount.sum });
    }
    remaining.n -= amount.n;
    remaining.sum -= amount.sum;
    plan.push({ cube: best.cube, amount });
  }
  return plan;
}
