import i18next, { type i18n as I18n } from 'i18next';
import { defaultLang, type Lang, languages } from '../../../common/languages.js';

type Catalog = typeof import('./fi.json', { with: { type: 'json' }}) &
  typeof import('./fi.members.json', { with: { type: 'json' }});

/**
 * Each language's texts are downloads of their own, in two parts: what every reader's pages need
 * (`{lang}.json`), and what only the pages of members, coordinators and administrators need
 * (`{lang}.members.json`: forms, the account, administration, logging in; about three fifths of
 * the texts). A language's route fetches the first part, and those pages' routes the second
 * (routes.tsx), before anything of them is drawn, on the server and in the browser alike.
 * catalogs.test.ts checks that readers' pages use no text of the second part.
 */
export type CatalogPart = 'public' | 'members';

const catalogs: Record<CatalogPart, Record<Lang, () => Promise<{ default: unknown }>>> = {
  public: {
    fi: () => import('./fi.json', { with: { type: 'json' } }),
    sv: () => import('./sv.json', { with: { type: 'json' } }),
    en: () => import('./en.json', { with: { type: 'json' } }),
  },
  members: {
    fi: () => import('./fi.members.json', { with: { type: 'json' } }),
    sv: () => import('./sv.members.json', { with: { type: 'json' } }),
    en: () => import('./en.members.json', { with: { type: 'json' } }),
  },
};

// Keys are checked at compile time against the Finnish catalog; catalogs.test.ts keeps the
// Swedish and English catalogs in step with it.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Catalog };
  }
}

const base = i18next.createInstance();
void base.init({
  resources: {},
  lng: defaultLang,
  fallbackLng: defaultLang,
  supportedLngs: languages,
  // Catalogs are added before a language's pages are drawn, so no render waits for one.
  initAsync: false,
  // React escapes what it renders; escaping here too would show entities such as &amp;.
  interpolation: { escapeValue: false },
});

// One instance per language, sharing the resource store: the language comes from the URL, so each
// route tree gets its own fixed instance instead of switching a global one during render.
const instances = Object.fromEntries(
  languages.map((lang) => [lang, base.cloneInstance({ lng: lang })]),
) as Record<Lang, I18n>;

export function i18nFor(lang: Lang): I18n {
  return instances[lang];
}

const loaded = new Set<string>();

/**
 * Fetches a part of a language's texts once; resolves when they are in. Only that language's: the
 * Swedish and English catalogs have every key of the Finnish one (catalogs.test.ts), so the
 * Finnish fallback would be a second download that is never read.
 */
export async function loadCatalog(lang: Lang, part: CatalogPart = 'public'): Promise<void> {
  if (loaded.has(`${lang}/${part}`)) return;
  const catalog = await catalogs[part][lang]();
  // Deep: the parts have different top-level keys, added to the same namespace.
  base.addResourceBundle(lang, 'translation', catalog.default, true);
  loaded.add(`${lang}/${part}`);
}
