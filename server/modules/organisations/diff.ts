import type { FieldChange, OrganisationData } from '../../../common/schemas/organisations.js';
import { diffFields } from '../../revisions/diff.js';

/** Nested objects whose fields are compared one by one, so the history says `criteria.employees`. */
const nested = new Set(['description', 'criteria']);

/** What changed between two versions of an organisation, field by field. */
export function diffData(before: OrganisationData | null, after: OrganisationData): FieldChange[] {
  return diffFields(before, after, nested);
}
