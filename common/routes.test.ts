import { describe, expect, it } from 'vitest';
import { isEmbedPath } from './embed.js';
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
          number: '3',
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

  it('puts only the embeddable pages under the embed segment, which other sites may frame', () => {
    const id = { id: '6f1c0a52-5d2e-4a63-9f0e-2b7d3c1e8a90' };
    expect(pagePath('networkEmbed', 'fi', id)).toBe(`/fi/upotus/verkostot/${id.id}`);
    expect(pagePath('directoryEmbed', 'sv')).toBe('/sv/inbaddning/organisationer');
    expect(pagePath('directoryEmbed', 'en')).toBe('/en/embed/organisations');
    for (const page of Object.keys(pageRoutes) as (keyof typeof pageRoutes)[]) {
      const framable = page === 'networkEmbed' || page === 'directoryEmbed';
      for (const lang of languages) {
        expect(isEmbedPath(pagePath(page, lang, { code: '01', number: '3', ...id })), page).toBe(
          framable,
        );
      }
    }
  });
});
