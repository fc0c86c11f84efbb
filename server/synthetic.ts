// Seeded generators of made-up data, shared by tests, benchmarks (bench/generate.ts) and the demo
// registry (server/demo): the same seed always gives the same data.

/**
 * A small deterministic random generator (mulberry32): the same seed gives the same sequence, for
 * generated test and benchmark data (no Math.random).
 */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Choices drawn from one generator. */
export function chooser(rnd: () => number) {
  return {
    pick<T>(list: readonly T[]): T {
      return list[Math.floor(rnd() * list.length)] as T;
    },
    /** A value by weight; weights add up to about one (the last item takes any remainder). */
    weighted<T>(items: readonly { weight: number; value: T }[]): T {
      let x = rnd();
      for (const i of items) {
        x -= i.weight;
        if (x <= 0) return i.value;
      }
      return (items.at(-1) as { value: T }).value;
    },
    chance(p: number): boolean {
      return rnd() < p;
    },
    /** An integer from `min` to `max`, both included. */
    between(min: number, max: number): number {
      return min + Math.floor(rnd() * (max - min + 1));
    },
  };
}

/** Approximate shares of the population by region (Statistics Finland, 2023, rounded). */
export const regionShares: Readonly<Record<string, number>> = {
  '01': 0.31,
  '02': 0.087,
  '04': 0.038,
  '05': 0.031,
  '06': 0.096,
  '07': 0.036,
  '08': 0.029,
  '09': 0.023,
  '10': 0.024,
  '11': 0.044,
  '12': 0.029,
  '13': 0.049,
  '14': 0.035,
  '15': 0.032,
  '16': 0.012,
  '17': 0.076,
  '18': 0.013,
  '19': 0.032,
  '21': 0.005,
};

/**
 * A valid Finnish business ID (Y-tunnus) from a running number of seven digits, or undefined when
 * the number has none: the check digit by the weights 7 9 10 5 8 4 2 modulo 11, where remainder 1
 * is not used (shared/reference/organisations.md).
 */
export function businessIdFor(n: number): string | undefined {
  const digits = String(n % 10_000_000).padStart(7, '0');
  const weights = [7, 9, 10, 5, 8, 4, 2];
  const sum = [...digits].reduce((s, d, i) => s + Number(d) * (weights[i] as number), 0);
  const r = sum % 11;
  if (r === 1) return undefined;
  return `${digits}-${r === 0 ? 0 : 11 - r}`;
}

/** The first valid business ID at or after the running number `n`. */
export function businessIdFrom(n: number): string {
  for (let i = n; ; i++) {
    const id = businessIdFor(i);
    if (id) return id;
  }
}
