import type { QueryClient } from '@tanstack/react-query';
import type { Lang } from '../../../../common/languages.js';
import { sendJson } from '../../app/api-client.js';

const detailSchema = async () =>
  (await import('../../../../common/schemas/projects.js')).projectDetailSchema;

export const projectApi = {
  create: (lang: Lang, body: unknown) =>
    sendJson('POST', '/api/v1/projects', lang, body, detailSchema),
  update: (lang: Lang, id: string, body: unknown) =>
    sendJson('PATCH', `/api/v1/projects/${encodeURIComponent(id)}`, lang, body, detailSchema),
};

/** After a change: every list and page that shows projects asks again. */
export function refreshProjects(queryClient: QueryClient) {
  void queryClient.invalidateQueries({ queryKey: ['projects'] });
}
