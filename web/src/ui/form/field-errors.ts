import { z } from 'zod';
import { limits } from '../../../../common/limits.js';
import { emailSchema } from '../../../../common/schemas/accounts.js';
import { ApiError } from '../../app/api-client.js';

/**
 * Catalog keys of field messages (under `form.errors`). Forms keep message keys, not texts, so a
 * language switch shows the same errors in the new language.
 */
export type FieldMessage =
  | 'required'
  | 'nameRequired'
  | 'nameTooLong'
  | 'emailRequired'
  | 'emailFormat'
  | 'passwordRequired'
  | 'password_too_short'
  | 'password_too_long'
  | 'password_too_common'
  | 'currentPasswordWrong'
  | 'idFormat'
  | 'tokenNameRequired'
  | 'tokenNameTooLong'
  | 'checkField'
  | 'titleRequired'
  | 'dateFormat'
  | 'dateOrder'
  | 'amountFormat'
  | 'websiteFormat'
  | 'regionRequired'
  | 'leadRequired'
  | 'partnerNotPublished'
  | 'duplicatePartner'
  | 'phoneFormat'
  | 'daysFormat';

/** The problems of a form, by field name; a field without a problem has no entry. */
export type FieldErrors<F extends string> = Partial<Record<F, FieldMessage>>;

/** How the server's messages for a field are read: passwords have codes of their own. */
export type FieldKind = 'email' | 'password' | 'other';

export function checkName(value: string): FieldMessage | undefined {
  const name = value.trim();
  if (!name) return 'nameRequired';
  if (name.length > limits.nameMaxLength) return 'nameTooLong';
  return undefined;
}

/** The name of a personal API token, which only its owner sees. */
export function checkTokenName(value: string): FieldMessage | undefined {
  const name = value.trim();
  if (!name) return 'tokenNameRequired';
  if (name.length > limits.tokenNameMaxLength) return 'tokenNameTooLong';
  return undefined;
}

export function checkEmail(value: string): FieldMessage | undefined {
  if (!value.trim()) return 'emailRequired';
  return emailSchema.safeParse(value).success ? undefined : 'emailFormat';
}

/** A new password: only its length is checked here; the server also rejects common ones. */
export function checkNewPassword(value: string): FieldMessage | undefined {
  if (!value) return 'passwordRequired';
  if (value.length < limits.passwordMinLength) return 'password_too_short';
  if (value.length > limits.passwordMaxLength) return 'password_too_long';
  return undefined;
}

/** A phone number as the API takes it (common/schemas/primitives.ts `phoneNumber`); empty is none. */
export function checkPhone(value: string): FieldMessage | undefined {
  const v = value.trim();
  return v === '' || /^\+?[0-9 ()-]{5,30}$/.test(v) ? undefined : 'phoneFormat';
}

export function checkRequired(value: string, message: FieldMessage = 'required') {
  return value.trim() ? undefined : message;
}

/** Drops the fields without a problem, so an empty object means the form is fine. */
export function collect<F extends string>(
  checks: Record<F, FieldMessage | undefined>,
): FieldErrors<F> {
  const errors: FieldErrors<F> = {};
  for (const [field, message] of Object.entries(checks) as [F, FieldMessage | undefined][]) {
    if (message) errors[field] = message;
  }
  return errors;
}

export function hasErrors<F extends string>(errors: FieldErrors<F>): boolean {
  return Object.keys(errors).length > 0;
}

const serverFieldsSchema = z.array(z.object({ path: z.string(), message: z.string() }));
const passwordCodes = new Set<string>([
  'password_too_short',
  'password_too_long',
  'password_too_common',
]);

function messageFor(kind: FieldKind, serverMessage: string): FieldMessage {
  if (kind === 'password' && passwordCodes.has(serverMessage)) {
    return serverMessage as FieldMessage;
  }
  return kind === 'email' ? 'emailFormat' : 'checkField';
}

/**
 * Reads the field problems of a 400 `invalid_request` answer for the fields this form has. Returns
 * undefined when none of them is one of the form's fields, so the caller shows the general message.
 */
export function serverFieldErrors<F extends string>(
  error: unknown,
  kinds: Record<F, FieldKind>,
): FieldErrors<F> | undefined {
  if (!(error instanceof ApiError) || error.code !== 'invalid_request') return undefined;
  const parsed = serverFieldsSchema.safeParse(error.details?.fields);
  if (!parsed.success) return undefined;
  const errors: FieldErrors<F> = {};
  for (const { path, message } of parsed.data) {
    if (!Object.hasOwn(kinds, path)) continue;
    const field = path as F;
    errors[field] ??= messageFor(kinds[field], message);
  }
  return hasErrors(errors) ? errors : undefined;
}

/** A wrong password given to confirm a change: a problem of that field, not of the whole form. */
export function wrongPassword<F extends string>(field: F) {
  return (error: unknown): FieldErrors<F> | undefined =>
    error instanceof ApiError && error.code === 'invalid_credentials'
      ? ({ [field]: 'currentPasswordWrong' } as FieldErrors<F>)
      : undefined;
}
