import { useCallback } from 'react';
import { useTranslation } from '../../i18n/use-translation.js';

/** A cell's text cut to `max` characters, for samples where whole descriptions would not fit. */
export function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** A column's heading as the file has it, or "Sarake 3" when the heading cell is empty. */
export function useColumnHeading(): (heading: string, index: number) => string {
  const { t } = useTranslation();
  return useCallback(
    (heading: string, index: number) =>
      heading.trim() || t('import.mapping.untitled', { n: index + 1 }),
    [t],
  );
}
