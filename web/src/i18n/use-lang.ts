import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultLang, isLang, type Lang } from '../../../common/languages.js';

/** The page language, as given by the URL through the i18n instance of the route tree. */
export function useLang(): Lang {
  const { i18n } = useTranslation();
  return isLang(i18n.language) ? i18n.language : defaultLang;
}

/** Formats numbers in the page language (1 234 in Finnish and Swedish, 1,234 in English). */
export function useNumberFormat(): (value: number) => string {
  const lang = useLang();
  return useMemo(() => {
    const format = new Intl.NumberFormat(lang);
    return (value: number) => format.format(value);
  }, [lang]);
}
