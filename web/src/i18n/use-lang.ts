import { useContext } from 'react';
import { getI18n, I18nContext } from 'react-i18next';
import { defaultLang, isLang, type Lang } from '../../../common/languages.js';

/**
 * The page language, as given by the URL through the i18n instance of the route tree. Read from
 * the provider's context: `useTranslation` would copy the whole instance for each component that
 * asks (react-i18next 17), a cost a page drawn on the server pays hundreds of times.
 */
export function useLang(): Lang {
  const language = useContext(I18nContext)?.i18n?.language ?? getI18n()?.language;
  return isLang(language) ? language : defaultLang;
}

/**
 * One formatter per language for the whole process, made when first asked for: making an Intl
 * formatter costs far more than using one, and a page drawn on the server uses dozens.
 */
function perLang<T>(make: (lang: Lang) => T): (lang: Lang) => T {
  const made = new Map<Lang, T>();
  return (lang) => {
    let value = made.get(lang);
    if (value === undefined) {
      value = make(lang);
      made.set(lang, value);
    }
    return value;
  };
}

const numberFormat = perLang((lang) => {
  const format = new Intl.NumberFormat(lang);
  return (value: number) => format.format(value);
});

/** Formats numbers in the page language (1 234 in Finnish and Swedish, 1,234 in English). */
export function useNumberFormat(): (value: number) => string {
  return numberFormat(useLang());
}

const percentFormat = perLang((lang) => {
  const format = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 });
  return (share: number) => format.format(share);
});

/** Formats a share (0–1) as a percentage in the page language (50,5 % in Finnish, 50.5% in English). */
export function usePercentFormat(): (share: number) => string {
  return percentFormat(useLang());
}

const euroFormat = perLang((lang) => {
  const format = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : `${lang}-FI`, {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 2,
    minimumFractionDigits: 0,
  });
  return (n: number) => format.format(n);
});

/** Euros in the page language: 450 000 € / 450,000 €. */
export function useEuroFormat(): (value: number) => string {
  return euroFormat(useLang());
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
  return dateTimeFormat(useLang());
}

const dateTimeFormat = perLang((lang) => {
  const format = new Intl.DateTimeFormat(dateLocales[lang], {
    ...dateOptions[lang],
    timeZone: 'Europe/Helsinki',
  });
  return (iso: string) => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : format.format(date);
  };
});

const dayOptions: Record<Lang, Intl.DateTimeFormatOptions> = {
  fi: { day: 'numeric', month: 'numeric', year: 'numeric' },
  sv: { day: 'numeric', month: 'numeric', year: 'numeric' },
  en: { dateStyle: 'medium' },
};

const dateFormat = perLang((lang) => {
  const calendar = new Intl.DateTimeFormat(dateLocales[lang], {
    ...dayOptions[lang],
    timeZone: 'UTC',
  });
  const moment = new Intl.DateTimeFormat(dateLocales[lang], {
    ...dayOptions[lang],
    timeZone: 'Europe/Helsinki',
  });
  return (iso: string) => {
    const isCalendarDate = /^\d{4}-\d{2}-\d{2}$/.test(iso);
    const date = new Date(isCalendarDate ? `${iso}T00:00:00Z` : iso);
    if (Number.isNaN(date.getTime())) return iso;
    return (isCalendarDate ? calendar : moment).format(date);
  };
});

/**
 * Formats a date in the page language without the time: 27.11.2026 / 27 Nov 2026. A calendar date
 * (2026-11-27) is shown as written; a moment is shown as the day it was in Finland.
 */
export function useDateFormat(): (iso: string) => string {
  return dateFormat(useLang());
}
