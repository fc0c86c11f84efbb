import { describe, expect, it } from 'vitest';
import { parseDay, parseEuros } from './cells.js';

describe('import cells', () => {
  it('reads days in ISO and Finnish forms and refuses days that do not exist', () => {
    expect(parseDay('2025-01-31')).toBe('2025-01-31');
    expect(parseDay('31.1.2025')).toBe('2025-01-31');
    expect(parseDay('01.02.2025')).toBe('2025-02-01');
    expect(parseDay('29.2.2024')).toBe('2024-02-29');
    for (const bad of ['29.2.2025', '2025-13-01', '1/2/2025', '2025', '', 'huomenna']) {
      expect(parseDay(bad), bad).toBeUndefined();
    }
  });

  it('reads euros as Finnish and English spreadsheets write them', () => {
    const cases: [string, number][] = [
      ['450000', 450000],
      ['450 000', 450000],
      ['450\u00a0000,50 €', 450000.5],
      ['450,000.50', 450000.5],
      ['1.234,56', 1234.56],
      ['1,234', 1234],
      ['12,5', 12.5],
      ['EUR', Number.NaN],
      ['300 000 euroa', 300000],
      ['-5', -5],
    ];
    for (const [text, expected] of cases) {
      if (Number.isNaN(expected)) expect(parseEuros(text), text).toBeUndefined();
      else expect(parseEuros(text), text).toBe(expected);
    }
    for (const bad of ['paljon', '1 2 3 x', '1e5', ''])
      expect(parseEuros(bad), bad).toBeUndefined();
  });
});
