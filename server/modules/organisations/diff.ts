import type { FieldChange, OrganisationData } from '../../../common/schemas/organisations.js';

/** Nested objects whose fields are compared one by one, so the history says `criteria.employees`. */
const nested = new Set(['description', 'criteria']);

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

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
