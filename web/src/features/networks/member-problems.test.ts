import { describe, expect, it } from 'vitest';
import { ApiError } from '../../app/api-client.js';
import { serverMemberProblems } from './member-problems.js';

describe('the member forms’ problems from the API', () => {
  const error = (status: number, code: string, details?: Record<string, unknown>) =>
    new ApiError(status, code, 'message', details);

  it('shows a refusal beside the field it concerns', () => {
    expect(serverMemberProblems(error(409, 'duplicate_member'))).toEqual({
      organisation: 'duplicateMember',
    });
    expect(serverMemberProblems(error(400, 'date_range_invalid'))).toEqual({
      endDate: 'dateOrder',
    });
    expect(
      serverMemberProblems(
        error(400, 'invalid_request', {
          fields: [
            { path: 'organisationId', code: 'organisation_not_published', message: 'x' },
            { path: 'endDate', code: 'custom', message: 'date_range_invalid' },
          ],
        }),
      ),
    ).toEqual({ organisation: 'organisationNotPublished', endDate: 'dateOrder' });
  });

  it('leaves other refusals to the form’s general message', () => {
    expect(serverMemberProblems(error(403, 'forbidden'))).toBeUndefined();
    expect(serverMemberProblems(error(409, 'version_conflict'))).toBeUndefined();
    expect(serverMemberProblems(new Error('network'))).toBeUndefined();
  });
});
