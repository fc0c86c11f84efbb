import type { MemberRole } from '../../../common/schemas/organisations.js';
import { type Caller, canSeeContact } from '../accounts/policy.js';
import { canModerateAny } from '../organisations/policy.js';

/**
 * Who may do what with a project. Representatives (owners and editors) of the lead organisation
 * edit it; a coordinator of one of its regions moderates it (national projects: any coordinator
 * whose work is not limited to regions, as for organisations without a region); an admin
 * moderates everything. Representatives of the other partners only read it.
 */
export interface ProjectScope {
  state: string;
  regionCodes: string[];
  /** The caller's role in the lead organisation, if any. */
  leadRole: MemberRole | null;
}

export const canModerate = canModerateAny;
export { canSeeContact };

export function canView(caller: Caller | null, p: ProjectScope): boolean {
  if (p.state === 'published') return true;
  return p.leadRole !== null || canModerate(caller, p.regionCodes);
}

export function canEdit(caller: Caller | null, p: ProjectScope): boolean {
  if (!caller || (p.state !== 'published' && p.state !== 'pending')) return false;
  return p.leadRole !== null || canModerate(caller, p.regionCodes);
}

/**
 * Moving a project to other regions needs the right to moderate them, when the caller's right to
 * change it comes from moderating (as `canMoveTo` of organisations): a regional coordinator cannot
 * hand a project over to regions out of their reach; the lead's representatives may.
 */
export function canMoveTo(caller: Caller, p: ProjectScope, to: readonly string[]): boolean {
  const same = to.length === p.regionCodes.length && to.every((c) => p.regionCodes.includes(c));
  if (same || canModerate(caller, to)) return true;
  return p.leadRole !== null && caller.role !== 'coordinator';
}
