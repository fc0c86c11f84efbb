import { describe, expect, it } from 'vitest';
import { ApiError } from '../../app/api-client.js';
import { checkDates, serverProblems } from './problems.js';

describe('the relation forms’ problems', () => {
  it('accepts no dates, and dates in order', () => {
    expect(checkDates('', '')).toEqual({});
    expect(checkDates('1.3.2026', '28.2.2028')).toEqual({});
  });

  it('names a date that is not one, and an end before the start', () => {
    expect(checkDates('31.2.2026', 'huomenna')).toEqual({
      startDate: 'dateFormat',
      endDate: 'dateFormat',
    });
    expect(checkDates('1.3.2026', '28.2.2026')).toEqual({ endDate: 'dateOrder' });
  });

  it('shows the API’s refusals beside the field they concern', () => {
    const error = (code: string, details?: Record<string, unknown>) =>
      new ApiError(code === 'duplicate_relation' ? 409 : 400, code, 'message', details);
    expect(serverProblems(error('duplicate_relation'))).toEqual({ other: 'duplicateRelation' });
    expect(serverProblems(error('relation_to_itself'))).toEqual({ other: 'relationToItself' });
    expect(serverProblems(error('date_range_invalid'))).toEqual({ endDate: 'dateOrder' });
    expect(
      serverProblems(
        error('invalid_request', {
          fields: [{ path: 'toId', code: 'organisation_not_published', message: 'x' }],
        }),
      ),
    ).toEqual({ other: 'organisationNotPublished' });
  });

  it('leaves refusals that are not about a field to the form’s general message', () => {
    expect(serverProblems(new ApiError(403, 'forbidden', 'message'))).toBeUndefined();
    expect(serverProblems(new Error('network'))).toBeUndefined();
  });
});
