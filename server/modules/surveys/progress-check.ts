import { createHash } from 'node:crypto';
import { type Question, SurveyModel } from 'survey-core';
import { indicatorByCode } from '../../../common/indicators.js';
import type { Lang } from '../../../common/languages.js';
import {
  type CheckedAnswers,
  checkAnswers,
  indicatorValue,
  isEmpty,
  maxAnswerLength,
  offered,
} from '../../../common/surveys/answers.js';

/**
 * The check of an autosave, cheaper than `checkAnswers` and never more lenient. An autosave sends
 * every answer so far, and SurveyJS's check of the whole barometer (its model given all answers,
 * every visible question validated) costs about 3 ms of a request's CPU; most of a save's answers
 * are the ones it sent last time. So each answered question is checked alone, in a survey of its
 * own that holds only that question (its `visibleIf` removed: it is checked whether shown or not,
 * which is stricter than the survey, which leaves hidden questions alone while answering), by the
 * same rules `checkAnswers` applies (SurveyJS's `validate`, the indicator's check or the question's
 * own choices); an answer found good is remembered per question, so the next save checks only the
 * answers that changed. When anything is not plainly good (a problem, a question whose rules read
 * other answers, a question type or survey feature this check does not model), the full
 * `checkAnswers` decides and names the problems. `progress-check.unit.test.ts` holds the property:
 * whenever this check passes answers, `checkAnswers` finds no problem in them.
 */

type Json = Record<string, unknown>;

/** Question types whose rules read only their own value (and comment). */
const modelled = new Set([
  'text',
  'comment',
  'radiogroup',
  'dropdown',
  'checkbox',
  'tagbox',
  'boolean',
  'rating',
]);

/** Survey-wide properties not copied into a question's own survey. */
const notCopied = new Set(['pages', 'elements', 'questions']);

/** Survey features that can change answers or rules across questions: no quick check then. */
const surveyWideRules = ['triggers', 'calculatedValues'];

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Does a question's definition read other answers (conditions, expressions, choices from
 * another question or a URL, an answer stored under another name)? Its own `visibleIf` and
 * `visible` are taken off before this is asked.
 */
function readsOthers(json: unknown): boolean {
  if (Array.isArray(json)) return json.some(readsOthers);
  if (!isObject(json)) return false;
  for (const [key, value] of Object.entries(json)) {
    if (
      key.endsWith('If') ||
      key.endsWith('Expression') ||
      key === 'expression' ||
      key.startsWith('choicesFrom') ||
      key === 'choicesByUrl' ||
      key === 'valueName' ||
      key === 'valuePropertyName'
    ) {
      return true;
    }
    if (readsOthers(value)) return true;
  }
  return false;
}

interface Alone {
  model: SurveyModel;
  question: Question;
  indicator: ReturnType<typeof indicatorByCode>;
  /** Good answers seen: JSON of [value, comment]. */
  good: Set<string>;
}

/** What one definition's quick check needs: each question's own survey (null: not modelled). */
interface Checker {
  settings: Json;
  questions: Map<string, Json | null>;
  alone: Map<string, Alone | null>;
}

/** Good answers remembered per question before the memory starts afresh. */
const goodPerQuestion = 2000;

const checkers = new WeakMap<object, Checker | null>();

function checkerOf(definition: Json): Checker | null {
  if (checkers.has(definition)) return checkers.get(definition) ?? null;
  let checker: Checker | null = null;
  if (!surveyWideRules.some((key) => definition[key] !== undefined)) {
    const settings: Json = {};
    for (const [key, value] of Object.entries(definition)) {
      if (!notCopied.has(key)) settings[key] = value;
    }
    const questions = new Map<string, Json | null>();
    const walk = (elements: unknown) => {
      if (!Array.isArray(elements)) return;
      for (const element of elements) {
        if (!isObject(element)) continue;
        if (element.type === 'panel') {
          walk(element.elements);
          continue;
        }
        if (typeof element.name !== 'string') continue;
        const { visibleIf: _shownIf, visible: _shown, ...own } = element;
        // A name twice: the definition's check refuses it; here it is simply not modelled.
        const known = questions.has(element.name);
        questions.set(
          element.name,
          !known && modelled.has(String(element.type)) && !readsOthers(own) ? own : null,
        );
      }
    };
    if (Array.isArray(definition.pages)) {
      for (const page of definition.pages) if (isObject(page)) walk(page.elements);
    }
    // The questions SurveyJS itself finds must be the ones read here (it also takes `questions`
    // for `elements`, and keeps one list where a definition gives two), and no name may look like
    // another question's comment: otherwise only the full check is trusted.
    const names = new SurveyModel(definition).getAllQuestions().map((q) => q.name);
    const same =
      names.length === questions.size &&
      names.every((n) => questions.has(n) && !n.endsWith('-Comment'));
    if (same) checker = { settings, questions, alone: new Map() };
  }
  checkers.set(definition, checker);
  return checker;
}

function aloneOf(checker: Checker, name: string): Alone | null {
  const known = checker.alone.get(name);
  if (known !== undefined) return known;
  const json = checker.questions.get(name);
  let alone: Alone | null = null;
  if (json) {
    const model = new SurveyModel({
      ...checker.settings,
      pages: [{ name: 'page', elements: [json] }],
    });
    const [question, ...more] = model.getAllQuestions();
    if (
      question &&
      more.length === 0 &&
      question.name === name &&
      question.getType() === json.type
    ) {
      const code = question.getPropertyValue('indicator') as string | undefined;
      alone = {
        model,
        question,
        indicator: code ? indicatorByCode(code) : undefined,
        good: new Set(),
      };
    }
  }
  checker.alone.set(name, alone);
  return alone;
}

/** Is one answer good by the rules `checkAnswers` applies to a shown question? */
function good(alone: Alone, name: string, value: unknown, comment: unknown): boolean {
  // A number JSON cannot write (1e400 is Infinity, written null) is left to the full check.
  let finite = true;
  const json = JSON.stringify([value, comment ?? null], (_, v) => {
    if (typeof v === 'number' && !Number.isFinite(v)) finite = false;
    return v;
  });
  if (!finite) return false;
  // Long answers are remembered by a digest, so that the memory stays small whatever is sent.
  const key = json.length <= 200 ? json : `#${createHash('sha256').update(json).digest('base64')}`;
  if (alone.good.has(key)) return true;
  alone.model.data =
    comment === undefined ? { [name]: value } : { [name]: value, [`${name}-Comment`]: comment };
  const q = alone.question;
  const passes =
    q.isVisible &&
    (alone.indicator ? 'value' in indicatorValue(alone.indicator, q, value) : offered(q, value)) &&
    q.validate(false);
  if (!passes) return false;
  if (alone.good.size >= goodPerQuestion) alone.good.clear();
  alone.good.add(key);
  return true;
}

/**
 * True when `answers` are good answers so far to `definition`: `checkAnswers` (not complete)
 * would find no problem and keep them all. False says only "ask `checkAnswers`".
 */
export function passesQuickly(definition: Json, answers: Json): boolean {
  const checker = checkerOf(definition);
  if (!checker) return false;
  for (const [key, value] of Object.entries(answers)) {
    const name = key.endsWith('-Comment') ? key.slice(0, -'-Comment'.length) : key;
    if (!checker.questions.has(name)) return false;
    if (typeof value === 'string' && value.length > maxAnswerLength) return false;
    if (key !== name || isEmpty(value)) continue;
    const alone = aloneOf(checker, name);
    if (!alone || !good(alone, name, value, answers[`${name}-Comment`])) return false;
  }
  return true;
}

/**
 * The check of answers saved while answering: the answers to keep and the problems, as
 * `checkAnswers(definition, answers, { lang, complete: false })` gives them, quickly when they
 * are plainly good.
 */
export function checkProgress(
  definition: Json,
  answers: Json,
  lang: Lang,
): Pick<CheckedAnswers, 'problems' | 'answers'> {
  if (passesQuickly(definition, answers)) return { problems: [], answers };
  const { problems, answers: kept } = checkAnswers(definition, answers, { lang, complete: false });
  return { problems, answers: kept };
}
