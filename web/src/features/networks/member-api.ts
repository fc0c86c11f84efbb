import { queryOptions } from '@tanstack/react-query';
import type { Lang } from '../../../../common/languages.js';
import type { NetworkMemberRole } from '../../../../common/network-fields.js';
import type { NetworkMember } from '../../../../common/schemas/networks.js';
import { ApiError, getJson, sendJson } from '../../app/api-client.js';
import { noContent } from '../auth/api.js';
import { networkPath } from './api.js';

// Used by those who run a network only (editing.ts); the schemas come with the first answer.
const schemas = () => import('../../../../common/schemas/networks.js');
const memberListSchema = async () => (await schemas()).networkMemberListSchema;
const memberSchema = async () => (await schemas()).networkMemberSchema;

/** All members on one page: the API's largest. */
const membersPageSize = 200;

const memberPath = (networkId: string, organisationId: string) =>
  `${networkPath(networkId)}/members/${encodeURIComponent(organisationId)}`;

/** The members with their roles, dates and versions, coordinators first. */
export function networkMembersQuery(lang: Lang, networkId: string) {
  return queryOptions({
    queryKey: ['networks', 'members', networkId],
    queryFn: ({ signal }) =>
      getJson(
        `${networkPath(networkId)}/members?pageSize=${membersPageSize}`,
        lang,
        memberListSchema,
        signal,
      ),
    staleTime: 0,
  });
}

export interface Membership {
  role: NetworkMemberRole;
  startDate: string | null;
  endDate: string | null;
}

export const memberApi = {
  add: (lang: Lang, networkId: string, body: Membership & { organisationId: string }) =>
    sendJson('POST', `${networkPath(networkId)}/members`, lang, body, memberSchema),
  update: (
    lang: Lang,
    networkId: string,
    organisationId: string,
    body: Membership & { version: number },
  ) => sendJson('PATCH', memberPath(networkId, organisationId), lang, body, memberSchema),
  remove: (lang: Lang, networkId: string, organisationId: string) =>
    sendJson('DELETE', memberPath(networkId, organisationId), lang, {}, noContent),
  archive: (lang: Lang, networkId: string) =>
    sendJson('DELETE', networkPath(networkId), lang, {}, noContent),
};

/** The member as saved now, from a 409 version_conflict answer; undefined for other errors. */
export async function conflictingMember(error: unknown): Promise<NetworkMember | undefined> {
  if (!(error instanceof ApiError) || error.code !== 'version_conflict') return undefined;
  const parsed = (await memberSchema()).safeParse(error.details?.current);
  return parsed.success ? parsed.data : undefined;
}
