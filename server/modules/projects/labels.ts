import type { Lang } from '../../../common/languages.js';
import { codeLabel } from '../../catalogs.js';

/** The project's code groups in the catalogs (`projects.statuses`, `.funding`, `.roles`). */
export type LabelGroup = 'statuses' | 'funding' | 'roles';

/** A project code as the pages say it, so that files written and read say the same. */
export const projectLabel = (lang: Lang, group: LabelGroup, code: string): string =>
  codeLabel(lang, (c) => c.projects[group], code);
