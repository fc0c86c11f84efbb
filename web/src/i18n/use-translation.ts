import type { i18n as I18n, TFunction } from 'i18next';
import { useContext } from 'react';
import { getI18n, I18nContext } from 'react-i18next';

const fixedOf = new WeakMap<I18n, TFunction>();

/**
 * The page's texts: `t` for the page language and its i18n instance. This is react-i18next's
 * `useTranslation` without what Kudos does not use: that hook copies the whole i18n instance for
 * every component that asks and listens for language changes, while Kudos gives each language's
 * route tree an instance of its own whose language never changes (i18n/index.ts), with its texts
 * loaded before the route is drawn. On a page drawn by the server, hundreds of components ask.
 */
export function useTranslation(): { t: TFunction; i18n: I18n } {
  const i18n = useContext(I18nContext)?.i18n ?? getI18n();
  let t = fixedOf.get(i18n);
  if (!t) {
    t = i18n.getFixedT(null, 'translation');
    fixedOf.set(i18n, t);
  }
  return { t, i18n };
}
