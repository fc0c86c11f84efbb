import { createHash } from 'node:crypto';
import { inArray, sql } from 'drizzle-orm';
import type { Db } from './db/client.js';
import { referenceDataset } from './db/schema/index.js';
import { classificationDatasets } from './modules/classifications/reference-data.js';
import { regionDatasets } from './modules/regions/reference-data.js';

/** A reference data set a module owns: loaded at start when its content changed. */
export interface ReferenceDataset {
  name: string;
  /** Everything the loaded rows depend on; its hash decides whether to load again. */
  source: string;
  /** Upserts the rows; runs inside a transaction. */
  load(tx: Db): Promise<void>;
}

function checksum(source: string): string {
  return createHash('sha256').update(source).digest('hex');
}

/**
 * Loads every module's reference data whose source changed since the last load, each set in its own
 * transaction. Running it again with the same data writes nothing.
 */
export async function loadReferenceData(db: Db): Promise<{ loaded: string[] }> {
  const datasets: ReferenceDataset[] = [...regionDatasets(), ...classificationDatasets()];
  const stored = await db
    .select()
    .from(referenceDataset)
    .where(
      inArray(
        referenceDataset.name,
        datasets.map((d) => d.name),
      ),
    );
  const known = new Map(stored.map((r) => [r.name, r.checksum]));
  const loaded: string[] = [];
  for (const dataset of datasets) {
    const sum = checksum(dataset.source);
    if (known.get(dataset.name) === sum) continue;
    await db.transaction(async (tx) => {
      await dataset.load(tx);
      await tx
        .insert(referenceDataset)
        .values({ name: dataset.name, checksum: sum })
        .onConflictDoUpdate({
          target: referenceDataset.name,
          set: { checksum: sum, loadedAt: sql`now()` },
        });
    });
    loaded.push(dataset.name);
  }
  return { loaded };
}
