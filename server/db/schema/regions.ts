import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, smallint, varchar } from 'drizzle-orm/pg-core';

/** Name in fi/sv/en as stored for reference data (Finnish always present). */
export type ReferenceName = { fi: string; sv?: string; en?: string };

/** NUTS 2021 level 2 areas (suuralueet), named in fi/sv/en. */
export const nuts2Area = pgTable('nuts2_area', {
  code: varchar('code', { length: 4 }).primaryKey(),
  name: jsonb('name').$type<ReferenceName>().notNull(),
});

/** Regions (maakunnat) with Statistics Finland codes and NUTS 2021 level 3 codes. */
export const region = pgTable(
  'region',
  {
    code: varchar('code', { length: 2 }).primaryKey(),
    name: jsonb('name').$type<ReferenceName>().notNull(),
    nuts3: varchar('nuts3', { length: 5 }).notNull().unique(),
    nuts2: varchar('nuts2', { length: 4 })
      .notNull()
      .references(() => nuts2Area.code),
    /** Counts derived from the reference data, stored when it is loaded (it changes only then). */
    municipalityCount: integer('municipality_count').notNull().default(0),
    postalCodeCount: integer('postal_code_count').notNull().default(0),
  },
  (t) => [check('region_code_format', sql`${t.code} ~ '^[0-9]{2}$'`)],
);

/** Municipalities (kunnat) with Statistics Finland codes. */
export const municipality = pgTable(
  'municipality',
  {
    code: varchar('code', { length: 3 }).primaryKey(),
    name: jsonb('name').$type<ReferenceName>().notNull(),
    regionCode: varchar('region_code', { length: 2 })
      .notNull()
      .references(() => region.code),
  },
  (t) => [index('municipality_region_idx').on(t.regionCode)],
);

/** Postal code areas (Posti), each in one municipality. */
export const postalCode = pgTable(
  'postal_code',
  {
    code: varchar('code', { length: 5 }).primaryKey(),
    name: jsonb('name').$type<ReferenceName>().notNull(),
    municipalityCode: varchar('municipality_code', { length: 3 })
      .notNull()
      .references(() => municipality.code),
    /** Posti's type code: 1 = street addresses, 2 = PO boxes, 3 = corporate, … */
    typeCode: smallint('type_code'),
  },
  (t) => [index('postal_code_municipality_idx').on(t.municipalityCode)],
);
