import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
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

const readJson = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`./${file}`, import.meta.url), 'utf8'));

/**
 * Both parts of a language's texts, each key marked with its part (`members:` for the members'
 * part), so that a key must be in the same part in every language: a page loads one part.
 */
function readCatalog(lang: string): Record<string, unknown> {
  return {
    ...flatten(readJson(`${lang}.json`)),
    ...flatten(readJson(`${lang}.members.json`), 'members:'),
  };
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

describe('the parts of the texts', () => {
  const membersSections = Object.keys(readJson('fi.members.json'));

  it('have no section in both parts', () => {
    const readers = Object.keys(readJson('fi.json'));
    expect(membersSections.filter((section) => readers.includes(section))).toEqual([]);
  });

  // The pages every reader meets load the readers' part only (routes.tsx): their code must not use
  // a text of the members' part, which would show as its key.
  it("are not mixed up: readers' pages use no members' text", () => {
    const root = fileURLToPath(new URL('..', import.meta.url));
    const readersCode = [
      'app',
      'ui',
      'features/home',
      'features/regions',
      'features/organisations',
      'features/projects',
      'features/networks',
      'features/relations',
      'features/privacy',
      'features/not-found',
      'features/demo',
      'features/site',
    ];
    const uses = new RegExp(`['"\`](?:${membersSections.join('|')})\\.[A-Za-z]`);
    const offending = readersCode
      .flatMap((dir) =>
        readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' }).map((file) =>
          path.join(dir, file),
        ),
      )
      .filter((file) => /\.tsx?$/.test(file) && !file.includes('.test.'))
      // The site pages' editor is an administrator's page.
      .filter((file) => !file.startsWith(path.join('features', 'site', 'admin')))
      .filter((file) => uses.test(readFileSync(path.join(root, file), 'utf8')));
    expect(offending).toEqual([]);
  });
});
