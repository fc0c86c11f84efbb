import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indicatorByCode, indicators } from '../../../common/indicators.js';
import { checkAnswers } from '../../../common/surveys/answers.js';
import { checkDefinition } from '../../../common/surveys/definition.js';

const barometer = JSON.parse(
  readFileSync(new URL('./barometer-v1.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

/** A plausible answer for each indicator type. */
const codes: Record<string, string> = {
  business_id: '2617416-4',
  industry: '88',
  municipality: '091',
};
function answerFor(code: string): unknown {
  const i = indicatorByCode(code);
  switch (i?.type) {
    case 'choice':
      return i.values?.[0];
    case 'choices':
      return i.values?.slice(0, 1);
    case 'boolean':
      return true;
    case 'scale':
      return i.min;
    case 'year':
      return 2010;
    case 'date':
      return '2020-01-31';
    case 'code':
      return codes[code];
    case 'text':
      return 'Työllistämme osatyökykyisiä.';
    case 'percent':
      return 10;
    case 'number':
      return 4.5;
    default:
      return 5;
  }
}

describe('the barometer, version 1', () => {
  it('is a valid definition bound to every indicator that is asked', () => {
    const checked = checkDefinition(barometer);
    expect(checked.problems).toEqual([]);
    expect(checked.bindings.map((b) => b.indicator).sort()).toEqual(
      indicators
        .filter((i) => !i.derived)
        .map((i) => i.code)
        .sort(),
    );
    expect(barometer.estimatedMinutes).toBeGreaterThanOrEqual(5);
  });

  it('takes a full answer in each language and stores a value for every indicator asked', () => {
    const { bindings } = checkDefinition(barometer);
    const answers = Object.fromEntries(bindings.map((b) => [b.question, answerFor(b.indicator)]));
    for (const lang of ['fi', 'sv', 'en'] as const) {
      const checked = checkAnswers(barometer, answers, { lang, complete: true });
      expect(checked.problems, lang).toEqual([]);
      expect(Object.keys(checked.values)).toHaveLength(bindings.length);
    }
  });

  it('asks nothing about staff of an organisation without employees', () => {
    const checked = checkAnswers(
      barometer,
      {
        legal_family: 'association',
        employees_headcount: 0,
        disadvantaged_partial_work_ability: 2,
      },
      { lang: 'fi', complete: true },
    );
    expect(checked.values).not.toHaveProperty('disadvantaged_partial_work_ability');
    expect(checked.answers).not.toHaveProperty('disadvantaged_partial_work_ability');
  });
});

describe('checks one after another', () => {
  it('leave nothing of one response in the next (the model is kept per definition)', () => {
    const first = checkAnswers(
      barometer,
      { employees_headcount: 5, disadvantaged_partial_work_ability: 2, legal_family: 'company' },
      { lang: 'fi', complete: false },
    );
    expect(first.values).toMatchObject({ disadvantaged_partial_work_ability: 2 });
    const second = checkAnswers(
      barometer,
      { employees_headcount: 0, disadvantaged_partial_work_ability: 2 },
      { lang: 'sv', complete: true },
    );
    expect(second.values).not.toHaveProperty('disadvantaged_partial_work_ability');
    expect(second.values).not.toHaveProperty('legal_family');
    expect(second.problems.map((p) => p.question)).toContain('legal_family');
    const third = checkAnswers(barometer, {}, { lang: 'en', complete: false });
    expect(third).toEqual({ problems: [], answers: {}, values: {} });
  });
});
