import { useCallback } from 'react';
import { ApiError } from '../../app/api-client.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { useFieldMessage } from '../../ui/form/use-field-message.js';
import type { DateProblem } from '../relations/problems.js';

/** Problems only the member forms have; their texts are under `networks.members.errors`. */
type OwnProblem = 'organisationRequired' | 'duplicateMember' | 'organisationNotPublished';

export interface MemberProblems {
  organisation?: OwnProblem | 'checkField' | undefined;
  role?: 'checkField' | undefined;
  startDate?: DateProblem | undefined;
  endDate?: DateProblem | undefined;
}
export type MemberProblem = NonNullable<MemberProblems[keyof MemberProblems]>;

/** The text of a problem in the page language. */
export function useMemberProblemText(): (problem: MemberProblem) => string {
  const { t } = useTranslation();
  const fieldMessage = useFieldMessage();
  return useCallback(
    (problem: MemberProblem) =>
      problem === 'organisationRequired' ||
      problem === 'duplicateMember' ||
      problem === 'organisationNotPublished'
        ? t(`networks.members.errors.${problem}`)
        : fieldMessage(problem),
    [t, fieldMessage],
  );
}

/** The fields' problems of a refused member, or undefined when the refusal is not about fields. */
export function serverMemberProblems(error: unknown): MemberProblems | undefined {
  if (!(error instanceof ApiError)) return undefined;
  if (error.code === 'duplicate_member') return { organisation: 'duplicateMember' };
  if (error.code === 'date_range_invalid') return { endDate: 'dateOrder' };
  if (error.code !== 'invalid_request') return undefined;
  const fields = (error.details?.fields ?? []) as {
    path?: unknown;
    code?: unknown;
    message?: unknown;
  }[];
  const problems: MemberProblems = {};
  for (const f of fields) {
    if (f.path === 'organisationId') {
      problems.organisation ??=
        f.code === 'organisation_not_published' ? 'organisationNotPublished' : 'checkField';
    } else if (f.path === 'startDate' || f.path === 'endDate') {
      // The body's own check names the problem in its message (code "custom").
      const order = f.code === 'date_range_invalid' || f.message === 'date_range_invalid';
      problems[f.path] ??= order ? 'dateOrder' : 'dateFormat';
    } else if (f.path === 'role') {
      problems.role ??= 'checkField';
    }
  }
  return Object.keys(problems).length > 0 ? problems : undefined;
}
