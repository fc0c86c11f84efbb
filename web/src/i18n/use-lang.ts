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

/**
 * Locales for dates: Swedish in Finland writes dates as Finnish does (27.11.2026), and English
 * follows British order (27 Nov 2026), as the UX guide asks.
 */
const dateLocales: Record<Lang, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };
const dateOptions: Record<Lang, Intl.DateTimeFormatOptions> = {
  fi: { day: 'numeric', month: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit' },
  sv: { day: 'numeric', month: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit' },
  en: { dateStyle: 'medium', timeStyle: 'short' },
};

/**
 * Formats an ISO time in the page language: 27.11.2026 klo 14.30 / 27.11.2026 14.30 /
 * 27 Nov 2026, 14:30. Times are in Finnish time, the service's own, so that everyone reading a log
 * together sees the same clock.
 */
export function useDateTimeFormat(): (iso: string) => string {
  const lang = useLang();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(dateLocales[lang], {
      ...dateOptions[lang],
      timeZone: 'Europe/Helsinki',
    });
    return (iso: string) => {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? iso : format.format(date);
    };
  }, [lang]);
}
