import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  pgTable,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { appUser } from './accounts.js';
import { organisation } from './organisations.js';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/**
 * A typed relation between two organisations, read from `from` to `to` ("from funds to"). A
 * relation that reads the same both ways (partner of) is stored with the smaller id first, so that
 * it exists once. `proposedBy` is the side that said so; the other side confirms.
 */
export const organisationRelation = pgTable(
  'organisation_relation',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fromId: uuid('from_id')
      .notNull()
      .references(() => organisation.id, { onDelete: 'cascade' }),
    toId: uuid('to_id')
      .notNull()
      .references(() => organisation.id, { onDelete: 'cascade' }),
    type: varchar('type', { length: 16 }).notNull(),
    startDate: date('start_date'),
    endDate: date('end_date'),
    /** proposed → confirmed. */
    state: varchar('state', { length: 10 }).notNull().default('proposed'),
    /** from | to | both: whose side the relation was made for. */
    proposedBy: varchar('proposed_by', { length: 4 }).notNull(),
    createdBy: uuid('created_by').references(() => appUser.id, { onDelete: 'set null' }),
    confirmedBy: uuid('confirmed_by').references(() => appUser.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('organisation_relation_key').on(t.fromId, t.toId, t.type),
    index('organisation_relation_to_idx').on(t.toId),
    check('organisation_relation_not_self', sql`${t.fromId} <> ${t.toId}`),
  ],
);
