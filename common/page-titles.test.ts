import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { languages } from './languages.js';
import { pageTitleKeys } from './page-titles.js';

const text = (catalog: unknown, key: string): unknown =>
  key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], catalog);

describe('page titles for the server-written head', () => {
  it.each(languages)('names every page in the %s catalog', (lang) => {
    // Both parts of the language's texts (readers' and members').
    const read = (file: string) =>
      JSON.parse(readFileSync(new URL(`../web/src/i18n/${file}`, import.meta.url), 'utf8'));
    const catalog = { ...read(`${lang}.json`), ...read(`${lang}.members.json`) };
    for (const [page, key] of Object.entries(pageTitleKeys)) {
      const value = text(catalog, key);
      expect(typeof value, `${page}: ${key}`).toBe('string');
      // A title with a placeholder would show it raw.
      expect(value as string, `${page}: ${key}`).not.toContain('{{');
    }
  });
});
