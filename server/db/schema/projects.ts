import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import type { ProjectData } from '../../../common/schemas/projects.js';
import { appUser } from './accounts.js';
import { bytea, organisation, xid8 } from './organisations.js';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/**
 * A project (e.g. an ESF+ development project) of the registry. As with organisations, `data`
 * holds every editable field as a revision stores it, and the columns beside it are derived from
 * it on each write for filters, facets and sorting.
 */
export const project = pgTable(
  'project',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** pending (proposed) → published | rejected. */
    state: varchar('state', { length: 10 }).notNull().default('pending'),
    data: jsonb('data').$type<ProjectData>().notNull(),
    title: text('title').notNull(),
    sortTitle: text('sort_title').notNull(),
    status: varchar('status', { length: 10 }).notNull(),
    startDate: date('start_date'),
    endDate: date('end_date'),
    fundingProgramme: varchar('funding_programme', { length: 20 }),
    budget: numeric('budget', { precision: 14, scale: 2 }),
    regionCodes: text('region_codes').array().notNull().default(sql`'{}'`),
    national: boolean('national').notNull().default(false),
    goals: smallint('goals').array().notNull().default(sql`'{}'`),
    themes: text('themes').array().notNull().default(sql`'{}'`),
    leadOrganisationId: uuid('lead_organisation_id').references(() => organisation.id, {
      onDelete: 'set null',
    }),
    euraCode: varchar('eura_code', { length: 40 }),
    reminderSentAt: ts('reminder_sent_at'),
    createdBy: uuid('created_by').references(() => appUser.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    version: integer('version').notNull().default(1),
    demo: boolean('demo').notNull().default(false),
    hasLogo: boolean('has_logo').notNull().default(false),
    /** The transaction that last wrote the row, for the search index (migration 0018). */
    changeXid: xid8('change_xid').notNull().default(sql`pg_current_xact_id()`),
  },
  (t) => [
    index('project_state_idx').on(t.state, t.sortTitle),
    index('project_updated_idx').on(t.state, t.updatedAt),
    index('project_lead_idx').on(t.leadOrganisationId),
    index('project_change_xid_idx').on(t.changeXid),
    index('project_tags_idx').using('gin', t.regionCodes, t.goals, t.themes),
    // Every page asks whether demo data is present (as organisation_demo_idx).
    index('project_demo_idx').on(t.id).where(sql`${t.demo}`),
    // One living project per EURA code: an import finds the project it updates by it.
    uniqueIndex('project_eura_code_key')
      .on(t.euraCode)
      .where(sql`${t.euraCode} is not null and ${t.state} in ('pending', 'published')`),
  ],
);

/**
 * The partners of each project as rows (derived from `data.partners` on each write): an
 * organisation's projects are found by this table's index.
 */
export const projectPartner = pgTable(
  'project_partner',
  {
    projectId: uuid('project_id')
      .notNull()
      .references(() => project.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id, { onDelete: 'cascade' }),
    role: varchar('role', { length: 16 }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.organisationId] }),
    index('project_partner_org_idx').on(t.organisationId),
  ],
);

/** A proposal of a project, decided by a coordinator of its regions. */
export const projectRequest = pgTable(
  'project_request',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => project.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').references(() => appUser.id, { onDelete: 'cascade' }),
    state: varchar('state', { length: 10 }).notNull().default('pending'),
    reason: text('reason'),
    decidedBy: uuid('decided_by').references(() => appUser.id, { onDelete: 'set null' }),
    decidedAt: ts('decided_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('project_request_state_idx').on(t.state, t.createdAt),
    uniqueIndex('project_request_pending_key').on(t.projectId).where(sql`${t.state} = 'pending'`),
  ],
);

/** Every change of a project: the full data after it, and what changed. */
export const projectRevision = pgTable(
  'project_revision',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => project.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    action: varchar('action', { length: 10 }).notNull(),
    actorId: uuid('actor_id').references(() => appUser.id, { onDelete: 'set null' }),
    actorLabel: text('actor_label'),
    at: ts('at').notNull().defaultNow(),
    data: jsonb('data').$type<ProjectData>().notNull(),
    changes: jsonb('changes')
      .$type<{ field: string; before: unknown; after: unknown }[]>()
      .notNull(),
  },
  (t) => [index('project_revision_project_idx').on(t.projectId, t.id)],
);

/** Projects deleted, with the deleting transaction (migration 0018), as organisation_tombstone. */
export const projectTombstone = pgTable(
  'project_tombstone',
  {
    id: uuid('id').primaryKey(),
    changeXid: xid8('change_xid').notNull().default(sql`pg_current_xact_id()`),
  },
  (t) => [index('project_tombstone_change_xid_idx').on(t.changeXid)],
);

/** A project's logo, checked on upload and served as organisations' are (server/images/logo.ts). */
export const projectLogo = pgTable('project_logo', {
  projectId: uuid('project_id')
    .primaryKey()
    .references(() => project.id, { onDelete: 'cascade' }),
  contentType: varchar('content_type', { length: 20 }).notNull(),
  bytes: bytea('bytes').notNull(),
  sha256: text('sha256').notNull(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});
