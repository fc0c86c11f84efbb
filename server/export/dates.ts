import type { Lang } from '../../common/languages.js';

// Made once: making a formatter costs far more than using it (it was 3 % of an autosave's CPU).
const helsinkiParts = new Intl.DateTimeFormat('en', {
  timeZone: 'Europe/Helsinki',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const englishDate = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Helsinki',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});

/**
 * The date of the last minute asked: every autosave asks for today's date, and a day in Helsinki
 * begins on a whole minute (its offsets from UTC are whole hours), so a minute's answer holds.
 */
let lastMinute = Number.NaN;
let lastDate = '';

/** The calendar date in Finland (Europe/Helsinki) as YYYY-MM-DD. */
export function helsinkiDate(at: Date): string {
  const minute = Math.floor(at.getTime() / 60_000);
  if (minute === lastMinute) return lastDate;
  const parts = helsinkiParts.formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  lastDate = `${part('year')}-${part('month')}-${part('day')}`;
  lastMinute = minute;
  return lastDate;
}

/** A date as people in Finland write it in the language: 2.12.2026, or 2 Dec 2026 in English. */
export function localDate(at: Date, lang: Lang): string {
  if (lang === 'en') return englishDate.format(at);
  const [y, m, d] = helsinkiDate(at).split('-');
  return `${Number(d)}.${Number(m)}.${y}`;
}
