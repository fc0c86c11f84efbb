import { describe, expect, it } from 'vitest';
import { toSearch } from '../../ui/filter-form.js';
import { auditFiltersFrom, mailFiltersFrom, userFiltersFrom } from './filters.js';

describe('list filters in the URL', () => {
  it('reads known values and drops the rest', () => {
    expect(
      userFiltersFrom(new URLSearchParams('q=%20maija%20&role=admin&active=false&page=3')),
    ).toEqual({ q: 'maija', role: 'admin', active: 'false', page: 3 });
    expect(userFiltersFrom(new URLSearchParams('role=king&active=maybe&page=-1'))).toEqual({
      q: '',
      role: '',
      active: '',
      page: 1,
    });
    expect(auditFiltersFrom(new URLSearchParams('actorId=nope&action=login'))).toEqual({
      action: 'login',
      actorId: '',
      targetId: '',
      page: 1,
    });
    expect(mailFiltersFrom(new URLSearchParams('status=failed&page=2'))).toEqual({
      status: 'failed',
      page: 2,
    });
    expect(mailFiltersFrom(new URLSearchParams('status=lost'))).toEqual({ status: '', page: 1 });
  });

  it('writes only what is set', () => {
    expect(toSearch({ q: '', role: 'admin', page: 1 })).toBe('?role=admin');
    expect(toSearch({ q: 'a b', page: 2 })).toBe('?q=a+b&page=2');
    expect(toSearch({ q: '', page: 1 })).toBe('');
  });
});
