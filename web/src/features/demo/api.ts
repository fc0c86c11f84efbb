import { queryOptions } from '@tanstack/react-query';
import type { Lang } from '../../../../common/languages.js';
import { getJson } from '../../app/api-client.js';

const demoStatusSchema = async () =>
  (await import('../../../../common/schemas/demo.js')).demoStatusSchema;

// Demo data comes and goes only with a command on the server: asking again every few minutes is
// enough, and every page of a visit shares one answer.
export function demoStatusQuery(lang: Lang) {
  return queryOptions({
    queryKey: ['site', 'demo'] as const,
    queryFn: ({ signal }) => getJson('/api/v1/site/demo', lang, demoStatusSchema, signal),
    staleTime: 5 * 60_000,
  });
}
