import { queryOptions } from '@tanstack/react-query';
import type { Lang } from '../../../../common/languages.js';
import type { AboutInput, AccessibilityInput } from '../../../../common/schemas/site.js';
import { getJson, sendJson } from '../../app/api-client.js';

// The site's pages are in the first download; their schemas come with the first answer to check.
const site = () => import('../../../../common/schemas/site.js');
const accessibilityStatementSchema = async () => (await site()).accessibilityStatementSchema;
const aboutPageSchema = async () => (await site()).aboutPageSchema;

// The content carries every language, so the cache key leaves the language out; it holds the
// caller's permission to edit, which changes only with the session (that empties the cache).
export const accessibilityKey = ['site', 'accessibility'] as const;
export const aboutKey = ['site', 'about'] as const;

export function accessibilityQuery(lang: Lang) {
  return queryOptions({
    queryKey: accessibilityKey,
    queryFn: ({ signal }) =>
      getJson('/api/v1/site/accessibility', lang, accessibilityStatementSchema, signal),
  });
}

export function aboutQuery(lang: Lang) {
  return queryOptions({
    queryKey: aboutKey,
    queryFn: ({ signal }) => getJson('/api/v1/site/about', lang, aboutPageSchema, signal),
  });
}

export const siteApi = {
  updateAccessibility: (lang: Lang, body: AccessibilityInput & { version: number }) =>
    sendJson('PUT', '/api/v1/site/accessibility', lang, body, accessibilityStatementSchema),
  updateAbout: (lang: Lang, body: AboutInput & { version: number }) =>
    sendJson('PUT', '/api/v1/site/about', lang, body, aboutPageSchema),
};
