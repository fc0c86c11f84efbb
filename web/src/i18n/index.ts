import i18next, { type i18n as I18n } from 'i18next';
import { defaultLang, type Lang, languages } from '../../../common/languages.js';
import en from './en.json' with { type: 'json' };
import fi from './fi.json' with { type: 'json' };
import sv from './sv.json' with { type: 'json' };

const resources = {
  fi: { translation: fi },
  sv: { translation: sv },
  en: { translation: en },
} as const;

// Keys are checked at compile time against the Finnish catalog; catalogs.test.ts keeps the
// Swedish and English catalogs in step with it.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof fi };
  }
}

const base = i18next.createInstance();
void base.init({
  resources,
  lng: defaultLang,
  fallbackLng: defaultLang,
  supportedLngs: languages,
  // The catalogs are bundled, so initialise synchronously: the first render is already translated.
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
