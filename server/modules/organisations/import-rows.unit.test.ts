import { describe, expect, it } from 'vitest';
import { languages } from '../../../common/languages.js';
import { vocabularies } from '../../../common/organisations.js';
import { importFields } from '../../../common/schemas/organisation-import.js';
import { organisationStatuses } from '../../../common/schemas/organisations.js';
import { peopleColumns, peopleHeading, statusLabels } from './export-columns.js';
import { type Issue, type Reference, readRow, suggestMapping } from './import-rows.js';

/** What the people's exports write must read back as the code it came from, in every language. */
const ref: Reference = { municipalities: new Map(), postalCodes: new Map() };
const read = (
  field: 'legalForm' | 'icnpSection' | 'status' | 'actorTypes' | 'themes' | 'targetGroups',
  value: string,
) => {
  const issues: Issue[] = [];
  const row = readRow(['Nimi', value], 2, { name: 0, [field]: 1 }, ref, issues);
  expect(issues).toEqual([]);
  return row?.data;
};

describe.each(languages)('names written in %s', (lang) => {
  it('read back as legal form, field and status codes', () => {
    for (const f of vocabularies.legalForms)
      expect(read('legalForm', f[lang])?.legalForm).toBe(f.code);
    for (const s of vocabularies.icnpSections) {
      expect(read('icnpSection', s[lang])?.icnpSection).toBe(s.code);
    }
    for (const s of organisationStatuses)
      expect(read('status', statusLabels[s][lang])?.status).toBe(s);
  });

  it('read back as lists of codes', () => {
    const lists = {
      actorTypes: vocabularies.actorTypes,
      themes: vocabularies.themes,
      targetGroups: vocabularies.targetGroups,
    } as const;
    for (const [field, items] of Object.entries(lists) as [
      keyof typeof lists,
      typeof lists.themes,
    ][]) {
      const data = read(field, items.map((i) => i[lang]).join('; '));
      expect(data?.[field]).toEqual(items.map((i) => i.code));
    }
  });

  it('has headings that the suggested mapping recognises, and no others', () => {
    const header = peopleColumns.map((c) => peopleHeading(c, lang));
    const idAt = peopleColumns.indexOf('id');
    const first = header.map((_, i) => (i === idAt ? '7ea68002-7e1e-42a2-bc29-43556a02a6f1' : 'x'));
    const expected = Object.fromEntries(
      importFields.map((f) => [f, peopleColumns.indexOf(f as (typeof peopleColumns)[number])]),
    );
    expect(suggestMapping(header, first)).toEqual(expected);
  });
});
