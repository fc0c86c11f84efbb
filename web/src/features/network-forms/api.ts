import { queryOptions } from '@tanstack/react-query';
import type { Lang } from '../../../../common/languages.js';
import { getJson, sendJson } from '../../app/api-client.js';
import { networkPath } from '../networks/api.js';

const schemas = () => import('../../../../common/schemas/networks.js');
const detailSchema = async () => (await schemas()).networkDetailSchema;
const historySchema = async () => (await schemas()).networkHistorySchema;

export const networkFormApi = {
  create: (lang: Lang, body: unknown) =>
    sendJson('POST', '/api/v1/networks', lang, body, detailSchema),
  update: (lang: Lang, id: string, body: unknown) =>
    sendJson('PATCH', networkPath(id), lang, body, detailSchema),
  restore: (lang: Lang, id: string, body: { revision: string; version: number }) =>
    sendJson('POST', `${networkPath(id)}/restore`, lang, body, detailSchema),
};

/** A network's revisions, newest first; who may restore comes with them. */
export function networkHistoryQuery(lang: Lang, id: string) {
  return queryOptions({
    queryKey: ['networks', 'history', id],
    queryFn: ({ signal }) => getJson(`${networkPath(id)}/history`, lang, historySchema, signal),
    staleTime: 0,
  });
}
