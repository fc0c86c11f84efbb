import type { ApiToken } from '../../../../common/schemas/accounts.js';

export type TokenStatus = 'active' | 'revoked' | 'expired';

/** Whether a token still works at `now`; a revoked token is revoked even after it would have expired. */
export function tokenStatus(token: ApiToken, now: number = Date.now()): TokenStatus {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && Date.parse(token.expiresAt) <= now) return 'expired';
  return 'active';
}

/** The choices of validity offered when creating a token, in days; null is "until revoked". */
export const expiryChoices = [30, 90, 365, null] as const;
export type ExpiryChoice = (typeof expiryChoices)[number];
export const defaultExpiry: ExpiryChoice = 90;
