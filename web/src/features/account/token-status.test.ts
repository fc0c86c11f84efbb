import { describe, expect, it } from 'vitest';
import type { ApiToken } from '../../../../common/schemas/accounts.js';
import { tokenStatus } from './token-status.js';

const now = Date.parse('2026-05-01T12:00:00Z');
const token: ApiToken = {
  id: '0a1b2c3d-1234-4abc-8def-0123456789ab',
  name: 'Raportointi',
  scope: 'read',
  createdAt: '2026-04-01T12:00:00Z',
  expiresAt: null,
  lastUsedAt: null,
  revokedAt: null,
};

describe('tokenStatus', () => {
  it('is active without an expiry or before it', () => {
    expect(tokenStatus(token, now)).toBe('active');
    expect(tokenStatus({ ...token, expiresAt: '2026-05-01T12:00:01Z' }, now)).toBe('active');
  });

  it('is expired from the moment of expiry', () => {
    expect(tokenStatus({ ...token, expiresAt: '2026-05-01T12:00:00Z' }, now)).toBe('expired');
  });

  it('is revoked when revoked, whether expired or not', () => {
    expect(tokenStatus({ ...token, revokedAt: '2026-04-02T12:00:00Z' }, now)).toBe('revoked');
    expect(
      tokenStatus(
        { ...token, revokedAt: '2026-04-02T12:00:00Z', expiresAt: '2026-04-03T12:00:00Z' },
        now,
      ),
    ).toBe('revoked');
  });
});
