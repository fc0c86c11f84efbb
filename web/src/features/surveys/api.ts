import { type QueryClient, queryOptions } from '@tanstack/react-query';
import type { Lang } from '../../../../common/languages.js';
import { getJson, sendForProgress, sendJson } from '../../app/api-client.js';
import { readProgress } from '../../app/progress-stream.js';

const base = '/api/v1/surveys';

// The schemas (and zod) come with the first answer, not with the pages' code.
const schemas = () => import('../../../../common/schemas/surveys.js');
const s =
  <K extends keyof Awaited<ReturnType<typeof schemas>>>(key: K) =>
  async () =>
    (await schemas())[key];

const enc = encodeURIComponent;
const versionPath = (id: string, number: number) => `${base}/${enc(id)}/versions/${number}`;
const roundPath = (id: string) => `${base}/rounds/${enc(id)}`;

export function surveyListQuery(lang: Lang) {
  return queryOptions({
    queryKey: ['surveys', 'list'],
    queryFn: ({ signal }) => getJson(base, lang, s('surveyListSchema'), signal),
  });
}

export function surveyVersionQuery(lang: Lang, id: string, number: number) {
  return queryOptions({
    queryKey: ['surveys', 'version', id, number],
    queryFn: ({ signal }) =>
      getJson(versionPath(id, number), lang, s('surveyVersionSchema'), signal),
    staleTime: 0,
  });
}

/** What changed in a version against the one it was copied from (or the one before). */
export function versionDiffQuery(lang: Lang, id: string, number: number) {
  return queryOptions({
    queryKey: ['surveys', 'diff', id, number],
    queryFn: ({ signal }) =>
      getJson(`${versionPath(id, number)}/diff`, lang, s('versionDiffSchema'), signal),
    staleTime: 0,
  });
}

export function roundListQuery(lang: Lang) {
  return queryOptions({
    queryKey: ['surveys', 'rounds'],
    queryFn: ({ signal }) => getJson(`${base}/rounds`, lang, s('roundListSchema'), signal),
  });
}

export function roundQuery(lang: Lang, id: string) {
  return queryOptions({
    queryKey: ['surveys', 'round', id],
    queryFn: ({ signal }) => getJson(roundPath(id), lang, s('roundSchema'), signal),
    staleTime: 0,
  });
}

export function roundProgressQuery(lang: Lang, id: string) {
  return queryOptions({
    queryKey: ['surveys', 'round', id, 'progress'],
    queryFn: ({ signal }) =>
      getJson(`${roundPath(id)}/progress`, lang, s('roundProgressSchema'), signal),
    staleTime: 0,
    // The response rate is followed live while the page is open.
    refetchInterval: 30_000,
  });
}

export function roundResponsesQuery(lang: Lang, id: string, search: string) {
  return queryOptions({
    queryKey: ['surveys', 'round', id, 'responses', search],
    queryFn: ({ signal }) =>
      getJson(
        `${roundPath(id)}/responses${search ? `?${search}` : ''}`,
        lang,
        s('roundResponseListSchema'),
        signal,
      ),
    staleTime: 0,
  });
}

export function roundClassificationsQuery(lang: Lang, id: string) {
  return queryOptions({
    queryKey: ['surveys', 'round', id, 'classifications'],
    queryFn: ({ signal }) =>
      getJson(`${roundPath(id)}/classifications`, lang, s('roundClassificationsSchema'), signal),
    staleTime: 0,
  });
}

/** A public round's results (the export is beside it, at `/export`). */
export const roundResultsPath = (id: string) => `${roundPath(id)}/results`;

export function roundResultsQuery(lang: Lang, id: string) {
  return queryOptions({
    queryKey: ['surveys', 'round', id, 'results', lang],
    queryFn: ({ signal }) => getJson(roundResultsPath(id), lang, s('publicResultsSchema'), signal),
    staleTime: 0,
  });
}

export interface RoundBody {
  name: { fi: string; sv: string | null; en: string | null };
  opensOn: string;
  closesOn: string;
  target: string;
  reminderDays: number | null;
}

export const surveyApi = {
  copyVersion: (lang: Lang, id: string, from: number) =>
    sendJson('POST', `${base}/${enc(id)}/versions`, lang, { from }, s('surveyVersionSchema')),
  saveVersion: (
    lang: Lang,
    id: string,
    number: number,
    definition: Record<string, unknown>,
    version: number,
  ) =>
    sendJson(
      'PUT',
      versionPath(id, number),
      lang,
      { definition, version },
      s('surveyVersionSchema'),
    ),
  check: (lang: Lang, definition: unknown) =>
    sendJson('POST', `${base}/check`, lang, { definition }, s('checkedDefinitionSchema')),
  createRound: (
    lang: Lang,
    body: RoundBody & {
      surveyId: string;
      versionNumber: number;
      audience: 'organisations' | 'public';
    },
  ) => sendJson('POST', `${base}/rounds`, lang, body, s('roundSchema')),
  updateRound: (lang: Lang, id: string, body: Partial<RoundBody> & { version: number }) =>
    sendJson('PATCH', roundPath(id), lang, body, s('roundSchema')),
  closeRound: (lang: Lang, id: string) =>
    sendJson('POST', `${roundPath(id)}/close`, lang, {}, s('roundSchema')),
  invite: (lang: Lang, id: string) =>
    sendJson('POST', `${roundPath(id)}/invitations`, lang, {}, s('invitationReportSchema')),
  remind: (lang: Lang, id: string) =>
    sendJson('POST', `${roundPath(id)}/reminders`, lang, {}, s('reminderReportSchema')),
  sendToAddresses: (lang: Lang, id: string, addresses: string, messageLang: Lang) =>
    sendJson(
      'POST',
      `${roundPath(id)}/invitations/addresses`,
      lang,
      { addresses, lang: messageLang },
      s('addressInvitationReportSchema'),
    ),
  /** Today's rules over the round's responses, with progress as it goes; how it ended. */
  recomputeClassifications: async (
    lang: Lang,
    id: string,
    onProgress: (processed: number, total: number) => void,
  ) => {
    const response = await sendForProgress(
      'POST',
      `${roundPath(id)}/classifications/recompute`,
      lang,
      {},
    );
    const schema = await s('recomputeProgressSchema')();
    return response.body
      ? readProgress(response.body, schema, onProgress)
      : ({ state: 'interrupted' } as const);
  },
  reopen: (lang: Lang, id: string, organisationId: string) =>
    sendJson(
      'POST',
      `${roundPath(id)}/responses/${enc(organisationId)}/reopen`,
      lang,
      {},
      s('savedResponseSchema'),
    ),
};

/** After a change: the lists, rounds and versions ask again. */
export function refreshSurveys(queryClient: QueryClient) {
  return queryClient.invalidateQueries({ queryKey: ['surveys'] });
}
