import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Which version of each reference data set is loaded, so loading at start is a no-op when nothing changed. */
export const referenceDataset = pgTable('reference_dataset', {
  name: text('name').primaryKey(),
  checksum: text('checksum').notNull(),
  loadedAt: timestamp('loaded_at', { withTimezone: true }).notNull().defaultNow(),
});
