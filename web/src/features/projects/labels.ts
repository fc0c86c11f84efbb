import type { Lang } from '../../../../common/languages.js';
import { pickText } from '../../../../common/languages.js';
import type { ProjectSummary } from '../../../../common/schemas/projects.js';
import type { Label } from '../organisations/labels.js';

type Localized = { fi?: string | null; sv?: string | null; en?: string | null };

/** A project's title or description in the page language, or the first there is, marked with its language. */
export function projectText(text: Localized, lang: Lang): Label {
  const picked = pickText(
    { fi: text.fi ?? undefined, sv: text.sv ?? undefined, en: text.en ?? undefined },
    lang,
  );
  return { text: picked.text, lang: picked.lang === lang ? undefined : picked.lang };
}

/** Running, or ended by its end date: the status the project page and lists show. */
export function isCurrent(p: Pick<ProjectSummary, 'status'>): boolean {
  return p.status !== 'ended';
}
