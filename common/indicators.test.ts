import { describe, expect, it } from 'vitest';
import { indicatorByCode, indicators } from './indicators.js';

describe('the core indicators', () => {
  it('cover every row of the indicator table (1–26) with codes of their own', () => {
    expect([...new Set(indicators.map((i) => i.indicator))].sort((a, b) => a - b)).toEqual(
      Array.from({ length: 26 }, (_, i) => i + 1),
    );
    expect(new Set(indicators.map((i) => i.code)).size).toBe(indicators.length);
  });

  it('give choices their values, scales their range and codes their classification', () => {
    for (const i of indicators) {
      if (i.type === 'choice' || i.type === 'choices') {
        expect(i.values?.length, i.code).toBeGreaterThan(1);
        expect(new Set(i.values).size, i.code).toBe(i.values?.length);
      } else expect(i.values, i.code).toBeUndefined();
      if (i.type === 'scale') expect((i.min ?? 0) < (i.max ?? 0), i.code).toBe(true);
      if (i.type === 'code') expect(i.classification, i.code).toBeTruthy();
    }
  });

  it('derive the size class, work-integration flag, ICSEM model and turnover band (never asked)', () => {
    expect(indicators.filter((i) => i.derived).map((i) => i.code)).toEqual([
      'icsem_model',
      'turnover_band',
      'size_class',
      'work_integration',
    ]);
    expect(indicatorByCode('turnover_eur')?.type).toBe('euros');
    expect(indicatorByCode('nope')).toBeUndefined();
  });
});
