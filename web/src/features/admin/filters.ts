import { type Role, roles } from '../../../../common/schemas/accounts.js';
import { isUuid } from '../../../../common/uuid.js';
import type { AuditFilters, MailFilters, UserFilters } from './api.js';

/** A page number from the URL: anything but a whole number from 1 up is page 1. */
function pageFrom(params: URLSearchParams): number {
  const page = Number(params.get('page'));
  return Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1;
}

function isRole(value: string | null): value is Role {
  return (roles as readonly (string | null)[]).includes(value);
}

/** The user list's filters from the URL; unknown values are dropped rather than sent on. */
export function userFiltersFrom(params: URLSearchParams): UserFilters {
  const role = params.get('role');
  const active = params.get('active');
  return {
    q: params.get('q')?.trim().slice(0, 200) ?? '',
    role: isRole(role) ? role : '',
    active: active === 'true' || active === 'false' ? active : '',
    page: pageFrom(params),
  };
}

/** The audit log's filters from the URL; an actor id that is not a UUID is dropped. */
export function auditFiltersFrom(params: URLSearchParams): AuditFilters {
  const actorId = params.get('actorId')?.trim() ?? '';
  return {
    action: params.get('action')?.trim().slice(0, 60) ?? '',
    actorId: isUuid(actorId) ? actorId : '',
    targetId: params.get('targetId')?.trim().slice(0, 60) ?? '',
    page: pageFrom(params),
  };
}

/** The statuses the mail list can be narrowed to; "sending" lasts only moments, so it is not one. */
export const mailStatusFilters = ['failed', 'pending', 'sent', 'logged'] as const;
export type MailStatusFilter = (typeof mailStatusFilters)[number];

function isMailStatus(value: string | null): value is MailStatusFilter {
  return (mailStatusFilters as readonly (string | null)[]).includes(value);
}

/** The mail list's filters from the URL; an unknown status means all messages. */
export function mailFiltersFrom(params: URLSearchParams): MailFilters {
  const status = params.get('status');
  return { status: isMailStatus(status) ? status : '', page: pageFrom(params) };
}
