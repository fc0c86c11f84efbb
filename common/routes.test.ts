import { describe, expect, it } from 'vitest';
import { languages } from './languages.js';
import { matchPage, pagePath, pageRoutes } from './routes.js';

describe('page paths', () => {
  it('builds localized paths with the language first', () => {
    expect(pagePath('home', 'fi')).toBe('/fi');
    expect(pagePath('regions', 'sv')).toBe('/sv/regioner');
    expect(pagePath('region', 'en', { code: '01' })).toBe('/en/regions/01');
  });

  it('matches every page in every language back to itself', () => {
    for (const page of Object.keys(pageRoutes) as (keyof typeof pageRoutes)[]) {
      for (const lang of languages) {
        const all: Record<string, string> = {
          code: '07',
          id: '6f1c0a52-5d2e-4a63-9f0e-2b7d3c1e8a90',
        };
        const params = Object.fromEntries(
          Object.entries(all).filter(([name]) => pageRoutes[page][lang].includes(`:${name}`)),
        );
        expect(matchPage(pagePath(page, lang, all))).toEqual({ page, lang, params });
      }
    }
  });

  it('does not match paths of another language or unknown paths', () => {
    expect(matchPage('/sv/alueet')).toBeUndefined();
    expect(matchPage('/de')).toBeUndefined();
    expect(matchPage('/')).toBeUndefined();
    expect(matchPage('/fi/alueet/01/x')).toBeUndefined();
    expect(matchPage('/fi/alueet/%E0%A4%A')).toBeUndefined();
  });
});
