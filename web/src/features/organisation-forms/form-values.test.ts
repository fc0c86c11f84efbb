import { describe, expect, it } from 'vitest';
import { ApiError } from '../../app/api-client.js';
import { displayDate, isoDate } from '../../ui/form/dates.js';
import { checkValues, problemFor, serverProblems } from './field-problems.js';
import { changedPaths, patchOf, reapply } from './form-diff.js';
import { emptyValues, type FormValues, newRecognition, toInput } from './form-values.js';

const filled = (patch: Partial<FormValues> = {}): FormValues => ({
  ...emptyValues(),
  name: 'Osuuskunta Esimerkki',
  ...patch,
});

describe('dates in the form', () => {
  it('shows ISO dates the Finnish way and reads them back', () => {
    expect(displayDate('2026-01-05')).toBe('5.1.2026');
    expect(isoDate('5.1.2026')).toBe('2026-01-05');
    expect(isoDate(' 31.12.2026 ')).toBe('2026-12-31');
    expect(isoDate('')).toBeNull();
  });

  it('leaves a date that does not exist as typed, for the check to refuse', () => {
    expect(isoDate('31.2.2026')).toBe('31.2.2026');
    expect(isoDate('tomorrow')).toBe('tomorrow');
  });
});

describe('toInput', () => {
  it('sends empty fields as null and numbers as numbers', () => {
    const input = toInput(
      filled({
        foundedYear: '2015',
        criteria: { ...emptyValues().criteria, profitDistributedPercent: '12,5', employees: '7' },
      }),
    );
    expect(input.businessId).toBeNull();
    expect(input.legalForm).toBeNull();
    expect(input.industry).toBeNull();
    expect(input.foundedYear).toBe(2015);
    expect(input.criteria?.profitDistributedPercent).toBe(12.5);
    expect(input.criteria?.employees).toBe(7);
    expect(input.criteria?.socialAimInStatutes).toBeNull();
  });

  it('prefers the precise industry code to the section', () => {
    expect(toInput(filled({ industrySection: 'Q', industryCode: '88991' })).industry).toEqual({
      version: 'TOL2008',
      code: '88991',
    });
    expect(toInput(filled({ industrySection: 'Q' })).industry?.code).toBe('Q');
  });
});

describe('checkValues', () => {
  it('accepts a form with only a name', () => {
    expect(checkValues(filled())).toEqual({});
  });

  it('names each field with a problem by its API path', () => {
    const problems = checkValues(
      filled({
        name: ' ',
        businessId: '1234567-8',
        website: 'www.example.fi',
        postalCode: '123',
        foundedYear: 'viime vuonna',
        industryCode: '999999',
        criteria: { ...emptyValues().criteria, employees: '3.5' },
        recognitions: [{ ...newRecognition(), since: '1.1.2026', validUntil: '31.12.2025' }],
      }),
    );
    expect(problems).toMatchObject({
      name: { code: 'nameRequired' },
      businessId: { code: 'businessIdInvalid' },
      website: { code: 'websiteFormat' },
      postalCode: { code: 'postalCodeFormat' },
      foundedYear: { code: 'yearRange' },
      'industry.code': { code: 'tolCode' },
      'criteria.employees': { code: 'countFormat' },
      'recognitions.0.type': { code: 'recognitionType' },
      'recognitions.0.validUntil': { code: 'dateOrder' },
    });
  });

  it('tells the limit of a text that is too long', () => {
    expect(checkValues(filled({ name: 'x'.repeat(201) })).name).toEqual({
      code: 'tooLong',
      max: 200,
    });
  });
});

describe('serverProblems', () => {
  it('reads the field problems of a 400 answer', () => {
    const error = new ApiError(400, 'invalid_request', 'Pyyntö on virheellinen.', {
      fields: [
        { location: 'body', path: 'postalCode', code: 'unknown_postal_code', message: '99999' },
        { location: 'body', path: 'website', code: 'invalid_format', message: 'Invalid URL' },
      ],
    });
    expect(serverProblems(error)).toEqual({
      postalCode: { code: 'postalCodeUnknown' },
      website: { code: 'websiteFormat' },
    });
  });

  it('ties a taken business ID to its field', () => {
    expect(serverProblems(new ApiError(409, 'business_id_taken', ''))).toEqual({
      businessId: { code: 'businessIdTaken' },
    });
    expect(serverProblems(new ApiError(409, 'version_conflict', ''))).toBeUndefined();
  });

  it('falls back to a general message for a field it does not know', () => {
    expect(problemFor('somethingNew', 'invalid_type')).toEqual({ code: 'checkField' });
  });
});

describe('changes between two states of the form', () => {
  const before = filled({ themes: ['culture', 'food'] });

  it('lists only what changed, nested fields leaf by leaf', () => {
    const after = {
      ...before,
      website: 'https://example.fi',
      themes: ['food', 'culture'],
      criteria: { ...before.criteria, employees: '4' },
      industryCode: '88991',
    };
    expect(changedPaths(before, after).sort()).toEqual([
      'criteria.employees',
      'industry',
      'website',
    ]);
  });

  it('patches the changed fields only, nested objects whole', () => {
    const after = { ...before, criteria: { ...before.criteria, employees: '4' } };
    const patch = patchOf(before, after);
    expect(Object.keys(patch ?? {})).toEqual(['criteria']);
    expect(patch?.criteria?.employees).toBe(4);
    expect(patchOf(before, { ...before })).toBeUndefined();
  });

  it('lets the server find the municipality of a new postal code', () => {
    const patch = patchOf({ ...before, municipality: '091' }, { ...before, postalCode: '20100' });
    expect(patch).toMatchObject({ postalCode: '20100', municipality: null });
  });

  it('puts the reader’s changes on top of a version saved meanwhile', () => {
    const mine = {
      ...before,
      website: 'https://mine.fi',
      criteria: { ...before.criteria, employees: '4' },
    };
    const latest = {
      ...before,
      phone: '+358 40 123 4567',
      website: 'https://theirs.fi',
      criteria: { ...before.criteria, disadvantagedEmployees: '2' },
    };
    const result = reapply(before, mine, latest);
    expect(result.website).toBe('https://mine.fi');
    expect(result.phone).toBe('+358 40 123 4567');
    expect(result.criteria.employees).toBe('4');
    expect(result.criteria.disadvantagedEmployees).toBe('2');
  });
});
