import { createRequire } from 'node:module';
import { hash, verify } from '@node-rs/argon2';

const require = createRequire(import.meta.url);
// The 49 000 most common passwords from breach corpora, as shipped by @zxcvbn-ts/language-common
// (MIT). NIST SP 800-63B §3.1.1.2: reject passwords found in lists of commonly used values.
const { dictionary } = require('@zxcvbn-ts/language-common') as {
  dictionary: Record<string, string[]>;
};
const common = new Set((dictionary['passwords-common'] ?? []).map((p) => p.toLowerCase()));

/** OWASP's argon2id settings (19 MiB, 2 iterations, 1 lane); `algorithm: 2` is argon2id. */
const options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(hashed: string, password: string): Promise<boolean> {
  try {
    return await verify(hashed, password);
  } catch {
    return false;
  }
}

/** A real hash of a random secret: verifying against it costs the same as against a real one. */
let dummyHash: Promise<string> | undefined;
export function timingDummyHash(): Promise<string> {
  dummyHash ??= hash(crypto.randomUUID(), options);
  return dummyHash;
}

/**
 * Rules beyond length (checked by the shared schema): not a common password, not the e-mail
 * address, not one character repeated. Returns the field error code or undefined.
 */
export function passwordProblem(
  password: string,
  email: string,
): 'password_too_common' | undefined {
  const p = password.toLowerCase();
  if (common.has(p)) return 'password_too_common';
  if (p === email.toLowerCase() || p === email.split('@')[0]?.toLowerCase()) {
    return 'password_too_common';
  }
  if (/^(.)\1*$/u.test(p)) return 'password_too_common';
  return undefined;
}
