import { z } from 'zod';
import { languages } from '../languages.js';
import { definitionProblemCodes } from '../surveys/definition.js';
import { isoDate, optionalText, plainString, text, versionSchema } from './primitives.js';
import { progressLineSchema } from './progress.js';

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

export const createSurveyBodySchema = z.object({
  name: z.object({ fi: text(120), sv: text(120), en: text(120) }),
  /** Version 1 of the survey, checked as `POST /surveys/check` checks. */
  definition: z.record(z.string(), z.unknown()),
});

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

export const roundAudiences = ['organisations', 'public'] as const;

export const createRoundBodySchema = z.object({
  surveyId: z.uuid(),
  versionNumber: surveyVersionNumberSchema,
  ...roundFields,
  /**
   * organisations: the target's organisations, invited by links of their own; public: anyone
   * with the round's address answers anonymously, once per browser (no target, no invitations).
   */
  audience: z.enum(roundAudiences).default('organisations'),
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
  audience: z.enum(roundAudiences),
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

/** A field's change; `before` absent: the field is new, `after` absent: it was removed. */
const fieldChangeSchema = z.object({
  field: z.string(),
  // Optional, not only unknown: JSON leaves an undefined value out, and zod asks for the key.
  before: z.unknown().optional(),
  after: z.unknown().optional(),
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

/**
 * Whose response: an invitation link's token, or (for a signed-in representative, without the
 * link) the round and the organisation. One of the two is required.
 */
const answerAccess = {
  token: answerToken.optional(),
  roundId: z.uuid().optional(),
  organisationId: z.uuid().optional(),
};

export const answerTokenBodySchema = z.object(answerAccess);

const responseStateSchema = z.object({
  answers: z.record(z.string(), z.unknown()),
  state: z.enum(['in_progress', 'submitted']),
  lang: z.enum(languages),
  submittedAt: z.string().nullable(),
  updatedAt: z.string(),
  version: z.number().int(),
});

const organisationRefSchema = z.object({ id: z.uuid(), name: z.string() });

export const answeringSchema = z.object({
  round: z.object({
    id: z.uuid(),
    name: z.object({ fi: z.string(), sv: z.string().nullable(), en: z.string().nullable() }),
    opensOn: z.string(),
    closesOn: z.string(),
    status: z.enum(roundStatuses),
  }),
  /** Null in a public round's anonymous response. */
  organisation: organisationRefSchema.nullable(),
  definition: surveyDefinitionSchema,
  response: responseStateSchema.nullable(),
  /** For a response not started: what the registry already knows, by question name. */
  prefill: z.record(z.string(), z.unknown()).optional(),
});
export type Answering = z.infer<typeof answeringSchema>;

export const saveAnswersBodySchema = z.object({
  ...answerAccess,
  answers: z.record(z.string(), z.unknown()),
  lang: z.enum(languages),
  /** The response's version the page holds; none for the first save. */
  version: versionSchema.optional(),
});

export const submitAnswersBodySchema = z.object({ ...answerAccess, lang: z.enum(languages) });

export const savedResponseSchema = responseStateSchema.nullable();

/** What a save answers: the response's state and version, not the answers it sent. */
export const savedStateSchema = responseStateSchema.omit({ answers: true });

export const reminderReportSchema = z.object({
  /** Organisations reminded now (invited, not submitted, not reminded within the interval). */
  reminded: z.number().int(),
  /** Organisations that have not submitted but were invited or reminded too recently. */
  notDue: z.number().int(),
  /** Organisations that have submitted (never reminded). */
  answered: z.number().int(),
  /** E-mails queued. */
  messages: z.number().int(),
});

const progressCountsSchema = z.object({
  invited: z.number().int(),
  /** Saved at least one answer (submitted ones included). */
  started: z.number().int(),
  submitted: z.number().int(),
  /** submitted / invited, 0–1 (0 when none were invited). */
  rate: z.number(),
});

export const roundProgressSchema = progressCountsSchema.extend({
  /** By the organisation's region (code null: none known). */
  byRegion: z.array(
    progressCountsSchema.extend({
      code: z.string().nullable(),
      name: z
        .object({ fi: z.string(), sv: z.string().nullable(), en: z.string().nullable() })
        .nullable(),
    }),
  ),
  /** By the organisation's family (code null: none known). */
  byFamily: z.array(progressCountsSchema.extend({ code: z.string().nullable() })),
});

export const responseStates = ['not_started', 'in_progress', 'submitted'] as const;

export const roundResponsesQuerySchema = z.object({
  state: z.enum(responseStates).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const roundResponseSummarySchema = z.object({
  organisation: z.object({
    id: z.uuid(),
    name: z.string(),
    regionCode: z.string().nullable(),
    family: z.string().nullable(),
  }),
  state: z.enum(responseStates),
  invitedAt: z.string(),
  remindedAt: z.string().nullable(),
  /** How many addresses the invitation went to (0: none was known). */
  recipients: z.number().int(),
  updatedAt: z.string().nullable(),
  submittedAt: z.string().nullable(),
});

export const roundResponseListSchema = z.object({
  items: z.array(roundResponseSummarySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const responseParamsSchema = z.object({ id: z.uuid(), organisationId: z.uuid() });

/** Why a coordinator or an administrator opens an organisation's answers (kept in the audit log). */
export const viewReasonQuerySchema = z.object({
  reason: plainString().trim().min(5).max(300).optional(),
});

/** The export's format is added by the route (server/export/table.ts has the formats). */
export const responseExportQuerySchema = viewReasonQuerySchema.extend({
  /** The language of the questions' titles and answers' texts; by default the page's. */
  lang: z.enum(languages).optional(),
});

export const organisationResponseSchema = z.object({
  round: answeringSchema.shape.round,
  organisation: organisationRefSchema,
  definition: surveyDefinitionSchema,
  response: responseStateSchema.nullable(),
  /** The submitted indicator values (none before submission). */
  values: z.array(z.object({ indicator: z.string(), value: z.unknown() })),
});

/** The rounds a signed-in representative's organisations are invited to. */
export const myInvitationsSchema = z.object({
  items: z.array(
    z.object({
      round: answeringSchema.shape.round,
      organisation: organisationRefSchema,
      state: z.enum(responseStates),
      submittedAt: z.string().nullable(),
    }),
  ),
});

const offeredChangeSchema = z.object({
  indicator: z.string(),
  /** The indicator's name in each language. */
  label: z.object({ fi: z.string(), sv: z.string(), en: z.string() }),
  /** The profile's field, as its history names it (`criteria.employees`). */
  field: z.string(),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
});

export const registryChangesSchema = z.object({
  organisationId: z.uuid(),
  /** Submitted values that differ from the registry (none before submission). */
  changes: z.array(offeredChangeSchema),
  /** May the caller write them to the profile (a representative or coordinator, signed in)? */
  mayApply: z.boolean(),
  /** The profile's version, to send back with the changes chosen. */
  version: z.number().int(),
});

export const applyRegistryChangesBodySchema = z.object({
  ...answerAccess,
  /** The indicators whose answers are to be written to the profile. */
  indicators: z.array(z.string().max(60)).min(1).max(50),
  version: versionSchema,
});

export const publicAnswerBodySchema = z.object({
  answers: z.record(z.string(), z.unknown()),
  lang: z.enum(languages),
  /** The response's version the page holds; none for the first save. */
  version: versionSchema.optional(),
});

export const publicSubmitBodySchema = z.object({ lang: z.enum(languages) });

/** The definitions a round's classifications report, in the order shown. */
export const classificationDefinitions = [
  'euOperational',
  'esem',
  'wef',
  'finnishMark',
  'workIntegration',
] as const;
export const triAnswers = ['yes', 'no', 'unknown'] as const;
const triAnswerSchema = z.enum(triAnswers);
const icsemSchema = z.enum(['ENP', 'SCOOP', 'SB', 'PSE']).nullable();

export const roundClassificationsSchema = z
  .object({
    /** The version of the classification rules Kudos runs now. */
    version: z.string(),
    submitted: z.number().int(),
    classified: z.number().int(),
    /** How many results each version of the rules gave (more than one: recompute). */
    versions: z.array(z.object({ version: z.string(), count: z.number().int() })),
    lastComputedAt: z.string().nullable(),
    definitions: z.array(
      z.object({
        id: z.enum(classificationDefinitions),
        counts: z.object({
          yes: z.number().int(),
          no: z.number().int(),
          unknown: z.number().int(),
        }),
        /** What the last recomputation changed: organisations moved from one answer to another. */
        changes: z.array(
          z.object({ from: triAnswerSchema, to: triAnswerSchema, count: z.number().int() }),
        ),
      }),
    ),
    icsem: z.object({
      counts: z.array(z.object({ model: icsemSchema, count: z.number().int() })),
      changes: z.array(z.object({ from: icsemSchema, to: icsemSchema, count: z.number().int() })),
    }),
  })
  .meta({
    id: 'RoundClassifications',
    description:
      'Which definitions of a social enterprise the organisations that submitted met in a round, counted (no organisation named)',
  });
export type RoundClassifications = z.infer<typeof roundClassificationsSchema>;

export const recomputeResultSchema = roundClassificationsSchema
  .extend({
    /** Results written for responses that had none (submitted before classifications were kept). */
    added: z.number().int(),
    /** Results that changed. */
    changed: z.number().int(),
  })
  .meta({ id: 'RoundClassificationsRecomputed' });

/** The most addresses one list may hold (an event's participants, a network's mailing list). */
export const maxInvitedAddresses = 5000;

export const addressInvitationBodySchema = z.object({
  /** Addresses one per line, or separated by commas, semicolons or spaces. */
  addresses: z.string().max(500_000),
  /** The language of the message. */
  lang: z.enum(['fi', 'sv', 'en']),
});

export const addressInvitationReportSchema = z
  .object({
    /** Messages queued now. */
    sent: z.number().int(),
    /** Addresses this round's address was sent to before (never sent twice). */
    alreadySent: z.number().int(),
    /** Addresses given more than once in the list (sent once). */
    duplicates: z.array(z.string()),
    /** What is no e-mail address, with its line in the list (the first 100). */
    invalid: z.array(z.object({ line: z.number().int(), value: z.string() })),
    /** How many entries were no e-mail address. */
    invalidCount: z.number().int(),
  })
  .meta({ id: 'AddressInvitationReport' });

/** The language of a public round's results and export; by default the page's. */
export const publicResultsQuerySchema = z.object({ lang: z.enum(languages).optional() });

/** A public round's submitted answers, question by question (common/surveys/results.ts). */
export const publicResultsSchema = z.object({
  /** Responses begun (submitted ones included) and submitted; only submitted ones are counted below. */
  started: z.number().int(),
  submitted: z.number().int(),
  questions: z.array(
    z.object({
      name: z.string(),
      /** In the language asked for. */
      title: z.string(),
      /** SurveyJS's question type (radiogroup, rating, text, …). */
      type: z.string(),
      answered: z.number().int(),
      /** Each value offered (and any no longer offered but given), in the survey's order. */
      choices: z
        .array(z.object({ value: z.string(), label: z.string(), count: z.number().int() }))
        .nullable(),
      numbers: z
        .object({
          count: z.number().int(),
          mean: z.number(),
          median: z.number(),
          min: z.number(),
          max: z.number(),
        })
        .nullable(),
      /** The 20 latest written answers, newest first (all of them are in the export). */
      texts: z.array(z.string()).nullable(),
    }),
  ),
});
export type PublicResults = z.infer<typeof publicResultsSchema>;

/** A line of a recomputation's streamed answer (`Accept: application/x-ndjson`). */
export const recomputeProgressSchema = progressLineSchema(recomputeResultSchema);
