import i18next, { type i18n as I18n } from 'i18next';
import { defaultLang, type Lang, languages } from '../../../common/languages.js';

type Catalog = typeof import('./fi.json', { with: { type: 'json' }});

// Each language's catalog is its own download: a reader needs one, and the three together were the
// largest part of the first load. The route of a language fetches its catalog (routes.tsx) before
// anything of it is drawn, on the server and in the browser alike.
const catalogs: Record<Lang, () => Promise<{ default: unknown }>> = {
  fi: () => import('./fi.json', { with: { type: 'json' } }),
  sv: () => import('./sv.json', { with: { type: 'json' } }),
  en: () => import('./en.json', { with: { type: 'json' } }),
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

/**
 * Fetches a language's catalog once; resolves when its texts are in. Only that language's: the
 * Swedish and English catalogs have every key of the Finnish one (catalogs.test.ts), so the
 * Finnish fallback would be a second download that is never read.
 */
export async function loadCatalog(lang: Lang): Promise<void> {
  if (base.hasResourceBundle(lang, 'translation')) return;
  const catalog = await catalogs[lang]();
  base.addResourceBundle(lang, 'translation', catalog.default);
}
