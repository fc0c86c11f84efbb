import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import type { NetworkData } from '../../../common/schemas/networks.js';
import { appUser } from './accounts.js';
import { organisation, xid8 } from './organisations.js';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/**
 * A network of organisations (the programme's consortium, a regional or thematic network). As
 * with projects, `data` holds the editable fields as a revision stores them and the columns
 * beside it are derived from it on each write; members are rows of their own.
 */
export const network = pgTable(
  'network',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** published | archived. */
    state: varchar('state', { length: 10 }).notNull().default('published'),
    data: jsonb('data').$type<NetworkData>().notNull(),
    name: text('name').notNull(),
    sortName: text('sort_name').notNull(),
    kind: varchar('kind', { length: 24 }).notNull(),
    regionCodes: text('region_codes').array().notNull().default(sql`'{}'`),
    /** Kept by the member writes, for sorting and the lists. */
    memberCount: integer('member_count').notNull().default(0),
    createdBy: uuid('created_by').references(() => appUser.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    version: integer('version').notNull().default(1),
    demo: boolean('demo').notNull().default(false),
    /** The transaction that last wrote the row, for the search index (migration 0019). */
    changeXid: xid8('change_xid').notNull().default(sql`pg_current_xact_id()`),
  },
  (t) => [
    index('network_state_idx').on(t.state, t.sortName),
    index('network_change_xid_idx').on(t.changeXid),
    index('network_regions_idx').using('gin', t.regionCodes),
  ],
);

/** The member organisations of each network, with their role and dates. */
export const networkMember = pgTable(
  'network_member',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id, { onDelete: 'cascade' }),
    role: varchar('role', { length: 12 }).notNull(),
    startDate: date('start_date'),
    endDate: date('end_date'),
    version: integer('version').notNull().default(1),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.organisationId] }),
    index('network_member_org_idx').on(t.organisationId),
  ],
);

/** Every change of a network's fields: the full data after it, and what changed. */
export const networkRevision = pgTable(
  'network_revision',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    networkId: uuid('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    action: varchar('action', { length: 10 }).notNull(),
    actorId: uuid('actor_id').references(() => appUser.id, { onDelete: 'set null' }),
    actorLabel: text('actor_label'),
    at: ts('at').notNull().defaultNow(),
    data: jsonb('data').$type<NetworkData>().notNull(),
    changes: jsonb('changes')
      .$type<{ field: string; before: unknown; after: unknown }[]>()
      .notNull(),
  },
  (t) => [index('network_revision_network_idx').on(t.networkId, t.id)],
);

/** Networks deleted, with the deleting transaction (migration 0019), as organisation_tombstone. */
export const networkTombstone = pgTable(
  'network_tombstone',
  {
    id: uuid('id').primaryKey(),
    changeXid: xid8('change_xid').notNull().default(sql`pg_current_xact_id()`),
  },
  (t) => [index('network_tombstone_change_xid_idx').on(t.changeXid)],
);
