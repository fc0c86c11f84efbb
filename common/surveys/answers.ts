import { type Question, SurveyModel, surveyLocalization } from 'survey-core';
import 'survey-core/i18n/finnish';
import 'survey-core/i18n/swedish';
import { type Indicator, indicatorByCode } from '../indicators.js';
import type { Lang } from '../languages.js';
// Registers Kudos's own properties (`indicator`) before any definition is read.
import './definition.js';

/**
 * Checks a respondent's answers against a survey version, as the survey in the browser does and
 * beyond it: SurveyJS's own rules of each question (required, ranges, patterns; its messages in
 * the respondent's language), then Kudos's rules for questions bound to indicators (a number where
 * an amount is stored, one of the indicator's values, at most its number of choices), and returns
 * the indicator values to store (one per bound question answered and shown). Answers to questions
 * the skip logic hides are kept while answering and dropped on submission. Pure and shared: the
 * server checks every save with it; the browser can show the same messages.
 */

export type AnswerProblemCode =
  | 'unknown_question'
  | 'survey_rule'
  | 'not_a_number'
  | 'not_whole'
  | 'out_of_range'
  | 'not_a_date'
  | 'not_a_choice'
  | 'too_many_choices'
  | 'not_yes_no'
  | 'not_text'
  | 'too_long';

export interface AnswerProblem {
  /** The question's name (the answer's key). */
  question: string;
  code: AnswerProblemCode;
  message: string;
}

export type IndicatorValue = string | number | boolean | string[];

export interface CheckedAnswers {
  problems: AnswerProblem[];
  /** The answers to keep: all of them while answering; without hidden questions' on submission. */
  answers: Record<string, unknown>;
  /** Indicator code → value, for the bound questions answered and shown. */
  values: Record<string, IndicatorValue>;
}

/** The longest text answer kept (a social aim quoted from the statutes fits easily). */
export const maxAnswerLength = 4000;

const messages: Record<Exclude<AnswerProblemCode, 'survey_rule'>, Record<Lang, string>> = {
  unknown_question: {
    fi: 'Kyselyssä ei ole tätä kysymystä.',
    sv: 'Enkäten har ingen sådan fråga.',
    en: 'The survey has no such question.',
  },
  not_a_number: {
    fi: surveyLocalization.getString('numericError', 'fi'),
    sv: surveyLocalization.getString('numericError', 'sv'),
    en: surveyLocalization.getString('numericError', 'en'),
  },
  not_whole: {
    fi: 'Anna kokonaisluku.',
    sv: 'Ange ett heltal.',
    en: 'Give a whole number.',
  },
  out_of_range: {
    fi: 'Anna arvo väliltä {0}–{1}.',
    sv: 'Ange ett värde mellan {0} och {1}.',
    en: 'Give a value from {0} to {1}.',
  },
  not_a_date: {
    fi: 'Anna päivämäärä muodossa vvvv-kk-pp.',
    sv: 'Ange datumet i formen åååå-mm-dd.',
    en: 'Give the date as yyyy-mm-dd.',
  },
  not_a_choice: {
    fi: 'Valitse vastaus annetuista vaihtoehdoista.',
    sv: 'Välj svaret bland alternativen.',
    en: 'Choose the answer from the options given.',
  },
  too_many_choices: {
    fi: surveyLocalization.getString('maxSelectError', 'fi'),
    sv: surveyLocalization.getString('maxSelectError', 'sv'),
    en: surveyLocalization.getString('maxSelectError', 'en'),
  },
  not_yes_no: {
    fi: 'Vastaa kyllä tai ei.',
    sv: 'Svara ja eller nej.',
    en: 'Answer yes or no.',
  },
  not_text: {
    fi: 'Anna vastaus tekstinä.',
    sv: 'Ange svaret som text.',
    en: 'Give the answer as text.',
  },
  too_long: {
    fi: surveyLocalization.getString('textMaxLength', 'fi'),
    sv: surveyLocalization.getString('textMaxLength', 'sv'),
    en: surveyLocalization.getString('textMaxLength', 'en'),
  },
};

const fill = (text: string, ...args: (string | number)[]) =>
  args.reduce<string>((s, arg, i) => s.replace(`{${i}}`, String(arg)), text);

export const isEmpty = (value: unknown) =>
  value === undefined ||
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0);

/** The ranges of the numeric indicator types (the question may narrow them). */
const numberRanges: Partial<Record<Indicator['type'], [number, number]>> = {
  year: [1800, 2100],
  integer: [0, 10_000_000],
  number: [0, 10_000_000],
  euros: [0, 1e13],
  percent: [0, 100],
};

/**
 * Is the answer one the question offers? SurveyJS keeps any value it is given, so a forged save
 * could put 9 in a rating of 1–5 or an unknown choice in a list: choices, ratings and yes/no
 * questions take only their own values (an "other" choice's text travels beside it).
 */
export function offered(question: Question, value: unknown): boolean {
  const type = question.getType();
  const values = (items: { value: unknown }[] | undefined) =>
    new Set((items ?? []).map((i) => JSON.stringify(i.value)));
  if (type === 'rating') {
    const q = question as unknown as { visibleRateValues?: { value: unknown }[] };
    return values(q.visibleRateValues).has(JSON.stringify(value));
  }
  if (type === 'boolean') {
    const q = question as unknown as { valueTrue?: unknown; valueFalse?: unknown };
    const allowed = [q.valueTrue ?? true, q.valueFalse ?? false];
    return allowed.some((a) => JSON.stringify(a) === JSON.stringify(value));
  }
  const choices = (question as unknown as { visibleChoices?: { value: unknown }[] }).visibleChoices;
  if (!['radiogroup', 'dropdown', 'checkbox', 'tagbox'].includes(type) || !choices) return true;
  const known = values(choices);
  const list = Array.isArray(value) ? value : [value];
  if (type !== 'checkbox' && type !== 'tagbox' && Array.isArray(value)) return false;
  return list.every((v) => known.has(JSON.stringify(v)));
}

/** Kudos's check of one answer to a bound question; the value to store, or a problem. */
export function indicatorValue(
  indicator: Indicator,
  question: Question,
  raw: unknown,
):
  | { value: IndicatorValue }
  | { code: Exclude<AnswerProblemCode, 'survey_rule'>; args?: (string | number)[] } {
  switch (indicator.type) {
    case 'text':
    case 'code': {
      if (typeof raw !== 'string' && typeof raw !== 'number') return { code: 'not_text' };
      const text = String(raw).trim();
      if (text.length > maxAnswerLength) return { code: 'too_long', args: [maxAnswerLength] };
      return { value: text };
    }
    case 'date':
      return typeof raw === 'string' &&
        /^\d{4}-\d{2}-\d{2}$/.test(raw) &&
        !Number.isNaN(Date.parse(raw))
        ? { value: raw }
        : { code: 'not_a_date' };
    case 'boolean':
      return typeof raw === 'boolean' ? { value: raw } : { code: 'not_yes_no' };
    case 'choice':
      return typeof raw === 'string' && (indicator.values ?? []).includes(raw)
        ? { value: raw }
        : { code: 'not_a_choice' };
    case 'choices': {
      if (!Array.isArray(raw) || !raw.every((v) => typeof v === 'string')) {
        return { code: 'not_a_choice' };
      }
      const chosen = [...new Set(raw as string[])];
      if (!chosen.every((v) => (indicator.values ?? []).includes(v)))
        return { code: 'not_a_choice' };
      const max = Math.min(
        indicator.max ?? Number.POSITIVE_INFINITY,
        Number(question.getPropertyValue('maxSelectedChoices')) || Number.POSITIVE_INFINITY,
      );
      return chosen.length > max ? { code: 'too_many_choices', args: [max] } : { value: chosen };
    }
    case 'scale': {
      const n = typeof raw === 'number' ? raw : Number.NaN;
      if (!Number.isInteger(n)) return { code: 'not_a_number' };
      const [min, max] = [indicator.min ?? 1, indicator.max ?? 5];
      return n < min || n > max ? { code: 'out_of_range', args: [min, max] } : { value: n };
    }
    default: {
      // year, integer, number, euros, percent
      const n =
        typeof raw === 'number'
          ? raw
          : typeof raw === 'string' && raw.trim() !== ''
            ? Number(raw.trim().replace(',', '.'))
            : Number.NaN;
      if (!Number.isFinite(n)) return { code: 'not_a_number' };
      const whole = indicator.type === 'year' || indicator.type === 'integer';
      if (whole && !Number.isInteger(n)) return { code: 'not_whole' };
      const [min, max] = numberRanges[indicator.type] ?? [0, Number.MAX_SAFE_INTEGER];
      return n < min || n > max ? { code: 'out_of_range', args: [min, max] } : { value: n };
    }
  }
}

/**
 * One model per definition object, used again by every check of it: building the barometer's
 * model takes about 9 ms, more than the rest of a check. A check is synchronous and gives the
 * model all its answers at once (which replaces the earlier ones), so nothing of one check is left
 * for the next. The server keeps
 * a frozen version's definition as one object (server/modules/surveys/responses.service.ts).
 */
const models = new WeakMap<object, SurveyModel>();
function modelOf(definition: Record<string, unknown>): SurveyModel {
  let model = models.get(definition);
  if (!model) {
    model = new SurveyModel(definition);
    models.set(definition, model);
  }
  return model;
}

/**
 * Checks `answers` (SurveyJS's data: question name → value) against `definition`. `complete`:
 * the respondent submits, so required questions must be answered and hidden ones are dropped.
 */
export function checkAnswers(
  definition: Record<string, unknown>,
  answers: Record<string, unknown>,
  options: { lang: Lang; complete: boolean },
): CheckedAnswers {
  const survey = modelOf(definition);
  survey.locale = options.lang;
  const questions = new Map(survey.getAllQuestions().map((q) => [q.name, q]));
  const problems: AnswerProblem[] = [];
  const problem = (question: string, code: AnswerProblemCode, message: string) =>
    problems.push({ question, code, message });

  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(answers)) {
    // SurveyJS keeps the text of an "other" choice as `<name>-Comment`.
    const name = key.endsWith('-Comment') ? key.slice(0, -'-Comment'.length) : key;
    if (!questions.has(name)) {
      problem(key, 'unknown_question', messages.unknown_question[options.lang]);
      continue;
    }
    if (typeof value === 'string' && value.length > maxAnswerLength) {
      problem(key, 'too_long', fill(messages.too_long[options.lang], maxAnswerLength));
      continue;
    }
    kept[key] = value;
  }
  survey.data = kept;

  const values: Record<string, IndicatorValue> = {};
  for (const question of questions.values()) {
    const name = question.name;
    // Own answers only: a question named `constructor` is not answered by Object's own.
    const value = Object.hasOwn(kept, name) ? kept[name] : undefined;
    const shown = question.isVisible && question.isParentVisible;
    if (!shown) {
      if (options.complete) {
        delete kept[name];
        delete kept[`${name}-Comment`];
      }
      continue;
    }
    if (isEmpty(value) && !options.complete) continue;
    const code = question.getPropertyValue('indicator') as string | undefined;
    const indicator = code ? indicatorByCode(code) : undefined;
    const indicatorCheck = () => {
      if (!indicator || isEmpty(value)) return true;
      const checked = indicatorValue(indicator, question, value);
      if ('value' in checked) {
        values[indicator.code] = checked.value;
        return true;
      }
      problem(
        name,
        checked.code,
        fill(messages[checked.code][options.lang], ...(checked.args ?? [])),
      );
      return false;
    };
    // A value not among the choices reads as no answer to SurveyJS ("required"): for choices the
    // indicator's check comes first and names the reason; otherwise the question's own rules do
    // (its range is narrower than the indicator's).
    const choice = indicator?.type === 'choice' || indicator?.type === 'choices';
    if (choice && !indicatorCheck()) continue;
    // A bound question's values are checked by its indicator (with the more precise reason).
    if (!indicator && !isEmpty(value) && !offered(question, value)) {
      problem(name, 'not_a_choice', messages.not_a_choice[options.lang]);
      continue;
    }
    if (!question.validate(true)) {
      for (const error of question.errors) problem(name, 'survey_rule', error.getText());
      delete values[indicator?.code ?? ''];
      continue;
    }
    if (!choice) indicatorCheck();
  }
  return { problems, answers: kept, values };
}

/** One answer as people read it: the question's title in a language and the answer's text. */
export interface AnswerRow {
  question: string;
  title: string;
  answer: string;
  indicator: string | null;
}

/**
 * The answered questions of a response in the survey's order, each with its title in `lang` and
 * its answer as the survey shows it (choices by their texts, yes/no as words): for a respondent's
 * download and a coordinator's export. Texts stay plain text (never drawn as HTML here).
 */
export function answerRows(
  definition: Record<string, unknown>,
  answers: Record<string, unknown>,
  lang: Lang,
): AnswerRow[] {
  return answerReader(definition, lang).read(answers);
}

/**
 * Reads many responses to one survey as `answerRows` does, with one model for them all (a round's
 * export): `questions` in the survey's order, and `read` for each response's answered questions.
 */
export function answerReader(definition: Record<string, unknown>, lang: Lang) {
  const survey = new SurveyModel(definition);
  survey.locale = lang;
  const questions = survey.getAllQuestions();
  const indicatorOf = (q: Question) =>
    (q.getPropertyValue('indicator') as string | undefined) ?? null;
  const text = (v: unknown): string =>
    v === null || v === undefined
      ? ''
      : Array.isArray(v)
        ? v.map(text).join('; ')
        : typeof v === 'object'
          ? JSON.stringify(v)
          : String(v);
  return {
    questions: questions.map((q) => {
      const has = q as unknown as { showOtherItem?: boolean; showCommentArea?: boolean };
      return {
        name: q.name,
        title: q.title,
        indicator: indicatorOf(q),
        /** Whether the question keeps a text beside its answer (`<name>-Comment`). */
        comment: Boolean(has.showOtherItem || has.showCommentArea),
      };
    }),
    read(answers: Record<string, unknown>): AnswerRow[] {
      survey.data = answers;
      const rows: AnswerRow[] = [];
      for (const q of questions) {
        // Own answers only: a question named `constructor` is not answered by Object's own.
        const own = (name: string) => (Object.hasOwn(answers, name) ? answers[name] : undefined);
        if (isEmpty(own(q.name))) continue;
        const comment = own(`${q.name}-Comment`);
        const shown = text(q.displayValue);
        rows.push({
          question: q.name,
          title: q.title,
          answer: typeof comment === 'string' && comment ? `${shown} (${comment})` : shown,
          indicator: indicatorOf(q),
        });
      }
      return rows;
    },
  };
}
