import {
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { appUser } from './accounts.js';
import { organisation } from './organisations.js';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/**
 * A survey of the observatory (the yearly barometer, later others): a name and its versions.
 * `code` names the surveys Kudos installs itself (`barometer`).
 */
export const survey = pgTable('survey', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: varchar('code', { length: 40 }).unique(),
  name: jsonb('name').$type<{ fi: string; sv: string; en: string }>().notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
});

/**
 * A version of a survey: its SurveyJS definition (every text in fi/sv/en; questions bound to
 * indicator codes), editable by coordinators until a round uses it (`frozenAt`); a change makes a
 * new version, copied from an earlier one. `version` is the optimistic lock of edits.
 */
export const surveyVersion = pgTable(
  'survey_version',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => survey.id, { onDelete: 'cascade' }),
    /** 1, 2, 3… within the survey. */
    number: integer('number').notNull(),
    definition: jsonb('definition').$type<Record<string, unknown>>().notNull(),
    /** The indicator codes its questions are bound to, kept with each write of the definition. */
    indicators: text('indicators').array().notNull(),
    /** The version it was copied from. */
    basedOn: integer('based_on'),
    frozenAt: ts('frozen_at'),
    createdBy: uuid('created_by').references(() => appUser.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedBy: uuid('updated_by').references(() => appUser.id, { onDelete: 'set null' }),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [unique('survey_version_number').on(t.surveyId, t.number)],
);

/**
 * A round of a survey (e.g. "Barometri 2027"): one version (frozen when the round is made), the
 * days it is open (Finnish dates, both included), and the organisations it targets as the
 * directory's filters (a query string such as `region=01,02&family=cooperative`; empty: every
 * published organisation). `closedAt` is set when a coordinator closes it before its last day.
 */
export const surveyRound = pgTable(
  'survey_round',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => survey.id, { onDelete: 'cascade' }),
    versionId: uuid('version_id')
      .notNull()
      .references(() => surveyVersion.id, { onDelete: 'restrict' }),
    name: jsonb('name').$type<{ fi: string; sv?: string | null; en?: string | null }>().notNull(),
    opensOn: date('opens_on').notNull(),
    closesOn: date('closes_on').notNull(),
    closedAt: ts('closed_at'),
    /** organisations: invited by link; public: anyone with the round's address, anonymously. */
    audience: varchar('audience', { length: 16 }).notNull().default('organisations'),
    target: text('target').notNull().default(''),
    /** Reminders at most this often (days); null: none. */
    reminderDays: integer('reminder_days'),
    createdBy: uuid('created_by').references(() => appUser.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('survey_round_survey_idx').on(t.surveyId, t.opensOn)],
);

/**
 * An organisation invited to a round (one per organisation and round), e-mailed to its
 * representatives or, without any, to its public address; `remindedAt` is its last reminder.
 */
export const surveyInvitation = pgTable(
  'survey_invitation',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => surveyRound.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id, { onDelete: 'cascade' }),
    /** How many addresses the invitation went to (0: none was known). */
    recipients: integer('recipients').notNull().default(0),
    /** The organisation's region and family when invited: the response rate is counted by them. */
    regionCode: varchar('region_code', { length: 2 }),
    family: varchar('family', { length: 12 }),
    createdAt: ts('created_at').notNull().defaultNow(),
    remindedAt: ts('reminded_at'),
  },
  (t) => [unique('survey_invitation_round_org').on(t.roundId, t.organisationId)],
);

/**
 * The links of an invitation (tokens stored only as hashes): one with the invitation, one more
 * with each reminder (a token is never kept, so a reminder cannot repeat the first link; every
 * link of an invitation opens the same response).
 */
export const surveyLink = pgTable(
  'survey_link',
  {
    tokenHash: text('token_hash').primaryKey(),
    invitationId: uuid('invitation_id')
      .notNull()
      .references(() => surveyInvitation.id, { onDelete: 'cascade' }),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('survey_link_invitation_idx').on(t.invitationId)],
);

/**
 * An organisation's response to a round: the answers as SurveyJS keeps them (saved as the
 * respondent goes), until it is submitted; its indicator values are rows of `survey_answer`.
 */
export const surveyResponse = pgTable(
  'survey_response',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => surveyRound.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id, { onDelete: 'cascade' }),
    answers: jsonb('answers').$type<Record<string, unknown>>().notNull().default({}),
    /** The language it was last answered in. */
    lang: varchar('lang', { length: 2 }).notNull().default('fi'),
    /** in_progress | submitted. */
    state: varchar('state', { length: 12 }).notNull().default('in_progress'),
    submittedAt: ts('submitted_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [unique('survey_response_round_org').on(t.roundId, t.organisationId)],
);

/**
 * One indicator value of a submitted response (organisation × round × indicator): `value` as the
 * indicator's type holds it (number, text, yes/no, list), `number` beside it for figures.
 */
export const surveyAnswer = pgTable(
  'survey_answer',
  {
    responseId: uuid('response_id')
      .notNull()
      .references(() => surveyResponse.id, { onDelete: 'cascade' }),
    roundId: uuid('round_id').notNull(),
    organisationId: uuid('organisation_id').notNull(),
    indicator: varchar('indicator', { length: 60 }).notNull(),
    value: jsonb('value').notNull(),
    number: numeric('number'),
  },
  (t) => [
    primaryKey({ columns: [t.responseId, t.indicator] }),
    index('survey_answer_round_indicator_idx').on(t.roundId, t.indicator),
  ],
);

/**
 * The addresses a public round's address was sent to (a list a coordinator pasted), known only by
 * a hash of the address: enough never to send twice, nothing to read back.
 */
export const surveyRoundAddress = pgTable(
  'survey_round_address',
  {
    roundId: uuid('round_id')
      .notNull()
      .references(() => surveyRound.id, { onDelete: 'cascade' }),
    addressHash: text('address_hash').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.addressHash] })],
);

/**
 * Which definitions of a social enterprise an organisation met in a round, by the registry's
 * versioned `classify()` over its submitted answers (server/modules/surveys/classifications.ts):
 * written on submission, removed on reopening, and recomputed on a coordinator's request after the
 * rules change, keeping the result it replaced so that the change can be shown.
 */
export const surveyClassification = pgTable(
  'survey_classification',
  {
    responseId: uuid('response_id')
      .primaryKey()
      .references(() => surveyResponse.id, { onDelete: 'cascade' }),
    roundId: uuid('round_id').notNull(),
    organisationId: uuid('organisation_id').notNull(),
    version: varchar('version', { length: 20 }).notNull(),
    result: jsonb('result').notNull(),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
    /** What the last recomputation replaced, when it changed anything. */
    previousVersion: varchar('previous_version', { length: 20 }),
    previousResult: jsonb('previous_result'),
    changedAt: timestamp('changed_at', { withTimezone: true }),
  },
  (t) => [index('survey_classification_round_idx').on(t.roundId)],
);

/**
 * An anonymous response to a public round (event feedback, a quick poll): one per browser, known
 * only by a hash of the round and a random id in the browser's cookie; no organisation, no
 * account, no address.
 */
export const surveyPublicResponse = pgTable(
  'survey_public_response',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => surveyRound.id, { onDelete: 'cascade' }),
    respondentHash: text('respondent_hash').notNull(),
    answers: jsonb('answers').$type<Record<string, unknown>>().notNull().default({}),
    lang: varchar('lang', { length: 2 }).notNull().default('fi'),
    /** in_progress | submitted. */
    state: varchar('state', { length: 12 }).notNull().default('in_progress'),
    submittedAt: ts('submitted_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [unique('survey_public_response_respondent').on(t.roundId, t.respondentHash)],
);

/**
 * A round's response rate, counted as it happens (triggers of migration 0031 on invitations and
 * responses): invited, started and submitted by the invited organisations' region and family
 * ('' when unknown). The coordinator's view reads these few rows instead of counting 60 000.
 */
export const surveyRoundTally = pgTable(
  'survey_round_tally',
  {
    roundId: uuid('round_id')
      .notNull()
      .references(() => surveyRound.id, { onDelete: 'cascade' }),
    regionCode: varchar('region_code', { length: 2 }).notNull().default(''),
    family: varchar('family', { length: 12 }).notNull().default(''),
    invited: integer('invited').notNull().default(0),
    started: integer('started').notNull().default(0),
    submitted: integer('submitted').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.regionCode, t.family] })],
);
