/** One changed field of a revision: the dotted path, the value before and after. */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** Equal as data: jsonb gives an object's keys back in its own order, so the order is not compared. */
export function same(a: unknown, b: unknown): boolean {
  if (a === undefined || a === null || b === undefined || b === null) {
    return (a ?? null) === (b ?? null);
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((x, i) => same(x, b[i]))
    );
  }
  if (typeof a === 'object' && typeof b === 'object') {
    const ao = a as Record<string, unknown>;
    const bo = b as Record<string, unknown>;
    return [...new Set([...Object.keys(ao), ...Object.keys(bo)])].every((k) => same(ao[k], bo[k]));
  }
  return a === b;
}

const isEmpty = (v: unknown) => v === null || (Array.isArray(v) && v.length === 0);

/**
 * What changed between two versions of a record's data, field by field. The fields named in
 * `nested` are objects compared one key at a time, so the history says `description.sv`. A first
 * version (`before` null) lists only the fields it fills.
 */
export function diffFields<T extends object>(
  before: T | null,
  after: T,
  nested: ReadonlySet<string>,
): FieldChange[] {
  const changes: FieldChange[] = [];
  const b4 = before as Record<string, unknown> | null;
  const now = after as Record<string, unknown>;
  for (const key of Object.keys(now)) {
    const a = b4?.[key] ?? null;
    const b = now[key] ?? null;
    if (nested.has(key)) {
      const ao = (a ?? {}) as Record<string, unknown>;
      const bo = (b ?? {}) as Record<string, unknown>;
      for (const sub of new Set([...Object.keys(ao), ...Object.keys(bo)])) {
        if (!same(ao[sub], bo[sub])) {
          changes.push({ field: `${key}.${sub}`, before: ao[sub] ?? null, after: bo[sub] ?? null });
        }
      }
    } else if (!same(a, b)) {
      changes.push({ field: key, before: a, after: b });
    }
  }
  return before === null ? changes.filter((c) => !isEmpty(c.after)) : changes;
}
