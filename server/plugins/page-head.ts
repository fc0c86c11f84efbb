import { readFileSync } from 'node:fs';
import escapeHtml from 'escape-html';
import { defaultLang, type Lang, languages } from '../../common/languages.js';
import { pageTitleKeys } from '../../common/page-titles.js';
import { type PageId, type PageParams, pagePath } from '../../common/routes.js';

/**
 * The part of a page's <head> the server writes before the web app has drawn anything: the title
 * and description in the page's language, the canonical address, the same page in the other
 * languages (`hreflang`) and Open Graph tags, so that a link shared or found by a search engine
 * shows the right page in the right language. Texts come from the web app's catalogs.
 */
type Catalog = Record<string, unknown>;

const readCatalog = (file: string) =>
  JSON.parse(
    readFileSync(new URL(`../../web/src/i18n/${file}`, import.meta.url), 'utf8'),
  ) as Catalog;

// Both parts of a language's texts (readers' and members'): every page has a title.
const catalogs = Object.fromEntries(
  languages.map((lang) => [
    lang,
    { ...readCatalog(`${lang}.json`), ...readCatalog(`${lang}.members.json`) },
  ]),
) as Record<Lang, Catalog>;

/** A catalog text by its dotted key, or undefined. */
export function catalogText(lang: Lang, key: string): string | undefined {
  let node: unknown = catalogs[lang];
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Catalog)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** Open Graph locales (language_TERRITORY) of the page languages. */
const ogLocales: Record<Lang, string> = { fi: 'fi_FI', sv: 'sv_FI', en: 'en_GB' };

export interface HeadInput {
  baseUrl: string;
  lang: Lang;
  /** The page, or undefined for a path that is no page (404). */
  page?: { page: PageId; params: PageParams };
  /** What a module knows of the page's object (an organisation's name, a description). */
  title?: string | undefined;
  description?: string | undefined;
}

/** The head elements for a page, escaped and ready to insert. */
export function renderHead({ baseUrl, lang, page, title, description }: HeadInput): string {
  const pageTitle = (name: string) =>
    (catalogText(lang, 'app.pageTitle') ?? '{{page}} – Kudos').replace('{{page}}', name);
  let fullTitle: string;
  if (!page) fullTitle = pageTitle(catalogText(lang, 'notFound.title') ?? 'Kudos');
  else if (title) fullTitle = pageTitle(title);
  else if (page.page === 'home') fullTitle = catalogText(lang, pageTitleKeys.home) ?? 'Kudos';
  else fullTitle = pageTitle(catalogText(lang, pageTitleKeys[page.page]) ?? 'Kudos');
  const text = description ?? catalogText(lang, 'home.lead') ?? '';
  const e = escapeHtml;
  const tags = [
    // The web app takes this element over when its page sets a title (React adopts the head's
    // first <title>), so the title is never blank while the app loads.
    `<title>${e(fullTitle)}</title>`,
    `<meta name="description" content="${e(text)}">`,
    `<meta property="og:site_name" content="Kudos">`,
    `<meta property="og:type" content="website">`,
    `<meta property="og:title" content="${e(fullTitle)}">`,
    `<meta property="og:description" content="${e(text)}">`,
    `<meta property="og:locale" content="${ogLocales[lang]}">`,
    ...languages
      .filter((l) => l !== lang)
      .map((l) => `<meta property="og:locale:alternate" content="${ogLocales[l]}">`),
  ];
  if (page) {
    const url = (l: Lang) => `${baseUrl}${pagePath(page.page, l, page.params)}`;
    tags.push(
      `<link rel="canonical" href="${e(url(lang))}">`,
      `<meta property="og:url" content="${e(url(lang))}">`,
      ...languages.map((l) => `<link rel="alternate" hreflang="${l}" href="${e(url(l))}">`),
      `<link rel="alternate" hreflang="x-default" href="${e(url(defaultLang))}">`,
    );
  }
  return tags.join('');
}

/**
 * A JSON-LD script element whose content cannot end the element or start markup, whatever the
 * texts contain: <, >, & and the line separators are written as \u escapes.
 */
export function jsonLdScript(value: unknown): string {
  const json = JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `<script type="application/ld+json">${json}</script>`;
}

/** At most about 200 characters, cut at a word, for a description meta tag. */
export function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= 200) return flat;
  const cut = flat.slice(0, 200);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 150))}…`;
}
