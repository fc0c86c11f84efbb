import { z } from 'zod';
import { isValidBusinessId } from '../../../../common/business-id.js';
import { tolSectionOf } from '../../../../common/organisations.js';
import { organisationDataSchema } from '../../../../common/schemas/organisations.js';
import { ApiError } from '../../app/api-client.js';
import { isoDate } from '../../ui/form/dates.js';
import { type FormValues, toInput } from './form-values.js';

/** Catalog keys of the form's field messages (under `orgForm.errors`). */
export type ProblemCode =
  | 'nameRequired'
  | 'tooLong'
  | 'businessIdInvalid'
  | 'businessIdTaken'
  | 'postalCodeFormat'
  | 'postalCodeUnknown'
  | 'municipalityUnknown'
  | 'websiteFormat'
  | 'emailFormat'
  | 'phoneFormat'
  | 'yearRange'
  | 'percentRange'
  | 'countFormat'
  | 'tolCode'
  | 'recognitionType'
  | 'dateFormat'
  | 'dateOrder'
  | 'checkField';

/** A field's problem: a message key, with the limit when the message names one. */
export interface FieldProblem {
  code: ProblemCode;
  max?: number;
}

/** Problems by API field path (`name`, `criteria.employees`, `recognitions.0.since`). */
export type FieldProblems = Record<string, FieldProblem>;

const byPath: [RegExp, ProblemCode][] = [
  [/^businessId$/, 'businessIdInvalid'],
  [/^postalCode$/, 'postalCodeFormat'],
  [/^municipality$/, 'municipalityUnknown'],
  [/^website$/, 'websiteFormat'],
  [/^email$/, 'emailFormat'],
  [/^phone$/, 'phoneFormat'],
  [/^foundedYear$/, 'yearRange'],
  [/^criteria\.profitDistributedPercent$/, 'percentRange'],
  [/^criteria\.(employees|disadvantagedEmployees|partialWorkAbilityEmployees)$/, 'countFormat'],
  [/^criteria\.impactPriority$/, 'checkField'],
  [/^industry(\.code)?$/, 'tolCode'],
  [/^recognitions\.\d+\.type$/, 'recognitionType'],
  [/^recognitions\.\d+\.(since|validUntil)$/, 'dateFormat'],
];

const serverCodes: Record<string, ProblemCode> = {
  unknown_postal_code: 'postalCodeUnknown',
  unknown_municipality: 'municipalityUnknown',
  unknown_tol_code: 'tolCode',
  business_id_invalid: 'businessIdInvalid',
};

/**
 * The message for a problem the schema (ours or the server's) found at `path`. `maximum` is given
 * only for text that is too long.
 */
export function problemFor(path: string, code: string, maximum?: number): FieldProblem {
  const known = serverCodes[code];
  if (known) return { code: known };
  if (path === 'name') {
    return code === 'too_big' && maximum
      ? { code: 'tooLong', max: maximum }
      : { code: 'nameRequired' };
  }
  if (code === 'too_big' && maximum) return { code: 'tooLong', max: maximum };
  const match = byPath.find(([pattern]) => pattern.test(path));
  return { code: match ? match[1] : 'checkField' };
}

/** The business ID check run when the reader leaves the field. */
export function checkBusinessId(value: string): FieldProblem | undefined {
  const id = value.trim();
  return id && !isValidBusinessId(id) ? { code: 'businessIdInvalid' } : undefined;
}

/**
 * Checks the whole form with the API's own schema, plus what the schema cannot know: a readable
 * industry code and dates in order. Returns the problems by field path.
 */
export function checkValues(values: FormValues): FieldProblems {
  const problems: FieldProblems = {};
  const result = organisationDataSchema.safeParse(toInput(values));
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.join('.');
      const maximum =
        issue.code === 'too_big' && issue.origin === 'string' ? Number(issue.maximum) : undefined;
      problems[path] ??= problemFor(path, issue.code, maximum);
    }
  }
  const code = values.industryCode.trim();
  if (code && !tolSectionOf(code.toUpperCase())) problems['industry.code'] = { code: 'tolCode' };
  values.recognitions.forEach((r, i) => {
    const since = isoDate(r.since);
    const until = isoDate(r.validUntil);
    const readable = (d: string | null) => d !== null && /^\d{4}-\d{2}-\d{2}$/.test(d);
    if (readable(since) && readable(until) && (until as string) < (since as string)) {
      problems[`recognitions.${i}.validUntil`] ??= { code: 'dateOrder' };
    }
  });
  return problems;
}

const serverFieldsSchema = z.array(
  z.object({ path: z.string(), code: z.string().optional(), message: z.string().optional() }),
);

/** The field problems of a 400 answer, or undefined when it names none. */
export function serverProblems(error: unknown): FieldProblems | undefined {
  if (!(error instanceof ApiError)) return undefined;
  if (error.code === 'business_id_invalid') return { businessId: { code: 'businessIdInvalid' } };
  if (error.code === 'business_id_taken') return { businessId: { code: 'businessIdTaken' } };
  if (error.code !== 'invalid_request') return undefined;
  const parsed = serverFieldsSchema.safeParse(error.details?.fields);
  if (!parsed.success || parsed.data.length === 0) return undefined;
  const problems: FieldProblems = {};
  for (const field of parsed.data) {
    // The server may name the problem by code or, for its own checks, in the message.
    const code = field.code && field.code !== 'custom' ? field.code : (field.message ?? '');
    problems[field.path] ??= problemFor(field.path, code);
  }
  return problems;
}
