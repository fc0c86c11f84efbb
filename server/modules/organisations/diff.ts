import type { FieldChange, OrganisationData } from '../../../common/schemas/organisations.js';

/** Nested objects whose fields are compared one by one, so the history says `criteria.employees`. */
const nested = new Set(['description', 'criteria']);

/** Equal as data: jsonb gives an object's keys back in its own order, so the order is not compared. */
function same(a: unknown, b: unknown): boolean {
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

/** What changed between two versions of an organisation, field by field. */
export function diffData(before: OrganisationData | null, after: OrganisationData): FieldChange[] {
  const changes: FieldChange[] = [];
  const keys = Object.keys(after) as (keyof OrganisationData)[];
  for (const key of keys) {
    const a = before?.[key] ?? null;
    const b = after[key] ?? null;
    if (nested.has(key)) {
      const ao = (a ?? {}) as Record<string, unknown>;
      const bo = (b ?? {}) as Record<string, unknown>;
      for (const sub of new Set([...Object.keys(ao), ...Object.keys(bo)])) {
        if (!same(ao[sub], bo[sub])) {
          changes.push({ field: `${key}.${sub}`, before: ao[sub] ?? null, after: bo[sub] ?? null });
        }
      }
    } else if (!same(a, b)) {
      // A first version lists only the fields it fills.
      if (before === null && (b === null || (Array.isArray(b) && b.length === 0))) continue;
      changes.push({ field: key, before: a, after: b });
    }
  }
  if (before === null) {
    return changes.filter((c) => c.after !== null && !(Array.isArray(c.after) && !c.after.length));
  }
  return changes;
}
