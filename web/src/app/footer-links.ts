import type { PageId } from '../../../common/routes.js';

/**
 * The links of the site footer, in order: the one place a module adds its page to the footer.
 * A page of the app names its PageId; anything the server serves outside the app (the API
 * documentation) names its path and opens as an ordinary link. Labels are catalog keys under
 * `siteFooter.links`.
 *
 * When the open-data page exists, add `{ page: 'openData', label: 'openData' }` here (and its
 * label to the catalogs); nothing else in the footer changes.
 */
export type FooterLink =
  | { page: PageId; label: FooterLabel }
  | { href: string; label: FooterLabel };

export type FooterLabel = 'about' | 'accessibility' | 'privacy' | 'apiDocs';

export const footerLinks: readonly FooterLink[] = [
  { page: 'about', label: 'about' },
  { page: 'accessibility', label: 'accessibility' },
  { page: 'privacy', label: 'privacy' },
  // Served by the server's OpenAPI plugin (server/plugins/openapi.ts), not by the web app.
  { href: '/api/docs', label: 'apiDocs' },
];
