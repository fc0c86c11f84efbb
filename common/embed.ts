import { isLang, type Lang } from './languages.js';

/**
 * Pages that other sites may show in an <iframe> (a network's sub-portal, a filtered directory)
 * live under this first segment after the language: `/fi/upotus/…`, `/sv/inbaddning/…`,
 * `/en/embed/…`. The server lets only these be framed (CSP frame-ancestors); every other page
 * refuses it.
 */
export const embedSegment: Record<Lang, string> = { fi: 'upotus', sv: 'inbaddning', en: 'embed' };

/** Whether a request path (without the query) is an embeddable page. */
export function isEmbedPath(pathname: string): boolean {
  const [, lang, segment] = pathname.split('/');
  return lang !== undefined && isLang(lang) && segment === embedSegment[lang];
}
