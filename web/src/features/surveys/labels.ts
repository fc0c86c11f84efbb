import type { Lang } from '../../../../common/languages.js';
import { pickText } from '../../../../common/languages.js';

/** A round's or survey's name in the page language, or the first it has (with that language). */
export function nameIn(
  name: { fi: string; sv?: string | null; en?: string | null },
  lang: Lang,
): { text: string; lang: Lang } {
  return pickText({ fi: name.fi, sv: name.sv ?? undefined, en: name.en ?? undefined }, lang);
}

/** `lang` for a text shown in another language than the page's. */
export function langAttr(shown: Lang, page: Lang) {
  return shown === page ? {} : { lang: shown };
}

/** A Suomi.fi button's props while its request is under way (its text read out meanwhile). */
export function busyProps(
  pending: boolean,
  text: string,
): { loading: true; ariaLoadingText: string } | { loading?: false } {
  return pending ? { loading: true, ariaLoadingText: text } : {};
}
