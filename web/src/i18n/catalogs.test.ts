import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { languages } from '../../../common/languages.js';

type Catalog = Record<string, string>;

/** Flattens nested catalog objects into dotted keys, as i18next reads them. */
function flatten(value: unknown, prefix = '', into: Record<string, unknown> = {}) {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) {
      flatten(child, prefix ? `${prefix}.${key}` : key, into);
    }
  } else {
    into[prefix] = value;
  }
  return into;
}

function readCatalog(lang: string): Record<string, unknown> {
  const url = new URL(`./${lang}.json`, import.meta.url);
  return flatten(JSON.parse(readFileSync(url, 'utf8')));
}

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/** Key without its plural suffix, so that plural forms compare across languages. */
function baseKey(key: string): string {
  return key.replace(pluralSuffix, '');
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)/g)].map((m) => m[1] as string).sort();
}

const catalogs = Object.fromEntries(languages.map((lang) => [lang, readCatalog(lang)])) as Record<
  string,
  Record<string, unknown>
>;
const allBaseKeys = new Set(
  languages.flatMap((lang) => Object.keys(catalogs[lang] ?? {}).map(baseKey)),
);
const pluralBaseKeys = new Set(
  languages.flatMap((lang) =>
    Object.keys(catalogs[lang] ?? {})
      .filter((key) => pluralSuffix.test(key))
      .map(baseKey),
  ),
);

describe.each(languages)('the %s catalog', (lang) => {
  const catalog = catalogs[lang] as Catalog;

  it('has a non-empty string for every key', () => {
    const bad = Object.entries(catalog)
      .filter(([, text]) => typeof text !== 'string' || text.trim() === '')
      .map(([key]) => key);
    expect(bad).toEqual([]);
  });

  it('has every key that any other catalog has', () => {
    const present = new Set(Object.keys(catalog).map(baseKey));
    expect([...allBaseKeys].filter((key) => !present.has(key))).toEqual([]);
  });

  it('has every plural form the language needs', () => {
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    const missing = [...pluralBaseKeys].flatMap((key) =>
      categories.map((category) => `${key}_${category}`).filter((form) => !(form in catalog)),
    );
    expect(missing).toEqual([]);
  });

  it('uses the same placeholders as the Finnish catalog', () => {
    const finnish = catalogs.fi as Catalog;
    const differing = Object.keys(catalog).filter((key) => {
      const reference = finnish[key] ?? finnish[`${baseKey(key)}_other`];
      return (
        typeof reference === 'string' &&
        placeholders(catalog[key] ?? '').join() !== placeholders(reference).join()
      );
    });
    expect(differing).toEqual([]);
  });
});
