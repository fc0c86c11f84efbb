import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new secret for a session, a link or an API token: 256 random bits, URL-safe. */
export function newToken(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

/**
 * Only hashes of secrets are stored. Lookups go by hash, so the secret itself is never compared;
 * the found hash is still checked in constant time.
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}
