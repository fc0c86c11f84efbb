import { inArray, or, type SQL, sql } from 'drizzle-orm';
import type { MemberRole } from '../../../common/schemas/organisations.js';
import { organisation } from '../../db/schema/index.js';
import type { Caller } from '../accounts/policy.js';

/**
 * Who may do what with an organisation. Site roles come from the accounts module; the
 * organisation's own roles (owner, editor) come from its members. A coordinator moderates the
 * regions they work for (all regions when none are set); an admin moderates everything.
 */
export interface OrganisationScope {
  state: string;
  regionCode: string | null;
  /** The caller's role in this organisation, if any. */
  myRole: MemberRole | null;
}

export function canModerate(caller: Caller | null, regionCode: string | null): boolean {
  if (!caller) return false;
  if (caller.role === 'admin') return true;
  if (caller.role !== 'coordinator') return false;
  return caller.regions.length === 0 || regionCode === null || caller.regions.includes(regionCode);
}

/**
 * Moderating a record placed in several regions (a project, a network): a coordinator of any of
 * them; one placed in none (national) as an organisation without a region.
 */
export function canModerateAny(caller: Caller | null, regionCodes: readonly string[]): boolean {
  if (regionCodes.length === 0) return canModerate(caller, null);
  return regionCodes.some((code) => canModerate(caller, code));
}

export function canView(caller: Caller | null, o: OrganisationScope): boolean {
  if (o.state === 'published') return true;
  return o.myRole !== null || canModerate(caller, o.regionCode);
}

export function canEdit(caller: Caller | null, o: OrganisationScope): boolean {
  if (!caller || (o.state !== 'published' && o.state !== 'pending')) return false;
  return o.myRole !== null || canModerate(caller, o.regionCode);
}

/**
 * Moving an organisation into another region (`to`) needs the right to moderate that region too,
 * when the caller's right to change it comes from moderating: a regional coordinator cannot move
 * an organisation out of their own reach into someone else's. That holds even when the
 * coordinator is also its representative, since a moderator can make themselves one (by inviting
 * their own address); other representatives may move their organisation anywhere.
 */
export function canMoveTo(caller: Caller, o: OrganisationScope, to: string | null): boolean {
  if (o.regionCode === to || canModerate(caller, to)) return true;
  return o.myRole !== null && caller.role !== 'coordinator';
}

export function canManageMembers(caller: Caller | null, o: OrganisationScope): boolean {
  if (!caller || o.state !== 'published') return false;
  return o.myRole === 'owner' || canModerate(caller, o.regionCode);
}

export function canRequestToRepresent(caller: Caller | null, o: OrganisationScope): boolean {
  return caller !== null && o.state === 'published' && o.myRole === null;
}

/**
 * The organisations a coordinator's lists show (their regions, and those with no region); no
 * condition for national coordinators and admins.
 */
export function moderatedRegions(caller: Caller): SQL | undefined {
  if (caller.role !== 'coordinator' || caller.regions.length === 0) return undefined;
  return or(
    sql`${organisation.regionCode} is null`,
    inArray(organisation.regionCode, caller.regions),
  );
}
