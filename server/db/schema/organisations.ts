import { type SQL, sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import type { OrganisationData } from '../../../common/schemas/organisations.js';
import { appUser } from './accounts.js';
import { municipality, region } from './regions.js';

const ts = (name: string) => timestamp(name, { withTimezone: true });
/** A transaction id (PostgreSQL's 64-bit xid8), for the search change feed. */
export const xid8 = customType<{ data: string }>({ dataType: () => 'xid8' });
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => Buffer.from(v),
});

/**
 * An organisation (actor) of the registry. `data` holds every editable field exactly as a revision
 * stores it; the columns next to it are derived from `data` on each write (for filters, facets,
 * sorting and search) and never edited on their own.
 */
export const organisation = pgTable(
  'organisation',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** pending (proposed) → published | rejected; merged = folded into `mergedInto`. */
    state: varchar('state', { length: 10 }).notNull().default('pending'),
    mergedInto: uuid('merged_into'),
    data: jsonb('data').$type<OrganisationData>().notNull(),
    name: text('name').notNull(),
    businessId: varchar('business_id', { length: 9 }),
    legalForm: varchar('legal_form', { length: 4 }),
    family: varchar('family', { length: 12 }),
    actorTypes: text('actor_types').array().notNull().default(sql`'{}'`),
    municipalityCode: varchar('municipality_code', { length: 3 }).references(
      () => municipality.code,
    ),
    regionCode: varchar('region_code', { length: 2 }).references(() => region.code),
    tolSection: varchar('tol_section', { length: 1 }),
    themes: text('themes').array().notNull().default(sql`'{}'`),
    sdgGoals: smallint('sdg_goals').array().notNull().default(sql`'{}'`),
    targetGroups: text('target_groups').array().notNull().default(sql`'{}'`),
    recognitions: text('recognitions').array().notNull().default(sql`'{}'`),
    /** Definitions met (classification function, `classificationVersion`). */
    meets: text('meets').array().notNull().default(sql`'{}'`),
    classificationVersion: varchar('classification_version', { length: 20 }).notNull(),
    partialWorkAbility: boolean('partial_work_ability').notNull().default(false),
    status: varchar('status', { length: 10 }).notNull().default('active'),
    sortName: text('sort_name').notNull(),
    hasLogo: boolean('has_logo').notNull().default(false),
    confirmedAt: ts('confirmed_at').notNull().defaultNow(),
    reminderSentAt: ts('reminder_sent_at'),
    createdBy: uuid('created_by').references(() => appUser.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    version: integer('version').notNull().default(1),
    /**
     * The transaction that last wrote the row (a trigger sets it on update, migration 0010): the
     * search index of each process reads the rows written since its last look (search/live-index.ts).
     */
    changeXid: xid8('change_xid').notNull().default(sql`pg_current_xact_id()`),
    /** Written for the demo registry (`npm run demo:load`); `npm run demo:unload` deletes it. */
    demo: boolean('demo').notNull().default(false),
  },
  (t) => [
    // A business ID belongs to one living organisation; rejected and merged ones keep theirs.
    uniqueIndex('organisation_business_id_key')
      .on(t.businessId)
      .where(sql`${t.businessId} is not null and ${t.state} in ('pending', 'published')`),
    index('organisation_state_idx').on(t.state, t.sortName),
    index('organisation_updated_idx').on(t.state, t.updatedAt),
    index('organisation_region_idx').on(t.regionCode).where(sql`${t.state} = 'published'`),
    index('organisation_municipality_idx').on(t.municipalityCode),
    index('organisation_confirmed_idx').on(t.confirmedAt),
    // Possible duplicates by name: the nearest names (`<->`) within one municipality, or among
    // those without one (the municipality through btree_gist). Signatures of 256 bytes instead of
    // 12 let a nearest-first scan skip more of a municipality crowded with similar names: about
    // twice as fast there in bench/dry-run.ts (128 and 512 were close; 1024 was slower).
    index('organisation_similar_name_idx').using(
      'gist',
      sql`coalesce(${t.municipalityCode}, '')` as SQL,
      sql`${t.sortName} gist_trgm_ops(siglen = 256)` as SQL,
    ),
    index('organisation_change_xid_idx').on(t.changeXid),
    index('organisation_tags_idx').using('gin', t.actorTypes, t.themes, t.targetGroups, t.meets),
    index('organisation_demo_idx').on(t.id).where(sql`${t.demo}`),
  ],
);

/**
 * Organisations deleted, with the transaction that deleted them (a trigger writes it, migration
 * 0014): the search index of each process reads them as it reads `change_xid`, so a deleted row
 * leaves every process's index too (search/live-index.ts).
 */
export const organisationTombstone = pgTable(
  'organisation_tombstone',
  {
    id: uuid('id').primaryKey(),
    changeXid: xid8('change_xid').notNull().default(sql`pg_current_xact_id()`),
  },
  (t) => [index('organisation_tombstone_change_xid_idx').on(t.changeXid)],
);

/** Representatives of an organisation: owners manage members, editors edit. */
export const organisationMember = pgTable(
  'organisation_member',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    role: varchar('role', { length: 10 }).notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.userId] }),
    index('organisation_member_user_idx').on(t.userId),
  ],
);

/** A proposal of a new organisation or a request to represent one, decided by a coordinator. */
export const organisationRequest = pgTable(
  'organisation_request',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: varchar('kind', { length: 10 }).notNull(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').references(() => appUser.id, { onDelete: 'cascade' }),
    state: varchar('state', { length: 10 }).notNull().default('pending'),
    message: text('message'),
    reason: text('reason'),
    decidedBy: uuid('decided_by').references(() => appUser.id, { onDelete: 'set null' }),
    decidedAt: ts('decided_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('organisation_request_state_idx').on(t.state, t.createdAt),
    uniqueIndex('organisation_request_pending_key')
      .on(t.organisationId, t.userId)
      .where(sql`${t.state} = 'pending'`),
  ],
);

/** Every change of an organisation: the full data after it, and what changed. */
export const organisationRevision = pgTable(
  'organisation_revision',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    action: varchar('action', { length: 10 }).notNull(),
    actorId: uuid('actor_id').references(() => appUser.id, { onDelete: 'set null' }),
    actorLabel: text('actor_label'),
    at: ts('at').notNull().defaultNow(),
    data: jsonb('data').$type<OrganisationData>().notNull(),
    changes: jsonb('changes')
      .$type<{ field: string; before: unknown; after: unknown }[]>()
      .notNull(),
  },
  (t) => [index('organisation_revision_org_idx').on(t.organisationId, t.id)],
);

/** An invitation to become an owner or editor, sent by e-mail; only the token's hash is stored. */
export const organisationInvitation = pgTable(
  'organisation_invitation',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tokenHash: text('token_hash').notNull().unique(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    role: varchar('role', { length: 10 }).notNull(),
    invitedBy: uuid('invited_by').references(() => appUser.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    expiresAt: ts('expires_at').notNull(),
    acceptedAt: ts('accepted_at'),
    /** The account that accepted: always one whose verified address is `email`. */
    acceptedBy: uuid('accepted_by').references(() => appUser.id, { onDelete: 'set null' }),
  },
  (t) => [index('organisation_invitation_org_idx').on(t.organisationId)],
);

/** One-click "still correct" links sent in freshness reminders; only the token's hash is stored. */
export const organisationConfirmToken = pgTable('organisation_confirm_token', {
  tokenHash: text('token_hash').primaryKey(),
  organisationId: uuid('organisation_id')
    .notNull()
    .references(() => organisation.id, { onDelete: 'cascade' }),
  userId: uuid('user_id').references(() => appUser.id, { onDelete: 'cascade' }),
  createdAt: ts('created_at').notNull().defaultNow(),
  expiresAt: ts('expires_at').notNull(),
  usedAt: ts('used_at'),
});

/** The logo, re-checked on upload and served with its own content type and nosniff. */
export const organisationLogo = pgTable('organisation_logo', {
  organisationId: uuid('organisation_id')
    .primaryKey()
    .references(() => organisation.id, { onDelete: 'cascade' }),
  contentType: varchar('content_type', { length: 20 }).notNull(),
  bytes: bytea('bytes').notNull(),
  sha256: text('sha256').notNull(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});
