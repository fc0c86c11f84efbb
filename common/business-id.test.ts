import { describe, expect, it } from 'vitest';
import { businessIdSchema, isValidBusinessId } from './business-id.js';

describe('business ID (Y-tunnus)', () => {
  it('accepts numbers with the right check digit', () => {
    for (const id of ['2617416-4', '0737546-2', '1572860-0', ' 2617416-4 ']) {
      expect(isValidBusinessId(id), id).toBe(true);
    }
  });

  it('rejects a wrong check digit and numbers whose remainder is 1', () => {
    expect(isValidBusinessId('2617416-5')).toBe(false);
    // 0000006: 6 × 2 = 12, remainder 1: no check digit can make it valid.
    for (let d = 0; d <= 9; d++) expect(isValidBusinessId(`0000006-${d}`)).toBe(false);
  });

  it('tells a malformed number from a wrong check digit', () => {
    const message = (v: string) => businessIdSchema.safeParse(v).error?.issues[0]?.message;
    expect(message('261741-4')).toBe('business_id_format');
    expect(message('26174164')).toBe('business_id_format');
    expect(message('2617416-5')).toBe('business_id_invalid');
  });
});
