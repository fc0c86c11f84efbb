import { integer, jsonb, pgTable, primaryKey, smallint, text, varchar } from 'drizzle-orm/pg-core';
import type { ReferenceName } from './regions.js';

/** Sections of the Standard Industrial Classification; the version is part of the key (TOL 2008, TOL 2025). */
export const industrySection = pgTable(
  'industry_section',
  {
    version: text('version').notNull(),
    code: varchar('code', { length: 1 }).notNull(),
    name: jsonb('name').$type<ReferenceName>().notNull(),
    sortOrder: integer('sort_order').notNull(),
  },
  (t) => [primaryKey({ columns: [t.version, t.code] })],
);

/** The UN Sustainable Development Goals 1–17. */
export const sdgGoal = pgTable('sdg_goal', {
  n: smallint('n').primaryKey(),
  name: jsonb('name').$type<ReferenceName & { en: string }>().notNull(),
});
