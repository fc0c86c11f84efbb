import { type QueryClient, queryOptions } from '@tanstack/react-query';
import type { Lang } from '../../../../common/languages.js';
import { getJson, sendJson } from '../../app/api-client.js';
import { sendFile } from '../../app/send-file.js';

const detailSchema = async () =>
  (await import('../../../../common/schemas/projects.js')).projectDetailSchema;

export const projectApi = {
  create: (lang: Lang, body: unknown) =>
    sendJson('POST', '/api/v1/projects', lang, body, detailSchema),
  restore: (lang: Lang, id: string, body: { revision: string; version: number }) =>
    sendJson(
      'POST',
      `/api/v1/projects/${encodeURIComponent(id)}/restore`,
      lang,
      body,
      detailSchema,
    ),
  update: (lang: Lang, id: string, body: unknown) =>
    sendJson('PATCH', `/api/v1/projects/${encodeURIComponent(id)}`, lang, body, detailSchema),
  putLogo: (lang: Lang, id: string, file: File) =>
    sendFile('PUT', `/api/v1/projects/${encodeURIComponent(id)}/logo`, lang, file),
  deleteLogo: (lang: Lang, id: string) =>
    sendFile('DELETE', `/api/v1/projects/${encodeURIComponent(id)}/logo`, lang),
};

/** After a change: every list and page that shows projects asks again. */
export function refreshProjects(queryClient: QueryClient) {
  void queryClient.invalidateQueries({ queryKey: ['projects'] });
}

export type ProjectRequestState = 'pending' | 'approved' | 'rejected';

const requestListSchema = async () =>
  (await import('../../../../common/schemas/projects.js')).projectRequestListSchema;
const decisionSchema = async () => {
  const { z } = await import('zod');
  return z.object({ id: z.string(), state: z.enum(['approved', 'rejected']) });
};

/** Project proposals for the coordinator's regions, in one state. */
export function projectRequestsQuery(lang: Lang, state: ProjectRequestState) {
  return queryOptions({
    queryKey: ['moderation', 'projects', state],
    queryFn: ({ signal }) =>
      getJson(`/api/v1/projects/requests?state=${state}`, lang, requestListSchema, signal),
    staleTime: 0,
  });
}

export function decideProject(
  lang: Lang,
  id: string,
  body: { decision: 'approve' } | { decision: 'reject'; reason: string },
) {
  return sendJson(
    'POST',
    `/api/v1/projects/requests/${encodeURIComponent(id)}`,
    lang,
    body,
    decisionSchema,
  );
}

const historySchema = async () =>
  (await import('../../../../common/schemas/projects.js')).projectHistorySchema;

/** A project's revisions, newest first; who may restore comes with them. */
export function projectHistoryQuery(lang: Lang, id: string) {
  return queryOptions({
    queryKey: ['projects', 'history', id],
    queryFn: ({ signal }) =>
      getJson(`/api/v1/projects/${encodeURIComponent(id)}/history`, lang, historySchema, signal),
    staleTime: 0,
  });
}
