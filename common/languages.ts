/** Languages of Kudos, Finnish first: it is the default and the first fallback. */
export const languages = ['fi', 'sv', 'en'] as const;
export type Lang = (typeof languages)[number];
export const defaultLang: Lang = 'fi';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** User-written or reference text stored once per language (at least one of them, in practice). */
export interface LocalizedText {
  fi?: string | undefined;
  sv?: string | undefined;
  en?: string | undefined;
}

const fallbackOrder: readonly Lang[] = ['fi', 'sv', 'en'];

/**
 * Picks the text in the requested language, else falls back fi → sv → en.
 * Returns the language actually used so the UI can mark a fallback with `lang`.
 */
export function pickText(text: LocalizedText, lang: Lang): { text: string; lang: Lang } {
  const value = text[lang];
  if (value) return { text: value, lang };
  for (const l of fallbackOrder) {
    const v = text[l];
    if (v) return { text: v, lang: l };
  }
  return { text: '', lang };
}

/**
 * Chooses the best supported language from an Accept-Language header (RFC 9110 §12.5.4).
 * Unknown or missing → Finnish.
 */
export function negotiateLang(header: string | undefined | null): Lang {
  if (!header) return defaultLang;
  let best: { lang: Lang; q: number } | undefined;
  for (const part of header.split(',')) {
    const [tag = '', ...params] = part.trim().split(';');
    const base = tag.trim().toLowerCase().split('-')[0];
    // Norwegian and Danish readers understand Swedish better than Finnish.
    const mapped = base === 'nb' || base === 'nn' || base === 'no' || base === 'da' ? 'sv' : base;
    if (!isLang(mapped)) continue;
    let q = 1;
    for (const p of params) {
      const [k, v] = p.trim().split('=');
      if (k === 'q' && v !== undefined) q = Number(v);
    }
    if (!Number.isFinite(q) || q <= 0) continue;
    if (!best || q > best.q) best = { lang: mapped, q };
  }
  return best?.lang ?? defaultLang;
}
