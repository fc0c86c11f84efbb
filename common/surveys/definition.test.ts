import { describe, expect, it } from 'vitest';
import { indicators } from '../indicators.js';
import { checkDefinition } from './definition.js';

const t = (fi: string) => ({ fi, sv: `${fi} (sv)`, en: `${fi} (en)` });

/** Choices of an indicator as a question lists them. */
const choicesOf = (code: string) =>
  (indicators.find((i) => i.code === code)?.values ?? []).map((value) => ({
    value,
    text: t(value),
  }));

/** A small survey that binds one question of each kind of indicator, as the barometer does. */
function survey(elements: object[] = baseElements()) {
  return {
    title: t('Barometri'),
    description: t('Kuvaus'),
    estimatedMinutes: 15,
    showProgressBar: 'top',
    pages: [{ name: 'p1', title: t('Sivu'), elements }],
  };
}

function baseElements(): Record<string, unknown>[] {
  return [
    {
      type: 'text',
      name: 'business_id',
      indicator: 'business_id',
      title: t('Y-tunnus'),
      validators: [{ type: 'regex', regex: '^[0-9]{7}-[0-9]$', text: t('Muoto 1234567-8') }],
    },
    {
      type: 'radiogroup',
      name: 'legal_family',
      indicator: 'legal_family',
      title: t('Muoto'),
      isRequired: true,
      choices: choicesOf('legal_family'),
    },
    {
      type: 'text',
      name: 'employees_headcount',
      indicator: 'employees_headcount',
      inputType: 'number',
      min: 0,
      title: t('Työntekijät'),
    },
    {
      type: 'panel',
      name: 'people',
      title: t('Henkilöstö'),
      visibleIf: '{employees_headcount} > 0',
      elements: [
        {
          type: 'text',
          name: 'disadvantaged_partial_work_ability',
          indicator: 'disadvantaged_partial_work_ability',
          inputType: 'number',
          title: t('Osatyökykyiset'),
        },
      ],
    },
    {
      type: 'boolean',
      name: 'se_mark',
      indicator: 'se_mark',
      title: t('Merkki'),
      labelTrue: t('Kyllä'),
      labelFalse: t('Ei'),
    },
    {
      type: 'text',
      name: 'se_mark_date',
      indicator: 'se_mark_date',
      inputType: 'date',
      visibleIf: '{se_mark} = true',
      title: t('Päivä'),
    },
    {
      type: 'checkbox',
      name: 'sdg_goals',
      indicator: 'sdg_goals',
      maxSelectedChoices: 3,
      title: t('Tavoitteet'),
      choices: choicesOf('sdg_goals'),
    },
    {
      type: 'rating',
      name: 'impact_priority',
      indicator: 'impact_priority',
      rateMin: 1,
      rateMax: 5,
      title: t('Vaikutus'),
      minRateDescription: t('Voitto'),
      maxRateDescription: t('Vaikutus'),
    },
    {
      type: 'comment',
      name: 'social_aim_text',
      indicator: 'social_aim_text',
      title: t('Tavoite'),
    },
  ];
}

/** The base survey with the element named `name` changed by `change`. */
function withElement(name: string, change: (e: Record<string, unknown>) => void) {
  const elements = baseElements();
  const element = elements.find((e) => e.name === name);
  if (!element) throw new Error(name);
  change(element);
  return survey(elements);
}

const problemsOf = (definition: unknown) =>
  checkDefinition(definition).problems.map((p) => `${p.code} ${p.path}`);

describe('checkDefinition', () => {
  it('accepts a survey with every text in three languages and fitting bindings, and lists them', () => {
    const checked = checkDefinition(survey());
    expect(checked.problems).toEqual([]);
    expect(checked.bindings.map((b) => [b.question, b.indicator, b.path])).toEqual([
      ['business_id', 'business_id', 'pages.0.elements.0'],
      ['legal_family', 'legal_family', 'pages.0.elements.1'],
      ['employees_headcount', 'employees_headcount', 'pages.0.elements.2'],
      [
        'disadvantaged_partial_work_ability',
        'disadvantaged_partial_work_ability',
        'pages.0.elements.3.elements.0',
      ],
      ['se_mark', 'se_mark', 'pages.0.elements.4'],
      ['se_mark_date', 'se_mark_date', 'pages.0.elements.5'],
      ['sdg_goals', 'sdg_goals', 'pages.0.elements.6'],
      ['impact_priority', 'impact_priority', 'pages.0.elements.7'],
      ['social_aim_text', 'social_aim_text', 'pages.0.elements.8'],
    ]);
  });

  it('refuses what is not a survey object, and a survey without pages', () => {
    expect(problemsOf([])).toEqual(['not_an_object ']);
    expect(problemsOf('{"pages":[]}')).toEqual(['not_an_object ']);
    expect(problemsOf({ title: t('x') })).toEqual(['no_pages pages']);
    expect(problemsOf({ title: t('x'), pages: [] })).toEqual(['no_pages pages']);
  });

  it('names unknown element types and properties by their path', () => {
    const unknown = withElement('social_aim_text', (e) => Object.assign(e, { type: 'nonsense' }));
    expect(problemsOf(unknown)).toEqual(['unknown_type pages.0.elements.8.type']);
    // A condition on a question whose type is unknown names a question the survey does not have.
    expect(
      problemsOf(withElement('se_mark', (e) => Object.assign(e, { type: 'nonsense' }))),
    ).toEqual([
      'unknown_type pages.0.elements.4.type',
      'unknown_question pages.0.elements.5.visibleIf',
    ]);
    expect(problemsOf(withElement('se_mark', (e) => Object.assign(e, { bogus: 1 })))).toEqual([
      'unknown_property pages.0.elements.4.bogus',
    ]);
    expect(problemsOf({ ...survey(), locale: 'fi', foo: 1 })).toEqual(['unknown_property foo']);
    const validator = withElement('business_id', (e) => {
      e.validators = [{ type: 'nosuch', text: t('x') }];
    });
    expect(problemsOf(validator)).toEqual(['unknown_type pages.0.elements.0.validators.0.type']);
  });

  it('wants every text in Finnish, Swedish and English, and no other language', () => {
    expect(problemsOf({ ...survey(), title: 'Barometri' })).toEqual(['missing_translation title']);
    expect(problemsOf({ ...survey(), title: { fi: 'B', en: 'B' } })).toEqual([
      'missing_translation title.sv',
    ]);
    expect(problemsOf({ ...survey(), description: { fi: 'B', sv: ' ', en: 'B' } })).toEqual([
      'missing_translation description.sv',
    ]);
    expect(problemsOf({ ...survey(), title: { ...t('B'), default: 'B', de: 'B' } })).toEqual([
      'unknown_language title.default',
      'unknown_language title.de',
    ]);
    const choice = withElement('legal_family', (e) => {
      const choices = e.choices as { text: object }[];
      choices[2] = { ...choices[2], text: { fi: 'Yhdistys', sv: 'Förening' } };
    });
    expect(problemsOf(choice)).toEqual([
      'missing_translation pages.0.elements.1.choices.2.text.en',
    ]);
    const bare = withElement('legal_family', (e) => {
      e.choices = ['cooperative', 'mutual', 'association', 'foundation', 'company', 'other'];
    });
    expect(problemsOf(bare)).toEqual(
      [0, 1, 2, 3, 4, 5].map((i) => `missing_translation pages.0.elements.1.choices.${i}`),
    );
    const validator = withElement('business_id', (e) => {
      e.validators = [{ type: 'regex', regex: '^x$', text: 'Muoto' }];
    });
    expect(problemsOf(validator)).toEqual([
      'missing_translation pages.0.elements.0.validators.0.text',
    ]);
    const page = survey();
    page.pages[0] = { ...page.pages[0], title: { fi: 'Sivu', sv: 'Sida', en: '' } } as never;
    expect(problemsOf(page)).toEqual(['missing_translation pages.0.title.en']);
    const rating = withElement('impact_priority', (e) => {
      e.maxRateDescription = 'Vaikutus';
    });
    expect(problemsOf(rating)).toEqual([
      'missing_translation pages.0.elements.7.maxRateDescription',
    ]);
  });

  it('refuses two questions with one name', () => {
    const elements = baseElements();
    elements.push({ type: 'text', name: 'business_id', title: t('Toinen') });
    expect(problemsOf(survey(elements))).toEqual(['duplicate_name pages.0.elements.9.name']);
  });

  it('refuses conditions that do not parse or name a question the survey does not have', () => {
    expect(
      problemsOf(
        withElement('se_mark_date', (e) => Object.assign(e, { visibleIf: '{se_mark} = ' })),
      ),
    ).toEqual(['invalid_condition pages.0.elements.5.visibleIf']);
    expect(
      problemsOf(
        withElement('se_mark_date', (e) => Object.assign(e, { visibleIf: '{se_merkki} = true' })),
      ),
    ).toEqual(['unknown_question pages.0.elements.5.visibleIf']);
    const checked = checkDefinition(
      withElement('se_mark_date', (e) => Object.assign(e, { visibleIf: '{se_merkki} = true' })),
    );
    expect(checked.problems[0]?.detail).toBe('se_merkki');
  });

  it('refuses unknown, derived and twice-bound indicators', () => {
    expect(
      problemsOf(withElement('se_mark', (e) => Object.assign(e, { indicator: 'se_merkki' }))),
    ).toEqual(['unknown_indicator pages.0.elements.4.indicator']);
    const derived = withElement('legal_family', (e) => {
      Object.assign(e, { indicator: 'size_class', choices: choicesOf('size_class') });
    });
    expect(problemsOf(derived)).toEqual(['derived_indicator pages.0.elements.1.indicator']);
    const twice = baseElements();
    twice.push({
      type: 'text',
      name: 'headcount_again',
      indicator: 'employees_headcount',
      inputType: 'number',
      title: t('Taas'),
    });
    expect(problemsOf(survey(twice))).toEqual(['duplicate_indicator pages.0.elements.9.indicator']);
  });

  it('wants a question that can hold its indicator', () => {
    const boolAsText = withElement('se_mark', (e) => Object.assign(e, { type: 'text' }));
    expect(problemsOf(boolAsText)).toEqual([
      'unknown_property pages.0.elements.4.labelTrue',
      'unknown_property pages.0.elements.4.labelFalse',
      'indicator_question_type pages.0.elements.4.type',
    ]);
    const amountAsText = withElement('employees_headcount', (e) => {
      delete e.inputType;
    });
    expect(problemsOf(amountAsText)).toEqual(['indicator_question_type pages.0.elements.2.type']);
    const dateAsNumber = withElement('se_mark_date', (e) =>
      Object.assign(e, { inputType: 'number' }),
    );
    expect(problemsOf(dateAsNumber)).toEqual(['indicator_question_type pages.0.elements.5.type']);
    const oneAsMany = withElement('legal_family', (e) => Object.assign(e, { type: 'checkbox' }));
    expect(problemsOf(oneAsMany)).toEqual(['indicator_question_type pages.0.elements.1.type']);
    const manyAsOne = withElement('sdg_goals', (e) => {
      e.type = 'dropdown';
      delete e.maxSelectedChoices;
    });
    expect(problemsOf(manyAsOne)).toEqual(['indicator_question_type pages.0.elements.6.type']);
    const textAsRating = withElement('social_aim_text', (e) =>
      Object.assign(e, { type: 'rating' }),
    );
    expect(problemsOf(textAsRating)).toEqual(['indicator_question_type pages.0.elements.8.type']);
    // A dropdown holds a choice as well as radio buttons do.
    expect(
      problemsOf(withElement('legal_family', (e) => Object.assign(e, { type: 'dropdown' }))),
    ).toEqual([]);
  });

  it('wants exactly the indicator’s values as choices', () => {
    const missing = withElement('legal_family', (e) => {
      e.choices = (e.choices as unknown[]).slice(1);
    });
    expect(problemsOf(missing)).toEqual(['indicator_choices pages.0.elements.1.choices']);
    const extra = withElement('legal_family', (e) => {
      e.choices = [...(e.choices as unknown[]), { value: 'cooperative_bank', text: t('Pankki') }];
    });
    expect(problemsOf(extra)).toEqual(['indicator_choices pages.0.elements.1.choices']);
    const twice = withElement('legal_family', (e) => {
      const choices = e.choices as { value: string }[];
      choices[5] = { ...choices[5], value: 'company' } as never;
    });
    expect(problemsOf(twice)).toEqual(['indicator_choices pages.0.elements.1.choices']);
    expect(checkDefinition(missing).problems[0]?.detail).toBe(
      'legal_family: cooperative, mutual, association, foundation, company, other',
    );
  });

  it('keeps choices within the indicator’s limit and a scale on its range', () => {
    const unlimited = withElement('sdg_goals', (e) => {
      delete e.maxSelectedChoices;
    });
    expect(problemsOf(unlimited)).toEqual([
      'indicator_range pages.0.elements.6.maxSelectedChoices',
    ]);
    const tooMany = withElement('sdg_goals', (e) => Object.assign(e, { maxSelectedChoices: 4 }));
    expect(problemsOf(tooMany)).toEqual(['indicator_range pages.0.elements.6.maxSelectedChoices']);
    expect(
      problemsOf(withElement('sdg_goals', (e) => Object.assign(e, { maxSelectedChoices: 2 }))),
    ).toEqual([]);
    const tenPoint = withElement('impact_priority', (e) => Object.assign(e, { rateMax: 10 }));
    expect(problemsOf(tenPoint)).toEqual(['indicator_range pages.0.elements.7']);
    // SurveyJS's own default range is 1–5.
    const defaults = withElement('impact_priority', (e) => {
      delete e.rateMin;
      delete e.rateMax;
    });
    expect(problemsOf(defaults)).toEqual([]);
  });

  it('refuses panels nested deeper than a survey needs, without going down them', () => {
    let element: Record<string, unknown> = { type: 'text', name: 'deep', title: t('Syvä') };
    for (let i = 0; i < 5000; i++) element = { type: 'panel', name: `p${i}`, elements: [element] };
    const problems = problemsOf(survey([element]));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^too_deep pages\.0(\.elements\.0)+$/);
  });
});
