import { describe, expect, it } from 'vitest';
import { indicators } from '../indicators.js';
import { checkAnswers } from './answers.js';

const t = (fi: string) => ({ fi, sv: `${fi} sv`, en: `${fi} en` });
const choicesOf = (code: string) =>
  (indicators.find((i) => i.code === code)?.values ?? []).map((value) => ({
    value,
    text: t(value),
  }));

const definition = {
  title: t('Barometri'),
  pages: [
    {
      name: 'p1',
      elements: [
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
          isRequired: true,
          title: t('Muoto'),
          choices: choicesOf('legal_family'),
        },
        {
          type: 'text',
          name: 'employees_headcount',
          indicator: 'employees_headcount',
          inputType: 'number',
          min: 0,
          isRequired: true,
          title: t('Työntekijät'),
        },
        {
          type: 'panel',
          name: 'people',
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
          type: 'text',
          name: 'turnover_eur',
          indicator: 'turnover_eur',
          inputType: 'number',
          title: t('Liikevaihto'),
        },
        {
          type: 'text',
          name: 'revenue_grants_percent',
          indicator: 'revenue_grants_percent',
          inputType: 'number',
          title: t('Avustukset'),
        },
        { type: 'boolean', name: 'se_mark', indicator: 'se_mark', title: t('Merkki') },
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
          title: t('Vaikutus'),
        },
        {
          type: 'comment',
          name: 'social_aim_text',
          indicator: 'social_aim_text',
          title: t('Tavoite'),
        },
      ],
    },
  ],
};

const problems = (
  answers: Record<string, unknown>,
  complete = false,
  lang: 'fi' | 'sv' | 'en' = 'fi',
) =>
  checkAnswers(definition, answers, { lang, complete }).problems.map(
    (p) => `${p.question} ${p.code}`,
  );

describe('checkAnswers', () => {
  it('turns answers into typed indicator values', () => {
    const checked = checkAnswers(
      definition,
      {
        business_id: '2617416-4',
        legal_family: 'cooperative',
        employees_headcount: 12,
        disadvantaged_partial_work_ability: '4',
        turnover_eur: 450000.5,
        se_mark: true,
        se_mark_date: '2024-05-02',
        sdg_goals: ['8', '10', '8'],
        impact_priority: 4,
        social_aim_text: '  Työllistämme osatyökykyisiä.  ',
      },
      { lang: 'fi', complete: true },
    );
    expect(checked.problems).toEqual([]);
    expect(checked.values).toEqual({
      business_id: '2617416-4',
      legal_family: 'cooperative',
      employees_headcount: 12,
      disadvantaged_partial_work_ability: 4,
      turnover_eur: 450000.5,
      se_mark: true,
      se_mark_date: '2024-05-02',
      sdg_goals: ['8', '10'],
      impact_priority: 4,
      social_aim_text: 'Työllistämme osatyökykyisiä.',
    });
  });

  it('saves part of the answers while answering, and wants the required ones on submission', () => {
    expect(problems({ business_id: '2617416-4' })).toEqual([]);
    expect(problems({ business_id: '2617416-4' }, true)).toEqual([
      'legal_family survey_rule',
      'employees_headcount survey_rule',
    ]);
    const swedish = checkAnswers(definition, {}, { lang: 'sv', complete: true });
    expect(swedish.problems[0]?.message).toBe('Frågan är obligatorisk.');
  });

  it('gives the survey’s own messages in the respondent’s language', () => {
    const answers = { business_id: '2617416' };
    for (const [lang, message] of [
      ['fi', 'Muoto 1234567-8'],
      ['sv', 'Muoto 1234567-8 sv'],
      ['en', 'Muoto 1234567-8 en'],
    ] as const) {
      const checked = checkAnswers(definition, answers, { lang, complete: false });
      expect(checked.problems).toEqual([{ question: 'business_id', code: 'survey_rule', message }]);
    }
    expect(
      checkAnswers(definition, { employees_headcount: -1 }, { lang: 'en', complete: false })
        .problems[0]?.message,
    ).toBe('The value should not be less than 0');
  });

  it('refuses values an indicator cannot hold, each with its reason', () => {
    expect(
      problems({
        employees_headcount: 'kymmenen',
        turnover_eur: -5,
        revenue_grants_percent: 120,
        legal_family: 'kingdom',
        se_mark: 'kyllä',
        impact_priority: 9,
        sdg_goals: ['1', '2', '3', '4'],
      }),
    ).toEqual([
      'legal_family not_a_choice',
      'employees_headcount not_a_number',
      'turnover_eur out_of_range',
      'revenue_grants_percent out_of_range',
      'se_mark not_yes_no',
      'sdg_goals too_many_choices',
      'impact_priority out_of_range',
    ]);
    expect(problems({ employees_headcount: 2.5 })).toEqual(['employees_headcount not_whole']);
    expect(problems({ sdg_goals: ['18'] })).toEqual(['sdg_goals not_a_choice']);
    expect(problems({ se_mark: true, se_mark_date: '2.5.2024' })).toEqual([
      'se_mark_date not_a_date',
    ]);
    expect(problems({ social_aim_text: { html: '<b>' } })).toEqual(['social_aim_text not_text']);
    const limit = checkAnswers(
      definition,
      { sdg_goals: ['1', '2', '3', '4'] },
      {
        lang: 'en',
        complete: false,
      },
    );
    expect(limit.problems[0]?.message).toBe('Please select no more than 3 option(s).');
  });

  it('refuses answers to questions the survey does not have, and overlong text', () => {
    expect(problems({ favourite_colour: 'blue', 'legal_family-Comment': 'x' })).toEqual([
      'favourite_colour unknown_question',
    ]);
    expect(problems({ social_aim_text: 'x'.repeat(4001) })).toEqual(['social_aim_text too_long']);
  });

  it('keeps hidden answers while answering and drops them on submission, with no value stored', () => {
    const answers = {
      legal_family: 'association',
      employees_headcount: 0,
      disadvantaged_partial_work_ability: 3,
      se_mark: false,
      se_mark_date: 'not checked while hidden',
    };
    const saving = checkAnswers(definition, answers, { lang: 'fi', complete: false });
    expect(saving.problems).toEqual([]);
    expect(saving.answers).toEqual(answers);
    expect(saving.values).not.toHaveProperty('disadvantaged_partial_work_ability');
    const submitted = checkAnswers(definition, answers, { lang: 'fi', complete: true });
    expect(submitted.problems).toEqual([]);
    expect(submitted.answers).toEqual({
      legal_family: 'association',
      employees_headcount: 0,
      se_mark: false,
    });
    expect(submitted.values).toEqual({
      legal_family: 'association',
      employees_headcount: 0,
      se_mark: false,
    });
  });
});

describe('questions without an indicator', () => {
  const poll = {
    pages: [
      {
        name: 'p',
        elements: [
          { type: 'rating', name: 'stars', title: t('Tähdet'), rateMin: 1, rateMax: 5 },
          {
            type: 'radiogroup',
            name: 'pick',
            title: t('Valitse'),
            choices: ['a', 'b'],
            showOtherItem: true,
          },
          { type: 'checkbox', name: 'many', title: t('Monta'), choices: ['x', 'y'] },
          { type: 'boolean', name: 'ok', title: t('Sopiiko?') },
        ],
      },
    ],
  };
  const codes = (answers: Record<string, unknown>) =>
    checkAnswers(poll, answers, { lang: 'fi', complete: false }).problems.map(
      (p) => `${p.question} ${p.code}`,
    );

  it('take only the values the question offers', () => {
    expect(
      codes({ stars: 5, pick: 'other', 'pick-Comment': 'c', many: ['x', 'y'], ok: false }),
    ).toEqual([]);
    expect(codes({ stars: 9, pick: 'z', many: ['x', 'q'], ok: 'yes' })).toEqual([
      'stars not_a_choice',
      'pick not_a_choice',
      'many not_a_choice',
      'ok not_a_choice',
    ]);
    expect(codes({ pick: ['a'] })).toEqual(['pick not_a_choice']);
  });
});
