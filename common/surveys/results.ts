import { type Question, SurveyModel } from 'survey-core';
import type { Lang } from '../languages.js';
import { isEmpty } from './answers.js';
// Registers Kudos's own properties (`indicator`) before any definition is read.
import './definition.js';

/**
 * What the respondents of an anonymous round answered, question by question: how many answered,
 * how many chose each choice (in the survey's order, none left out), the spread of numbers, and
 * the latest written answers. For event feedback and quick polls, whose answers belong to no
 * organisation; pure, so the server sums a round once and the tests can sum any answers.
 */

export interface ChoiceCount {
  /** The choice's value as text (JSON for anything but a string). */
  value: string;
  label: string;
  count: number;
}

export interface NumberSpread {
  count: number;
  mean: number;
  median: number;
  min: number;
  max: number;
}

export interface QuestionResult {
  name: string;
  title: string;
  type: string;
  /** Responses that answered the question. */
  answered: number;
  /** For choices, ratings and yes/no: each value offered, with how many chose it. */
  choices: ChoiceCount[] | null;
  /** For numbers and ratings. */
  numbers: NumberSpread | null;
  /** For written answers: the latest ones (as many as asked), newest first. */
  texts: string[] | null;
}

const key = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

type Item = { value: unknown; text: string };

/** The values a question offers, in its order, with their texts in the survey's language. */
function offeredItems(question: Question): Item[] | null {
  const type = question.getType();
  const q = question as unknown as {
    visibleRateValues?: Item[];
    visibleChoices?: Item[];
    valueTrue?: unknown;
    valueFalse?: unknown;
    labelTrue?: string;
    labelFalse?: string;
  };
  if (type === 'rating') return q.visibleRateValues ?? null;
  if (type === 'boolean') {
    return [
      { value: q.valueTrue ?? true, text: q.labelTrue ?? 'true' },
      { value: q.valueFalse ?? false, text: q.labelFalse ?? 'false' },
    ];
  }
  if (['radiogroup', 'dropdown', 'checkbox', 'tagbox', 'imagepicker'].includes(type)) {
    // Every choice as defined, in the definition's order: `visibleChoices` would leave out those
    // shown only for some answers and shuffle a random order. Then the special items it shows.
    const select = question as unknown as Record<string, unknown> & { choices?: Item[] };
    const special = (['none', 'refuse', 'dontKnow', 'other'] as const).flatMap((name) => {
      const shown = select[`show${name[0]?.toUpperCase()}${name.slice(1)}Item`];
      const item = select[`${name}Item`] as Item | undefined;
      return shown && item ? [item] : [];
    });
    return [...(select.choices ?? []), ...special];
  }
  return null;
}

const numeric = (question: Question) =>
  question.getType() === 'rating' ||
  (question.getType() === 'text' && question.getPropertyValue('inputType') === 'number');

const written = (question: Question) =>
  question.getType() === 'comment' || (question.getType() === 'text' && !numeric(question));

function spread(values: number[]): NumberSpread | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const mid = n >> 1;
  // Halved before adding, and the mean summed in shares: anyone may answer a public round, and
  // two answers near the largest number would otherwise add up to Infinity.
  const median =
    n % 2 === 1
      ? (sorted[mid] as number)
      : (sorted[mid - 1] as number) / 2 + (sorted[mid] as number) / 2;
  return {
    count: n,
    mean: sorted.reduce((s, v) => s + v / n, 0),
    median,
    min: sorted[0] as number,
    max: sorted[sorted.length - 1] as number,
  };
}

/**
 * Sums responses one at a time (`add`, newest first if the latest texts matter) and gives the
 * results (`result`). `texts`: how many written answers to keep per question.
 */
export function resultsOf(definition: Record<string, unknown>, lang: Lang, texts = 20) {
  const survey = new SurveyModel(definition);
  survey.locale = lang;
  const questions = survey.getAllQuestions().map((question) => {
    const items = offeredItems(question);
    const counts = new Map<string, number>((items ?? []).map((i) => [key(i.value), 0]));
    return {
      question,
      items,
      counts,
      answered: 0,
      numbers: numeric(question) ? ([] as number[]) : null,
      texts: written(question) ? ([] as string[]) : null,
    };
  });
  return {
    add(answers: Record<string, unknown>) {
      for (const q of questions) {
        const name = q.question.name;
        const value = Object.hasOwn(answers, name) ? answers[name] : undefined;
        if (isEmpty(value)) continue;
        q.answered += 1;
        if (q.items) {
          for (const v of Array.isArray(value) ? value : [value]) {
            const k = key(v);
            // A value no longer offered (a changed list) is counted under its own value.
            q.counts.set(k, (q.counts.get(k) ?? 0) + 1);
          }
        }
        if (q.numbers && typeof value === 'number' && Number.isFinite(value)) q.numbers.push(value);
        if (q.texts && q.texts.length < texts && typeof value === 'string') q.texts.push(value);
      }
    },
    result(): QuestionResult[] {
      return questions.map((q) => {
        const labels = new Map((q.items ?? []).map((i) => [key(i.value), i.text]));
        return {
          name: q.question.name,
          title: q.question.title,
          type: q.question.getType(),
          answered: q.answered,
          choices: q.items
            ? [...q.counts].map(([value, count]) => ({
                value,
                label: labels.get(value) ?? value,
                count,
              }))
            : null,
          numbers: q.numbers ? spread(q.numbers) : null,
          texts: q.texts,
        };
      });
    },
  };
}
