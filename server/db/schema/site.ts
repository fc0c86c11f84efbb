import { integer, jsonb, pgTable, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { appUser } from './accounts.js';

/**
 * Content of the service's own pages that administrators edit (the accessibility statement, the
 * about page), one row per page. `data` is the whole content as the shared schema in
 * common/schemas/site.ts describes it; the defaults are installed by migration 0013.
 */
export const siteContent = pgTable('site_content', {
  key: varchar('key', { length: 40 }).primaryKey(),
  data: jsonb('data').$type<Record<string, unknown>>().notNull(),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid('updated_by').references(() => appUser.id, { onDelete: 'set null' }),
});
