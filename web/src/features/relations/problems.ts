import { useCallback } from 'react';
import { ApiError } from '../../app/api-client.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { isoDate } from '../../ui/form/dates.js';
import type { FieldMessage } from '../../ui/form/field-errors.js';
import { useFieldMessage } from '../../ui/form/use-field-message.js';

/** Problems only the relation forms have; their texts are under `relations.errors`. */
const ownProblems = [
  'perspectiveRequired',
  'organisationRequired',
  'relationToItself',
  'duplicateRelation',
  'organisationNotPublished',
] as const;
type OwnProblem = (typeof ownProblems)[number];

/** A problem of a date field (also of a network member's dates, which use the same fields). */
export type DateProblem = Extract<FieldMessage, 'dateFormat' | 'dateOrder' | 'checkField'>;
export type RelationProblem = OwnProblem | DateProblem;
type RelationField = 'perspective' | 'other' | 'startDate' | 'endDate';
export type RelationProblems = Partial<Record<RelationField, RelationProblem>>;

const isOwn = (problem: RelationProblem): problem is OwnProblem =>
  (ownProblems as readonly string[]).includes(problem);

/** The text of a problem in the page language. */
export function useProblemText(): (problem: RelationProblem) => string {
  const { t } = useTranslation();
  const fieldMessage = useFieldMessage();
  return useCallback(
    (problem: RelationProblem) =>
      isOwn(problem) ? t(`relations.errors.${problem}`) : fieldMessage(problem),
    [t, fieldMessage],
  );
}

const isIso = (date: string | null) => date === null || /^\d{4}-\d{2}-\d{2}$/.test(date);

export type DateProblems = Partial<Record<'startDate' | 'endDate', DateProblem>>;

/** Dates as typed (31.12.2026), checked with the API's rules before sending. */
export function checkDates(startDate: string, endDate: string): DateProblems {
  const start = isoDate(startDate);
  const end = isoDate(endDate);
  const problems: DateProblems = {};
  if (!isIso(start)) problems.startDate = 'dateFormat';
  if (!isIso(end)) problems.endDate = 'dateFormat';
  else if (start && end && isIso(start) && end < start) problems.endDate = 'dateOrder';
  return problems;
}

const byCode: Record<string, { field: RelationField; problem: RelationProblem }> = {
  relation_to_itself: { field: 'other', problem: 'relationToItself' },
  duplicate_relation: { field: 'other', problem: 'duplicateRelation' },
  organisation_not_published: { field: 'other', problem: 'organisationNotPublished' },
  date_range_invalid: { field: 'endDate', problem: 'dateOrder' },
};

/** Where the API's field paths are shown: either side is the organisation the reader chose. */
const fieldOfPath: Record<string, RelationField> = {
  fromId: 'other',
  toId: 'other',
  type: 'perspective',
  startDate: 'startDate',
  endDate: 'endDate',
};

/** The fields' problems of a refused relation, or undefined when the refusal is not about fields. */
export function serverProblems(error: unknown): RelationProblems | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const own = byCode[error.code];
  if (own) return { [own.field]: own.problem };
  if (error.code !== 'invalid_request') return undefined;
  const fields = (error.details?.fields ?? []) as {
    path?: unknown;
    code?: unknown;
    message?: unknown;
  }[];
  const problems: RelationProblems = {};
  for (const f of fields) {
    const field = typeof f.path === 'string' ? fieldOfPath[f.path] : undefined;
    if (!field) continue;
    const known = byCode[String(f.code)] ?? byCode[String(f.message)];
    problems[field] ??=
      known?.problem ??
      (field === 'startDate' || field === 'endDate' ? 'dateFormat' : 'checkField');
  }
  return Object.keys(problems).length > 0 ? problems : undefined;
}
