import { type LocalizedText, pickText } from '../../../../common/languages.js';
import { useLang } from '../../i18n/use-lang.js';

/**
 * A reference name in the page language, falling back fi → sv → en; a fallback carries its own
 * `lang` so that screen readers pronounce it right.
 */
export function LocalizedName({ name }: { name: LocalizedText }) {
  const lang = useLang();
  const picked = pickText(name, lang);
  return picked.lang === lang ? picked.text : <span lang={picked.lang}>{picked.text}</span>;
}
