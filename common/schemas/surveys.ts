import { z } from 'zod';
import { languages } from '../languages.js';
import { definitionProblemCodes } from '../surveys/definition.js';
import { isoDate, optionalText, plainString, text, versionSchema } from './primitives.js';

/**
 * The observatory's surveys and their versions (issue 12). A version's definition is SurveyJS
 * JSON; its shape is checked by common/surveys/definition.ts, whose problems come back as field
 * problems under `definition.` (e.g. `definition.pages.0.elements.3.title.sv`).
 */
const localizedName = z.object({ fi: z.string(), sv: z.string(), en: z.string() });

export const surveyDefinitionSchema = z
  .record(z.string(), z.unknown())
  .describe('SurveyJS JSON: every text as { fi, sv, en }; questions may carry `indicator`');

export const surveyVersionNumberSchema = z.coerce.number().int().min(1).max(100_000);

export const surveyVersionSummarySchema = z.object({
  number: z.number().int(),
  /** The version it was copied from. */
  basedOn: z.number().int().nullable(),
  /** Set when a round first used it; a frozen version is never changed. */
  frozenAt: z.string().nullable(),
  /** How many questions are bound to indicators. */
  indicatorCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});

export const surveySchema = z.object({
  id: z.uuid(),
  /** Set for the surveys Kudos installs itself (`barometer`). */
  code: z.string().nullable(),
  name: localizedName,
  versions: z.array(surveyVersionSummarySchema),
});
export type Survey = z.infer<typeof surveySchema>;

export const surveyListSchema = z.object({ items: z.array(surveySchema) });

export const surveyVersionSchema = surveyVersionSummarySchema.extend({
  surveyId: z.uuid(),
  definition: surveyDefinitionSchema,
  /** The indicator codes its questions are bound to. */
  indicators: z.array(z.string()),
});
export type SurveyVersion = z.infer<typeof surveyVersionSchema>;

export const surveyVersionParamsSchema = z.object({
  id: z.uuid(),
  number: surveyVersionNumberSchema,
});

export const copySurveyVersionBodySchema = z.object({
  /** The version to copy (frozen or not). */
  from: surveyVersionNumberSchema,
});

export const updateSurveyVersionBodySchema = z.object({
  definition: surveyDefinitionSchema,
  /** The version of the row the edit started from (409 version_conflict if it has moved on). */
  version: versionSchema,
});

export const checkDefinitionBodySchema = z.object({ definition: z.unknown() });

export const checkedDefinitionSchema = z.object({
  problems: z.array(
    z.object({
      path: z.string(),
      code: z.enum(definitionProblemCodes),
      detail: z.string().optional(),
    }),
  ),
  bindings: z.array(z.object({ question: z.string(), indicator: z.string(), path: z.string() })),
});

export const roundStatuses = ['scheduled', 'open', 'closed'] as const;

const roundName = z.object({
  fi: text(120),
  sv: optionalText(120),
  en: optionalText(120),
});

/** The organisations a round targets: the directory's filters as its query string. */
const roundTarget = plainString()
  .trim()
  .max(2000)
  .describe('The directory’s filters as a query string, e.g. `region=01,02&family=cooperative`');

const roundFields = {
  name: roundName,
  opensOn: isoDate().describe('First day of answering (Finnish time)'),
  closesOn: isoDate().describe('Last day of answering (Finnish time)'),
  target: roundTarget.default(''),
  reminderDays: z.number().int().min(1).max(90).nullable().default(null),
};

export const createRoundBodySchema = z.object({
  surveyId: z.uuid(),
  versionNumber: surveyVersionNumberSchema,
  ...roundFields,
});

/** Only the fields given change (no defaults here: a missing field is left as it is). */
export const updateRoundBodySchema = z.object({
  name: roundName.optional(),
  opensOn: roundFields.opensOn.optional(),
  closesOn: roundFields.closesOn.optional(),
  target: roundTarget.optional(),
  reminderDays: z.number().int().min(1).max(90).nullable().optional(),
  version: versionSchema,
});

export const roundSchema = z.object({
  id: z.uuid(),
  surveyId: z.uuid(),
  versionNumber: z.number().int(),
  name: z.object({ fi: z.string(), sv: z.string().nullable(), en: z.string().nullable() }),
  opensOn: z.string(),
  closesOn: z.string(),
  closedAt: z.string().nullable(),
  status: z.enum(roundStatuses),
  target: z.string(),
  /** How many published organisations the target finds now. */
  targetCount: z.number().int().optional(),
  reminderDays: z.number().int().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type Round = z.infer<typeof roundSchema>;

export const roundListSchema = z.object({ items: z.array(roundSchema) });

const fieldChangeSchema = z.object({
  field: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});
const elementChangeSchema = z.object({
  name: z.string(),
  path: z.string(),
  from: z.string().optional(),
  changes: z.array(fieldChangeSchema),
});
const changesSchema = z.object({
  added: z.array(elementChangeSchema),
  removed: z.array(elementChangeSchema),
  changed: z.array(elementChangeSchema),
});

export const versionDiffQuerySchema = z.object({
  /** The version to compare with; by default the one it was copied from (else the one before). */
  against: surveyVersionNumberSchema.optional(),
});

export const versionDiffSchema = z.object({
  from: z.number().int(),
  to: z.number().int(),
  survey: z.array(fieldChangeSchema),
  pages: changesSchema,
  elements: changesSchema,
});

export const invitationReportSchema = z.object({
  /** Organisations invited now. */
  invited: z.number().int(),
  /** Of those, how many had no address (no representative, no public e-mail). */
  withoutAddress: z.number().int(),
  /** Organisations of the target invited before (not sent again). */
  alreadyInvited: z.number().int(),
  /** E-mails queued. */
  messages: z.number().int(),
});

/** An invitation link's secret: sent in the body, never in an address that logs keep. */
const answerToken = plainString().min(20).max(100);

export const answerTokenBodySchema = z.object({ token: answerToken });

const responseStateSchema = z.object({
  answers: z.record(z.string(), z.unknown()),
  state: z.enum(['in_progress', 'submitted']),
  lang: z.enum(languages),
  submittedAt: z.string().nullable(),
  updatedAt: z.string(),
  version: z.number().int(),
});

export const answeringSchema = z.object({
  round: z.object({
    id: z.uuid(),
    name: z.object({ fi: z.string(), sv: z.string().nullable(), en: z.string().nullable() }),
    opensOn: z.string(),
    closesOn: z.string(),
    status: z.enum(roundStatuses),
  }),
  organisation: z.object({ id: z.uuid(), name: z.string() }),
  definition: surveyDefinitionSchema,
  response: responseStateSchema.nullable(),
});
export type Answering = z.infer<typeof answeringSchema>;

export const saveAnswersBodySchema = z.object({
  token: answerToken,
  answers: z.record(z.string(), z.unknown()),
  lang: z.enum(languages),
  /** The response's version the page holds; none for the first save. */
  version: versionSchema.optional(),
});

export const submitAnswersBodySchema = z.object({ token: answerToken, lang: z.enum(languages) });

export const savedResponseSchema = responseStateSchema.nullable();
