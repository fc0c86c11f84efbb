import { ConditionRunner, type JsonObjectProperty, Serializer } from 'survey-core';
import { type Indicator, indicatorByCode } from '../indicators.js';
import { languages } from '../languages.js';

/**
 * Checks a survey version's definition: SurveyJS JSON (survey-core's own metadata says which
 * element types and properties exist), every text in Finnish, Swedish and English, conditions
 * that parse and name existing questions, unique question names, and questions bound to indicator
 * codes (`"indicator": "turnover_eur"`) in a way the indicator's values can be stored from: a
 * number field for amounts, the indicator's own choices for a choice, and so on. Each problem
 * names its place as a dotted path (`pages.0.elements.3.title.sv`), as field problems do
 * elsewhere. Pure: the server checks versions with it and the browser's editor shows the same
 * problems as one types.
 */

/** Kudos's own properties: a question's indicator, and the survey's estimated time to answer. */
Serializer.addProperty('question', { name: 'indicator', type: 'string' });
Serializer.addProperty('survey', { name: 'estimatedMinutes:number', minValue: 1 });

export const definitionProblemCodes = [
  'not_an_object',
  'unknown_type',
  'unknown_property',
  'wrong_value',
  'missing_translation',
  'unknown_language',
  'duplicate_name',
  'invalid_condition',
  'unknown_question',
  'unknown_indicator',
  'derived_indicator',
  'duplicate_indicator',
  'indicator_question_type',
  'indicator_choices',
  'indicator_range',
  'no_pages',
  'too_deep',
] as const;

/** Panels within panels deeper than this are refused (a survey needs two or three levels). */
export const maxDefinitionDepth = 12;
export type DefinitionProblemCode = (typeof definitionProblemCodes)[number];

export interface DefinitionProblem {
  path: string;
  code: DefinitionProblemCode;
  /** Details for the message: the value, the expected one. */
  detail?: string;
}

export interface IndicatorBinding {
  /** The question's name (the answer's key). */
  question: string;
  indicator: string;
  path: string;
}

export interface CheckedDefinition {
  problems: DefinitionProblem[];
  bindings: IndicatorBinding[];
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const at = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));

/** The class of an item of an array property, or undefined when its `type` names none. */
function itemClass(prop: JsonObjectProperty, item: Json): string | undefined {
  const type = typeof item.type === 'string' ? item.type : undefined;
  if (prop.classNamePart) return type ? `${type}${prop.classNamePart}` : undefined;
  if (prop.baseClassName) {
    if (!type || !Serializer.findClass(type)) return undefined;
    // A page's and a panel's elements are questions or panels.
    const fits = (base: string) => type === base || Serializer.isDescendantOf(type, base);
    return fits(prop.baseClassName) || (prop.baseClassName === 'question' && fits('panel'))
      ? type
      : undefined;
  }
  return prop.className ? (type ?? prop.className) : undefined;
}

/** Properties whose value is an array of objects of a class (pages, elements, choices…). */
const isArrayOfObjects = (prop: JsonObjectProperty) =>
  Boolean(prop.className || prop.baseClassName || prop.classNamePart);

interface Question {
  json: Json;
  className: string;
  path: string;
}

interface Walk {
  problems: DefinitionProblem[];
  questions: Question[];
  conditions: { path: string; expression: string }[];
}

function checkLocalized(value: unknown, path: string, walk: Walk) {
  if (!isObject(value)) {
    walk.problems.push({ path, code: 'missing_translation', detail: 'fi, sv, en' });
    return;
  }
  for (const lang of languages) {
    const text = value[lang];
    if (typeof text !== 'string' || text.trim() === '') {
      walk.problems.push({ path: at(path, lang), code: 'missing_translation', detail: lang });
    }
  }
  for (const key of Object.keys(value)) {
    if (!(languages as readonly string[]).includes(key)) {
      walk.problems.push({ path: at(path, key), code: 'unknown_language', detail: key });
    }
  }
}

function walkObject(json: Json, className: string, path: string, walk: Walk, depth = 0) {
  if (depth > maxDefinitionDepth) {
    walk.problems.push({ path, code: 'too_deep', detail: String(maxDefinitionDepth) });
    return;
  }
  if (Serializer.isDescendantOf(className, 'question')) {
    walk.questions.push({ json, className, path });
  }
  for (const [key, value] of Object.entries(json)) {
    if (key === 'type') continue;
    const prop = Serializer.findProperty(className, key);
    const here = at(path, key);
    if (!prop) {
      walk.problems.push({ path: here, code: 'unknown_property', detail: key });
      continue;
    }
    if (prop.isLocalizable) {
      checkLocalized(value, here, walk);
      continue;
    }
    if (prop.type === 'condition' || prop.type === 'expression') {
      if (typeof value !== 'string') walk.problems.push({ path: here, code: 'wrong_value' });
      else walk.conditions.push({ path: here, expression: value });
      continue;
    }
    if (isArrayOfObjects(prop)) {
      if (!Array.isArray(value)) {
        walk.problems.push({ path: here, code: 'wrong_value' });
        continue;
      }
      value.forEach((item, i) => {
        const itemPath = at(here, i);
        if (!isObject(item)) {
          // A bare choice ("a") has no text of its own to translate.
          const cls = prop.className;
          const textProp = cls ? Serializer.findProperty(cls, 'text') : undefined;
          if (textProp?.isLocalizable) {
            walk.problems.push({
              path: itemPath,
              code: 'missing_translation',
              detail: 'fi, sv, en',
            });
          } else walk.problems.push({ path: itemPath, code: 'not_an_object' });
          return;
        }
        const cls = itemClass(prop, item);
        if (!cls || !Serializer.findClass(cls)) {
          walk.problems.push({
            path: at(itemPath, 'type'),
            code: 'unknown_type',
            detail: String(item.type ?? ''),
          });
          return;
        }
        walkObject(item, cls, itemPath, walk, depth + 1);
      });
    }
  }
}

/** How a question must look to hold an indicator of each type. */
function questionFits(q: Question, indicator: Indicator): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const inputType = typeof q.json.inputType === 'string' ? q.json.inputType : 'text';
  const wrongType = (expected: string) =>
    problems.push({
      path: at(q.path, 'type'),
      code: 'indicator_question_type',
      detail: `${indicator.code}: ${expected}`,
    });
  const text = q.className === 'text';
  switch (indicator.type) {
    case 'text':
      if (!(q.className === 'comment' || (text && inputType === 'text')))
        wrongType('comment, text');
      break;
    case 'code':
      if (!(text && inputType === 'text')) wrongType('text');
      break;
    case 'date':
      if (!(text && inputType === 'date')) wrongType('text (inputType date)');
      break;
    case 'year':
    case 'integer':
    case 'number':
    case 'euros':
    case 'percent':
      if (!(text && inputType === 'number')) wrongType('text (inputType number)');
      break;
    case 'boolean':
      if (q.className !== 'boolean') wrongType('boolean');
      break;
    case 'choice':
    case 'choices': {
      const types =
        indicator.type === 'choice' ? ['radiogroup', 'dropdown'] : ['checkbox', 'tagbox'];
      if (!types.includes(q.className)) {
        wrongType(types.join(', '));
        break;
      }
      const given = Array.isArray(q.json.choices)
        ? q.json.choices.map((c) => String(isObject(c) ? c.value : c))
        : [];
      const expected = indicator.values ?? [];
      const same =
        given.length === expected.length &&
        new Set(given).size === given.length &&
        given.every((v) => expected.includes(v));
      if (!same) {
        problems.push({
          path: at(q.path, 'choices'),
          code: 'indicator_choices',
          detail: `${indicator.code}: ${expected.join(', ')}`,
        });
      }
      if (indicator.type === 'choices' && indicator.max !== undefined) {
        const max = q.json.maxSelectedChoices;
        if (typeof max !== 'number' || max < 1 || max > indicator.max) {
          problems.push({
            path: at(q.path, 'maxSelectedChoices'),
            code: 'indicator_range',
            detail: `${indicator.code}: 1–${indicator.max}`,
          });
        }
      }
      break;
    }
    case 'scale': {
      if (q.className !== 'rating') {
        wrongType('rating');
        break;
      }
      const rateMin = q.json.rateMin ?? Serializer.findProperty('rating', 'rateMin')?.defaultValue;
      const rateMax = q.json.rateMax ?? Serializer.findProperty('rating', 'rateMax')?.defaultValue;
      if (rateMin !== indicator.min || rateMax !== indicator.max) {
        problems.push({
          path: q.path,
          code: 'indicator_range',
          detail: `${indicator.code}: ${indicator.min}–${indicator.max}`,
        });
      }
      break;
    }
  }
  return problems;
}

/** Checks a definition; `problems` is empty when a version may be saved with it. */
export function checkDefinition(definition: unknown): CheckedDefinition {
  const walk: Walk = { problems: [], questions: [], conditions: [] };
  if (!isObject(definition)) {
    return { problems: [{ path: '', code: 'not_an_object' }], bindings: [] };
  }
  walkObject(definition, 'survey', '', walk);
  if (!Array.isArray(definition.pages) || definition.pages.length === 0) {
    walk.problems.push({ path: 'pages', code: 'no_pages' });
  }

  const names = new Map<string, string>();
  for (const q of walk.questions) {
    const name = q.json.name;
    if (typeof name !== 'string' || name === '') {
      walk.problems.push({ path: at(q.path, 'name'), code: 'wrong_value' });
      continue;
    }
    if (names.has(name)) {
      walk.problems.push({ path: at(q.path, 'name'), code: 'duplicate_name', detail: name });
    } else names.set(name, q.path);
  }

  for (const c of walk.conditions) {
    const runner = new ConditionRunner(c.expression);
    if (!runner.canRun()) {
      walk.problems.push({ path: c.path, code: 'invalid_condition', detail: c.expression });
      continue;
    }
    for (const variable of runner.getVariables()) {
      const question = variable.split(/[.[]/)[0] ?? '';
      if (!names.has(question)) {
        walk.problems.push({ path: c.path, code: 'unknown_question', detail: question });
      }
    }
  }

  const bindings: IndicatorBinding[] = [];
  const bound = new Set<string>();
  for (const q of walk.questions) {
    const code = q.json.indicator;
    if (code === undefined) continue;
    const path = at(q.path, 'indicator');
    const indicator = typeof code === 'string' ? indicatorByCode(code) : undefined;
    if (!indicator) {
      walk.problems.push({ path, code: 'unknown_indicator', detail: String(code) });
      continue;
    }
    if (indicator.derived) {
      walk.problems.push({ path, code: 'derived_indicator', detail: indicator.code });
      continue;
    }
    if (bound.has(indicator.code)) {
      walk.problems.push({ path, code: 'duplicate_indicator', detail: indicator.code });
      continue;
    }
    bound.add(indicator.code);
    walk.problems.push(...questionFits(q, indicator));
    bindings.push({ question: String(q.json.name), indicator: indicator.code, path: q.path });
  }
  return { problems: walk.problems, bindings };
}
