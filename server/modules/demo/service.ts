import type { DemoKind, DemoStatus } from '../../../common/schemas/demo.js';
import type { Db } from '../../db/client.js';
import { type RequestMeta, recordAudit } from '../audit/service.js';
import { type DemoProvider, demoProviders } from './providers.js';

type Counts = Record<DemoKind, number>;

/** Some kind counts rows (present, added or deleted). */
const anyRows = (counts: Counts) => Object.values(counts).some((n) => n > 0);

async function countsOf(db: Db, providers: readonly DemoProvider[]): Promise<Counts> {
  const counts = await Promise.all(providers.map(async (p) => [p.kind, await p.count(db)]));
  return Object.fromEntries(counts) as Counts;
}

/** Whether demo data is present, and how much of each kind. */
export async function getDemoStatus(
  db: Db,
  providers: readonly DemoProvider[] = demoProviders,
): Promise<DemoStatus> {
  const counts = await countsOf(db, providers);
  return { present: anyRows(counts), counts };
}

/**
 * Loads the demo data of every provider that has none yet (so running it again adds only what a
 * newly landed module brings). Returns what each provider added (0 = it was there already).
 */
export async function loadDemoData(
  db: Db,
  meta: RequestMeta,
  providers: readonly DemoProvider[] = demoProviders,
): Promise<Counts> {
  const added = {} as Counts;
  for (const p of providers) {
    added[p.kind] = (await p.count(db)) > 0 ? 0 : await p.load(db);
  }
  if (anyRows(added)) await recordAudit(db, meta, { action: 'demo.load', details: { added } });
  return added;
}

/** Deletes all demo data, last-loaded kind first. Returns what each provider deleted. */
export async function unloadDemoData(
  db: Db,
  meta: RequestMeta,
  providers: readonly DemoProvider[] = demoProviders,
): Promise<Counts> {
  const deleted = {} as Counts;
  for (const p of [...providers].reverse()) deleted[p.kind] = await p.unload(db);
  if (anyRows(deleted)) {
    await recordAudit(db, meta, { action: 'demo.unload', details: { deleted } });
  }
  return deleted;
}
