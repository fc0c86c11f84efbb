import type { Role } from '../../../common/schemas/accounts.js';

/** The signed-in caller as services see it. */
export interface Caller {
  id: string;
  role: Role;
  regions: string[];
  /** How the request proved who it is; API tokens may be read-only. */
  via: 'session' | 'token';
  scope: 'read' | 'read_write';
  sessionId?: string;
}

/** Site-wide permissions of a role. Per-organisation roles (owner, editor) add theirs in the registry. */
export function sitePermissions(role: Role) {
  return {
    manageUsers: role === 'admin',
    viewAuditLog: role === 'admin',
    moderate: role === 'admin' || role === 'coordinator',
    /** The service's own pages: the accessibility statement and the about page (site module). */
    editSitePages: role === 'admin',
    /** The observatory's surveys: versions, rounds, invitations, the response rate. */
    manageSurveys: role === 'admin' || role === 'coordinator',
  };
}

export const can = {
  manageUsers: (c: Caller) => sitePermissions(c.role).manageUsers,
  viewAuditLog: (c: Caller) => sitePermissions(c.role).viewAuditLog,
  /** An admin may not lock themselves out: changing one's own role or deactivating oneself is refused. */
  changeUser: (c: Caller, targetId: string) =>
    sitePermissions(c.role).manageUsers && c.id !== targetId,
};

/**
 * A contact person's name and address given with a record (a project, a network): for signed-in
 * users, or for everyone when the person chose to publish them (personal data minimised).
 */
export function canSeeContact(caller: Caller | null, contactPublic: boolean): boolean {
  return contactPublic || caller !== null;
}
