import { describe, expect, it } from 'vitest';
import { safeNext } from './safe-next.js';

describe('safeNext', () => {
  it('keeps a path of this site with its query', () => {
    expect(safeNext('/fi/oma-tili')).toBe('/fi/oma-tili');
    expect(safeNext('/fi/yllapito/kayttajat?page=2')).toBe('/fi/yllapito/kayttajat?page=2');
  });

  it.each([
    null,
    undefined,
    '',
    'fi/oma-tili',
    'https://evil.example/',
    '//evil.example/',
    '/\\evil.example/',
    '/\tevil',
    'javascript:alert(1)',
  ])('refuses %j', (next) => {
    expect(safeNext(next)).toBeUndefined();
  });
});
