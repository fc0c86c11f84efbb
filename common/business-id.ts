import { FinnishBusinessIds } from 'finnish-business-ids';
import { z } from 'zod';

/**
 * Finnish business ID (Y-tunnus): seven digits, a hyphen and a check digit. The check uses the
 * weights 7, 9, 10, 5, 8, 4, 2 modulo 11, where remainder 1 makes the number invalid (PRH; the
 * npm package finnish-business-ids implements it). Shared so the web app can check on blur.
 */
export const businessIdSchema = z
  .string()
  .trim()
  .regex(/^\d{7}-\d$/, 'business_id_format')
  .refine((v) => FinnishBusinessIds.isValidBusinessId(v), 'business_id_invalid');

export function isValidBusinessId(value: string): boolean {
  return businessIdSchema.safeParse(value).success;
}
