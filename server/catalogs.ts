import type { Lang } from '../common/languages.js';
import enCatalog from '../web/src/i18n/en.json' with { type: 'json' };
import fiCatalog from '../web/src/i18n/fi.json' with { type: 'json' };
import svCatalog from '../web/src/i18n/sv.json' with { type: 'json' };

/**
 * The web app's readers' catalogs, for what the server writes in people's words (exports, search
 * tags): a file or a search says a code as the pages say it.
 */
export const catalogs: Record<Lang, typeof fiCatalog> = {
  fi: fiCatalog,
  sv: svCatalog,
  en: enCatalog,
};

/** A code's label from a group of codes in the catalogs (the code itself when it has none). */
export function codeLabel(
  lang: Lang,
  group: (c: typeof fiCatalog) => Record<string, unknown>,
  code: string,
): string {
  const label = group(catalogs[lang])[code];
  return typeof label === 'string' ? label : code;
}
