import { describe, expect, it } from 'vitest';
import { negotiateLang, pickText } from './languages.js';

describe('negotiateLang', () => {
  it('picks the supported language the reader prefers most', () => {
    expect(negotiateLang('sv-FI,sv;q=0.9,en;q=0.8')).toBe('sv');
    expect(negotiateLang('de-DE,en;q=0.7,fi;q=0.5')).toBe('en');
    expect(negotiateLang('en;q=0.4,fi;q=0.6')).toBe('fi');
    expect(negotiateLang('nb-NO')).toBe('sv');
  });

  it('falls back to Finnish', () => {
    expect(negotiateLang(undefined)).toBe('fi');
    expect(negotiateLang('')).toBe('fi');
    expect(negotiateLang('de, fr;q=0.5')).toBe('fi');
    expect(negotiateLang('sv;q=0')).toBe('fi');
    expect(negotiateLang(';;;,q=abc')).toBe('fi');
  });
});

describe('pickText', () => {
  it('falls back fi → sv → en and says which language it used', () => {
    expect(pickText({ fi: 'Turku', sv: 'Åbo' }, 'sv')).toEqual({ text: 'Åbo', lang: 'sv' });
    expect(pickText({ fi: 'Turku', sv: 'Åbo' }, 'en')).toEqual({ text: 'Turku', lang: 'fi' });
    expect(pickText({ sv: 'Brändö', en: 'Brändö' }, 'fi')).toEqual({ text: 'Brändö', lang: 'sv' });
    expect(pickText({ en: 'Only English' }, 'fi')).toEqual({ text: 'Only English', lang: 'en' });
  });
});
