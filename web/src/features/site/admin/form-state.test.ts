import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../app/api-client.js';
import { fromFinnishDate, problemAt, serverProblems, toFinnishDate } from './form-state.js';

describe('dates in the site forms', () => {
  it('shows an ISO date as Finns write it and reads it back', () => {
    expect(toFinnishDate('2026-12-02')).toBe('2.12.2026');
    expect(fromFinnishDate(' 2.12.2026 ')).toBe('2026-12-02');
    expect(fromFinnishDate('15.01.2027')).toBe('2027-01-15');
  });

  it('accepts an ISO date as typed and leaves anything else for the schema to refuse', () => {
    expect(fromFinnishDate('2027-01-15')).toBe('2027-01-15');
    expect(fromFinnishDate('joulukuu 2026')).toBe('joulukuu 2026');
  });
});

describe('field messages', () => {
  it('names the problem by what the field holds', () => {
    expect(problemAt('feedbackEmail', 'invalid_format')).toBe('email');
    expect(problemAt('regionalContacts.0.email', 'invalid_format')).toBe('email');
    expect(problemAt('authority.url.sv', 'custom')).toBe('url');
    expect(problemAt('organisations.2.url', 'invalid_format')).toBe('url');
    expect(problemAt('reviewedOn', 'invalid_format')).toBe('date');
    expect(problemAt('contact.phone', 'invalid_format')).toBe('phone');
    expect(problemAt('intro.fi', 'too_small')).toBe('required');
    expect(problemAt('intro.fi', 'too_big')).toBe('tooLong');
  });

  it('reads the fields of a 400 answer, and nothing from other errors', () => {
    const invalid = new ApiError(400, 'invalid_request', '', {
      fields: [
        { location: 'body', path: 'feedbackEmail', code: 'invalid_format', message: '' },
        { location: 'body', path: 'authority.name.fi', code: 'too_small', message: '' },
      ],
    });
    expect(serverProblems(invalid)).toEqual({
      feedbackEmail: 'email',
      'authority.name.fi': 'required',
    });
    expect(serverProblems(new ApiError(409, 'version_conflict', ''))).toBeUndefined();
  });
});
