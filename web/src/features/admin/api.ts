import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Lang } from '../../../../common/languages.js';
import {
  auditListSchema,
  type Role,
  userListSchema,
  userSummarySchema,
} from '../../../../common/schemas/accounts.js';
import { outboxListSchema } from '../../../../common/schemas/mail.js';
import { getJson, sendJson } from '../../app/api-client.js';
import { toSearch } from '../../ui/filter-form.js';
import type { MailStatusFilter } from './filters.js';

export interface UserFilters {
  q: string;
  role: Role | '';
  active: 'true' | 'false' | '';
  page: number;
}

export interface AuditFilters {
  action: string;
  actorId: string;
  targetId: string;
  page: number;
}

export interface MailFilters {
  status: MailStatusFilter | '';
  page: number;
}

/** The query string of a list request or page: empty filters and page 1 are left out. */
export function usersQuery(lang: Lang, filters: UserFilters) {
  return queryOptions({
    queryKey: ['admin', 'users', filters],
    queryFn: ({ signal }) =>
      getJson(`/api/v1/admin/users${toSearch({ ...filters })}`, lang, userListSchema, signal),
    staleTime: 0,
    // Keep showing the last page while the next one loads, so the table does not jump.
    placeholderData: keepPreviousData,
  });
}

export function auditQuery(lang: Lang, filters: AuditFilters) {
  return queryOptions({
    queryKey: ['admin', 'audit', filters],
    queryFn: ({ signal }) =>
      getJson(`/api/v1/admin/audit${toSearch({ ...filters })}`, lang, auditListSchema, signal),
    staleTime: 0,
    placeholderData: keepPreviousData,
  });
}

export function mailQuery(lang: Lang, filters: MailFilters) {
  return queryOptions({
    queryKey: ['admin', 'mail', filters],
    queryFn: ({ signal }) =>
      getJson(`/api/v1/admin/mail${toSearch({ ...filters })}`, lang, outboxListSchema, signal),
    staleTime: 0,
    placeholderData: keepPreviousData,
  });
}

export interface UserChange {
  role?: Role;
  regions?: string[];
  active?: boolean;
  version: number;
}

export const adminApi = {
  updateUser: (lang: Lang, id: string, body: UserChange) =>
    sendJson(
      'PATCH',
      `/api/v1/admin/users/${encodeURIComponent(id)}`,
      lang,
      body,
      userSummarySchema,
    ),
};
