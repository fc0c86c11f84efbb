import { describe, expect, it } from 'vitest';
import { diffDefinitions } from './diff.js';

const t = (fi: string) => ({ fi, sv: `${fi} sv`, en: `${fi} en` });

function base() {
  return {
    title: t('Barometri'),
    estimatedMinutes: 15,
    pages: [
      {
        name: 'basics',
        title: t('Perustiedot'),
        elements: [
          { type: 'text', name: 'business_id', title: t('Y-tunnus') },
          {
            type: 'radiogroup',
            name: 'legal_family',
            title: t('Muoto'),
            choices: [
              { value: 'cooperative', text: t('Osuuskunta') },
              { value: 'company', text: t('Yritys') },
            ],
          },
        ],
      },
      {
        name: 'people',
        title: t('Ihmiset'),
        elements: [
          {
            type: 'panel',
            name: 'staff',
            title: t('Henkilöstö'),
            elements: [{ type: 'text', name: 'employees_headcount', title: t('Työntekijät') }],
          },
        ],
      },
    ],
  };
}

describe('diffDefinitions', () => {
  it('finds nothing between equal versions', () => {
    expect(diffDefinitions(base(), base())).toEqual({
      survey: [],
      pages: { added: [], removed: [], changed: [] },
      elements: { added: [], removed: [], changed: [] },
    });
  });

  it('names each changed text or value by its field, before and after', () => {
    const after = base();
    after.title.sv = 'Barometern';
    after.estimatedMinutes = 20;
    const family = after.pages[0]?.elements[1] as { choices: { text: { en: string } }[] };
    family.choices[1] = { ...family.choices[1], text: { ...t('Yritys'), en: 'Business' } } as never;
    const diff = diffDefinitions(base(), after);
    expect(diff.survey).toEqual([
      { field: 'title.sv', before: 'Barometri sv', after: 'Barometern' },
      { field: 'estimatedMinutes', before: 15, after: 20 },
    ]);
    expect(diff.elements.changed).toEqual([
      {
        name: 'legal_family',
        path: 'pages.0.elements.1',
        changes: [{ field: 'choices.1.text.en', before: 'Yritys en', after: 'Business' }],
      },
    ]);
  });

  it('tells added, removed and moved questions apart, also inside panels', () => {
    const after = base();
    const basics = after.pages[0]?.elements ?? [];
    const [businessId] = basics.splice(0, 1);
    const staff = after.pages[1]?.elements[0] as { elements: object[] };
    staff.elements.push(businessId as object, { type: 'text', name: 'volunteers', title: t('V') });
    after.pages[1]?.elements.push({ type: 'comment', name: 'notes', title: t('Huom') } as never);
    const diff = diffDefinitions(base(), after);
    expect(diff.elements.added.map((e) => [e.name, e.path])).toEqual([
      ['volunteers', 'pages.1.elements.0.elements.2'],
      ['notes', 'pages.1.elements.1'],
    ]);
    expect(diff.elements.removed).toEqual([]);
    expect(diff.elements.changed).toEqual([
      { name: 'legal_family', path: 'pages.0.elements.0', from: 'pages.0.elements.1', changes: [] },
      {
        name: 'business_id',
        path: 'pages.1.elements.0.elements.1',
        from: 'pages.0.elements.0',
        changes: [],
      },
    ]);
    // The panel itself did not change: its questions are compared on their own.
    expect(diff.elements.changed.map((e) => e.name)).not.toContain('staff');
    const gone = diffDefinitions(after, base());
    expect(gone.elements.removed.map((e) => e.name)).toEqual(['volunteers', 'notes']);
  });

  it('compares pages by name without their questions, and copes with what is not a survey', () => {
    const after = base();
    after.pages.push({ name: 'impact', title: t('Vaikutus'), elements: [] });
    (after.pages[0] as { title: object }).title = t('Organisaatio');
    const diff = diffDefinitions(base(), after);
    expect(diff.pages.added.map((p) => p.name)).toEqual(['impact']);
    expect(diff.pages.changed.map((p) => [p.name, p.changes.map((c) => c.field)])).toEqual([
      ['basics', ['title.fi', 'title.sv', 'title.en']],
    ]);
    const fromNothing = diffDefinitions(null, base());
    expect(fromNothing.elements.added).toHaveLength(4);
    expect(fromNothing.survey.map((c) => c.field)).toEqual([
      'title.fi',
      'title.sv',
      'title.en',
      'estimatedMinutes',
    ]);
  });
});
