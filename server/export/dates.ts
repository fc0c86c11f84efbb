import type { Lang } from '../../common/languages.js';

/** The calendar date in Finland (Europe/Helsinki) as YYYY-MM-DD. */
export function helsinkiDate(at: Date): string {
  const parts = new Intl.DateTimeFormat('en', {
    timeZone: 'Europe/Helsinki',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** A date as people in Finland write it in the language: 2.12.2026, or 2 Dec 2026 in English. */
export function localDate(at: Date, lang: Lang): string {
  if (lang === 'en') {
    return new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Helsinki',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
    }).format(at);
  }
  const [y, m, d] = helsinkiDate(at).split('-');
  return `${Number(d)}.${Number(m)}.${y}`;
}
