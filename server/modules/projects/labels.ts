import type { Lang } from '../../../common/languages.js';
import enCatalog from '../../../web/src/i18n/en.json' with { type: 'json' };
import fiCatalog from '../../../web/src/i18n/fi.json' with { type: 'json' };
import svCatalog from '../../../web/src/i18n/sv.json' with { type: 'json' };

/**
 * The words people read for a project's codes: the web app's catalogs (`projects.statuses`,
 * `.funding`, `.roles`), so that files written (exports) and read (imports) say what the pages say.
 */
const catalogs = { fi: fiCatalog, sv: svCatalog, en: enCatalog };

export type LabelGroup = 'statuses' | 'funding' | 'roles';

export const projectLabel = (lang: Lang, group: LabelGroup, code: string): string =>
  (catalogs[lang].projects[group] as Record<string, string>)[code] ?? code;
