import type { OrganisationInput } from '../../../../common/schemas/organisations.js';
import { type FormValues, toInput } from './form-values.js';

/** Parts of the values compared leaf by leaf, as the server's history does (`criteria.employees`). */
const nested = ['description', 'criteria'] as const;

const comparable = (values: FormValues, key: keyof FormValues): unknown => {
  if (key === 'recognitions') {
    return values.recognitions.map(({ type, since, validUntil }) => [type, since, validUntil]);
  }
  if (key === 'sdgGoals' || key === 'themes' || key === 'targetGroups' || key === 'actorTypes') {
    return [...(values[key] as (string | number)[])].sort();
  }
  return values[key];
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The API field of a form key: the two industry inputs are one field. */
const apiField = (key: keyof FormValues): string =>
  key === 'industrySection' || key === 'industryCode' ? 'industry' : key;

/**
 * What the reader changed between two states of the form, as API field paths (`website`,
 * `criteria.employees`, `description.sv`).
 */
export function changedPaths(before: FormValues, after: FormValues): string[] {
  const paths = new Set<string>();
  for (const key of Object.keys(after) as (keyof FormValues)[]) {
    if ((nested as readonly string[]).includes(key)) {
      const a = before[key] as unknown as Record<string, unknown>;
      const b = after[key] as unknown as Record<string, unknown>;
      for (const sub of Object.keys(b)) {
        if (!same(a[sub], b[sub])) paths.add(`${key}.${sub}`);
      }
    } else if (!same(comparable(before, key), comparable(after, key))) {
      paths.add(apiField(key));
    }
  }
  return [...paths];
}

/** The PATCH body: only the fields that changed (nested objects whole), or undefined for none. */
export function patchOf(
  before: FormValues,
  after: FormValues,
): Partial<OrganisationInput> | undefined {
  const paths = changedPaths(before, after);
  if (paths.length === 0) return undefined;
  const input = toInput(after);
  const patch: Record<string, unknown> = {};
  for (const path of paths) {
    const top = path.split('.')[0] as keyof OrganisationInput;
    patch[top] = input[top];
  }
  // A new postal code without a chosen municipality lets the server find the municipality.
  if ('postalCode' in patch && !('municipality' in patch) && !after.municipality) {
    patch.municipality = null;
  }
  return patch as Partial<OrganisationInput>;
}

function setPath(values: FormValues, from: FormValues, path: string): FormValues {
  const [top, sub] = path.split('.') as [string, string | undefined];
  if (top === 'industry') {
    return { ...values, industrySection: from.industrySection, industryCode: from.industryCode };
  }
  if (sub && (top === 'description' || top === 'criteria')) {
    const group = { ...values[top], [sub]: (from[top] as unknown as Record<string, unknown>)[sub] };
    return { ...values, [top]: group };
  }
  return { ...values, [top]: from[top as keyof FormValues] };
}

/**
 * After someone else saved meanwhile: the latest saved values with the reader's own changes put
 * back on top, so they can check the result and save again.
 */
export function reapply(original: FormValues, mine: FormValues, latest: FormValues): FormValues {
  return changedPaths(original, mine).reduce((values, path) => setPath(values, mine, path), latest);
}
