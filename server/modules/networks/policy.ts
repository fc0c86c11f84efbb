import { type Caller, canSeeContact } from '../accounts/policy.js';
import { canModerateAny as canModerate } from '../organisations/policy.js';

export { canModerate, canSeeContact };

/**
 * Who may do what with a network. Coordinators set networks up (in the regions they moderate;
 * national ones when their work is not limited to regions) and moderate them; representatives of
 * a member organisation with the coordinator role run the network: they change its fields and
 * members. Everyone reads a published network; an archived one only its moderators.
 */
export interface NetworkScope {
  state: string;
  regionCodes: string[];
  /** The caller represents a member organisation whose role is coordinator. */
  runsIt: boolean;
}

export function canCreate(caller: Caller | null, regionCodes: readonly string[]): boolean {
  return caller !== null && caller.role !== 'member' && canModerate(caller, regionCodes);
}

export function canView(caller: Caller | null, n: NetworkScope): boolean {
  return n.state === 'published' || canModerate(caller, n.regionCodes);
}

export function canEdit(caller: Caller | null, n: NetworkScope): boolean {
  if (!caller || n.state !== 'published') return false;
  return n.runsIt || canModerate(caller, n.regionCodes);
}

/**
 * Moving a network to other regions needs the right to moderate them when the caller's right to
 * change it comes from moderating (as for projects); those who run it may move it anywhere.
 */
export function canMoveTo(caller: Caller, n: NetworkScope, to: readonly string[]): boolean {
  const same = to.length === n.regionCodes.length && to.every((c) => n.regionCodes.includes(c));
  if (same || canModerate(caller, to)) return true;
  return n.runsIt && caller.role !== 'coordinator';
}
