import { useMemo } from 'react';
import type { Lang } from '../../../../common/languages.js';
import { useLang } from '../../i18n/use-lang.js';

// As in i18n/use-lang.ts: Swedish in Finland writes dates as Finnish does, English day-month-year.
const locales: Record<Lang, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };
const options: Record<Lang, Intl.DateTimeFormatOptions> = {
  fi: { day: 'numeric', month: 'numeric', year: 'numeric' },
  sv: { day: 'numeric', month: 'numeric', year: 'numeric' },
  en: { dateStyle: 'medium' },
};

/**
 * Formats a date in the page language without the time: 27.11.2026 / 27 Nov 2026. A calendar date
 * (2026-11-27) is shown as written; a moment is shown as the day it was in Finland.
 */
export function useDateFormat(): (iso: string) => string {
  const lang = useLang();
  return useMemo(() => {
    const calendar = new Intl.DateTimeFormat(locales[lang], { ...options[lang], timeZone: 'UTC' });
    const moment = new Intl.DateTimeFormat(locales[lang], {
      ...options[lang],
      timeZone: 'Europe/Helsinki',
    });
    return (iso: string) => {
      const isCalendarDate = /^\d{4}-\d{2}-\d{2}$/.test(iso);
      const date = new Date(isCalendarDate ? `${iso}T00:00:00Z` : iso);
      if (Number.isNaN(date.getTime())) return iso;
      return (isCalendarDate ? calendar : moment).format(date);
    };
  }, [lang]);
}
