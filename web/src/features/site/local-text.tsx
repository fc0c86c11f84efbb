import { pickText } from '../../../../common/languages.js';
import { useLang } from '../../i18n/use-lang.js';

/** Text stored per language; a language left empty is null. */
export interface StoredText {
  fi: string;
  sv: string | null;
  en: string | null;
}

/**
 * Stored text in the page language, falling back fi → sv → en; a fallback carries its own `lang`
 * so that screen readers pronounce it right.
 */
export function LocalText({ text }: { text: StoredText }) {
  const lang = useLang();
  const picked = pickText(
    { fi: text.fi, sv: text.sv ?? undefined, en: text.en ?? undefined },
    lang,
  );
  return picked.lang === lang ? picked.text : <span lang={picked.lang}>{picked.text}</span>;
}

/** The same as a string, for attributes and links. */
export function useLocalString(): (text: StoredText) => string {
  const lang = useLang();
  return (text) => text[lang] || text.fi;
}
