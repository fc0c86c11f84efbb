import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { SurveyModel } from 'survey-core';
import { describe, expect, it } from 'vitest';
import { indicators } from '../../../common/indicators.js';
import { checkAnswers } from '../../../common/surveys/answers.js';
import { checkProgress, passesQuickly } from './progress-check.js';

const barometer = JSON.parse(
  readFileSync(new URL('./barometer-v1.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

const t = (fi: string) => ({ fi, sv: `${fi} sv`, en: `${fi} en` });
const choices = (...values: string[]) => values.map((value) => ({ value, text: t(value) }));

/** SurveyJS features the barometer does not use, some modelled by the quick check, some not. */
const features = {
  title: t('Kaikenlaista'),
  pages: [
    {
      name: 'p1',
      elements: [
        {
          type: 'checkbox',
          name: 'channels',
          title: t('Kanavat'),
          choices: choices('web', 'mail', 'phone'),
          showOtherItem: true,
          showNoneItem: true,
          minSelectedChoices: 2,
          maxSelectedChoices: 3,
        },
        {
          type: 'tagbox',
          name: 'tags',
          title: t('Tunnisteet'),
          choices: choices('a', 'b', 'c'),
        },
        {
          type: 'radiogroup',
          name: 'size',
          title: t('Koko'),
          choices: choices('s', 'm', 'l'),
          showOtherItem: true,
          isRequired: true,
        },
        {
          type: 'rating',
          name: 'mood',
          title: t('Tunnelma'),
          rateValues: [1, 3, 5, 8],
        },
        {
          type: 'boolean',
          name: 'agree',
          title: t('Samaa mieltä'),
          valueTrue: 'yes',
          valueFalse: 'no',
        },
        {
          type: 'text',
          name: 'email',
          inputType: 'email',
          title: t('Sähköposti'),
          validators: [{ type: 'email' }],
        },
        {
          type: 'text',
          name: 'day',
          inputType: 'date',
          min: '2020-01-01',
          max: '2030-12-31',
          title: t('Päivä'),
        },
        {
          type: 'text',
          name: 'count',
          inputType: 'number',
          title: t('Määrä'),
          validators: [{ type: 'numeric', minValue: 2, maxValue: 40 }],
        },
        {
          type: 'text',
          name: 'code',
          title: t('Koodi'),
          isRequired: true,
          validators: [{ type: 'text', minLength: 2, maxLength: 5, allowDigits: false }],
        },
        {
          type: 'comment',
          name: 'notes',
          title: t('Huomiot'),
          maxLength: 20,
        },
        {
          type: 'panel',
          name: 'more',
          visibleIf: '{size} = "l"',
          elements: [
            {
              type: 'text',
              name: 'staff',
              inputType: 'number',
              min: 0,
              max: 10,
              title: t('Henkilöstö'),
            },
            {
              type: 'dropdown',
              name: 'region',
              title: t('Alue'),
              choices: choices('uusimaa', 'lappi'),
              choicesVisibleIf: '{size} = "l"',
            },
          ],
        },
        {
          type: 'text',
          name: 'when_required',
          title: t('Joskus pakollinen'),
          requiredIf: '{agree} = "yes"',
        },
        {
          type: 'text',
          name: 'checked_by_expression',
          inputType: 'number',
          title: t('Lauseke'),
          validators: [{ type: 'expression', expression: '{checked_by_expression} <= {count}' }],
        },
        {
          type: 'ranking',
          name: 'grid',
          title: t('Järjestys'),
          choices: choices('1', '2', '3'),
        },
        {
          type: 'radiogroup',
          name: 'legal_family',
          indicator: 'legal_family',
          title: t('Muoto'),
          choices: choices(...(indicators.find((i) => i.code === 'legal_family')?.values ?? [])),
        },
      ],
    },
  ],
};

const long = 'x'.repeat(4001);

/** Values worth trying for a question: its own choices and a spread of good and bad ones. */
function candidates(definition: Record<string, unknown>) {
  const model = new SurveyModel(definition);
  const names: string[] = [];
  const byName: Record<string, fc.Arbitrary<unknown>> = {};
  for (const q of model.getAllQuestions()) {
    names.push(q.name);
    const own = [
      ...(((q as unknown as { visibleChoices?: { value: unknown }[] }).visibleChoices ?? []).map(
        (c) => c.value,
      ) as unknown[]),
      ...((
        (q as unknown as { visibleRateValues?: { value: unknown }[] }).visibleRateValues ?? []
      ).map((c) => c.value) as unknown[]),
    ];
    const ownArb = own.length > 0 ? fc.constantFrom(...own) : fc.constant('x');
    byName[q.name] = fc.oneof(
      { weight: 4, arbitrary: ownArb },
      { weight: 2, arbitrary: fc.uniqueArray(ownArb, { maxLength: 5 }) },
      { weight: 1, arbitrary: fc.array(ownArb, { maxLength: 5 }) },
      { weight: 2, arbitrary: fc.integer({ min: -5, max: 3000 }) },
      { weight: 1, arbitrary: fc.double({ min: -10, max: 1e14, noNaN: true }) },
      { weight: 1, arbitrary: fc.integer({ min: 0, max: 10 }).map(String) },
      {
        weight: 3,
        arbitrary: fc.constantFrom(
          '',
          ' ',
          'ab',
          'abc',
          'a1',
          'Ääkkönen',
          '1,5',
          '2617416-4',
          '2617416',
          '091',
          '88',
          '2020-01-31',
          '2019-12-31',
          '2031-01-01',
          '2020-13-40',
          'someone@example.fi',
          'not an e-mail',
          'other',
          'none',
          'yes',
          'no',
          'true',
          long,
          null,
          true,
          false,
          {},
          { a: 1 },
          [],
          [null],
        ),
      },
      { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
    );
  }
  return { names, byName };
}

function answersOf(definition: Record<string, unknown>) {
  const { names, byName } = candidates(definition);
  const entry = fc.oneof(
    {
      weight: 10,
      arbitrary: fc
        .constantFrom(...names)
        .chain((n) => fc.tuple(fc.constant(n), byName[n] as fc.Arbitrary<unknown>)),
    },
    {
      weight: 2,
      arbitrary: fc.tuple(
        fc.constantFrom(...names).map((n) => `${n}-Comment`),
        fc.constantFrom('', 'muu', 'ab', long, 5, null),
      ),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.constantFrom('unknown', '__proto__x', 'p1'), fc.constant('x')),
    },
  );
  return fc.array(entry, { maxLength: names.length }).map((pairs) => {
    const answers: Record<string, unknown> = {};
    for (const [k, v] of pairs) answers[k] = v;
    return answers;
  });
}

describe('the quick check of answers saved while answering', () => {
  for (const [label, definition] of [
    ['the barometer', barometer],
    ['a survey with features the barometer does not use', features],
  ] as const) {
    it(`agrees with the full check on ${label}, for any answers`, () => {
      let quick = 0;
      fc.assert(
        fc.property(
          answersOf(definition),
          fc.constantFrom('fi', 'sv', 'en' as const),
          (answers, lang) => {
            const passed = passesQuickly(definition, answers);
            if (passed) quick++;
            const full = checkAnswers(definition, answers, { lang, complete: false });
            expect(checkProgress(definition, answers, lang)).toEqual({
              problems: full.problems,
              answers: full.answers,
            });
            if (passed) expect(full.problems).toEqual([]);
          },
        ),
        { numRuns: 400 },
      );
      // The property means something only if the quick check passes answers now and then.
      expect(quick).toBeGreaterThan(10);
      // 400 surveys checked twice take about 4 s alone, more beside other property tests.
    }, 60_000);
  }

  it('passes a respondent saving the barometer page by page, without asking SurveyJS for the whole survey', () => {
    const model = new SurveyModel(barometer);
    const answers: Record<string, unknown> = {};
    for (const page of model.pages) {
      for (const q of page.questions) {
        const type = q.getType();
        const first = (q as unknown as { visibleChoices: { value: unknown }[] }).visibleChoices?.[0]
          ?.value;
        const value =
          type === 'radiogroup' || type === 'dropdown'
            ? first
            : type === 'checkbox'
              ? [first]
              : type === 'boolean'
                ? true
                : type === 'rating'
                  ? 3
                  : q.getPropertyValue('inputType') === 'number'
                    ? 2000
                    : undefined;
        if (value !== undefined) answers[q.name] = value;
      }
      const full = checkAnswers(barometer, answers, { lang: 'fi', complete: false });
      for (const p of full.problems) delete answers[p.question];
      expect(passesQuickly(barometer, answers)).toBe(true);
    }
    expect(Object.keys(answers).length).toBeGreaterThan(20);
  });

  it('leaves answers to questions whose rules read other answers to the full check', () => {
    expect(passesQuickly(features, { when_required: 'x' })).toBe(false);
    expect(passesQuickly(features, { region: 'lappi' })).toBe(false);
    expect(passesQuickly(features, { checked_by_expression: 3 })).toBe(false);
    expect(passesQuickly(features, { grid: ['2', '1', '3'] })).toBe(false);
    // An empty answer to them is no answer, as in the full check.
    expect(passesQuickly(features, { when_required: '' })).toBe(true);
    expect(passesQuickly(features, { staff: 3, size: 'l', code: 'abc' })).toBe(true);
  });

  it('names the problems as the full check does, in the respondent language', () => {
    const answers = { count: 41, code: 'a1', agree: true };
    expect(checkProgress(features, answers, 'sv')).toEqual({
      problems: checkAnswers(features, answers, { lang: 'sv', complete: false }).problems,
      answers,
    });
    expect(checkProgress(features, answers, 'sv').problems.map((p) => p.question)).toEqual([
      'agree',
      'count',
      'code',
    ]);
  });

  it('trusts only the full check where its list of questions could differ from SurveyJS’s', () => {
    const question = (name: string) => ({ type: 'text', name, title: t(name) });
    // SurveyJS reads `questions` as `elements`, and keeps one of the two lists.
    const twoLists = {
      pages: [{ name: 'p', elements: [question('kept')], questions: [question('dropped')] }],
    };
    const full = checkAnswers(twoLists, { dropped: 'x' }, { lang: 'fi', complete: false });
    expect(passesQuickly(twoLists, { dropped: 'x' })).toBe(false);
    expect(checkProgress(twoLists, { dropped: 'x' }, 'fi').problems).toEqual(full.problems);
    // A question whose name reads as another's comment.
    const commentLike = {
      pages: [{ name: 'p', elements: [question('x'), { ...question('x-Comment'), maxLength: 2 }] }],
    };
    expect(passesQuickly(commentLike, { 'x-Comment': 'long' })).toBe(false);
  });

  it('leaves numbers JSON cannot write to the full check', () => {
    expect(passesQuickly(features, { count: 3 })).toBe(true);
    expect(passesQuickly(features, { count: Number.POSITIVE_INFINITY })).toBe(false);
    // A long answer is remembered by its digest: the same answer passes again, as the full check has it.
    const long = { notes: 'x'.repeat(300), code: 'abc' };
    const agrees =
      checkAnswers(features, long, { lang: 'fi', complete: false }).problems.length === 0;
    expect(passesQuickly(features, long)).toBe(agrees);
    expect(passesQuickly(features, long)).toBe(agrees);
  });
});
