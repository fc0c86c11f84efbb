import { type QueryClient, queryOptions } from '@tanstack/react-query';
import type { Lang } from '../../../../common/languages.js';
import type { Relation } from '../../../../common/schemas/relations.js';
import { ApiError, getJson, sendJson } from '../../app/api-client.js';
import { noContent } from '../auth/api.js';

const base = '/api/v1/relations';
/** All of an organisation's relations on one page: the API's largest page. */
const relationsPageSize = 100;

// The schemas (and zod) come with the first answer that needs checking, not with the page's code.
const schemas = () => import('../../../../common/schemas/relations.js');
const listSchema = async () => (await schemas()).relationListSchema;
const relationSchema = async () => (await schemas()).relationSchema;

const relationPath = (id: string) => `${base}/${encodeURIComponent(id)}`;

/** An organisation's relations both ways, those the caller may see, with what they may do. */
export function organisationRelationsQuery(lang: Lang, organisationId: string) {
  return queryOptions({
    // The organisations' names come in the page language.
    queryKey: ['relations', 'organisation', organisationId, lang],
    queryFn: ({ signal }) =>
      getJson(
        `${base}?organisation=${encodeURIComponent(organisationId)}&pageSize=${relationsPageSize}`,
        lang,
        listSchema,
        signal,
      ),
    // The caller's permissions come with it, so it is asked again on every visit.
    staleTime: 0,
  });
}

export interface NewRelation {
  fromId: string;
  toId: string;
  type: Relation['type'];
  startDate: string | null;
  endDate: string | null;
}

export const relationApi = {
  create: (lang: Lang, body: NewRelation) => sendJson('POST', base, lang, body, relationSchema),
  updateDates: (
    lang: Lang,
    id: string,
    body: { startDate: string | null; endDate: string | null; version: number },
  ) => sendJson('PATCH', relationPath(id), lang, body, relationSchema),
  confirm: (lang: Lang, id: string) =>
    sendJson('POST', `${relationPath(id)}/confirm`, lang, {}, relationSchema),
  remove: (lang: Lang, id: string) => sendJson('DELETE', relationPath(id), lang, {}, noContent),
};

/** After a change: both organisations' pages show it, so every relation list asks again. */
export function refreshRelations(queryClient: QueryClient) {
  return queryClient.invalidateQueries({ queryKey: ['relations'] });
}

/** The relation as saved now, from a 409 version_conflict answer; undefined for other errors. */
export async function conflictingRelation(error: unknown): Promise<Relation | undefined> {
  if (!(error instanceof ApiError) || error.code !== 'version_conflict') return undefined;
  const parsed = (await relationSchema()).safeParse(error.details?.current);
  return parsed.success ? parsed.data : undefined;
}
