import { type Caller, sitePermissions } from '../accounts/policy.js';

/**
 * Who may change the service's own pages (the accessibility statement, the about page): the
 * administrators, who answer for the service (the rule lives with the other site-wide roles).
 * Coordinators do not: the statement is the service provider's legal declaration, and the
 * programme's contacts are few and change seldom, so one role keeps them consistent.
 */
export function canEditSitePages(caller: Caller | null): boolean {
  return caller !== null && sitePermissions(caller.role).editSitePages;
}
