import type {
  PostalCodeInfo,
  RegionDetail,
  RegionList,
  RegionSummary,
} from '../../../common/schemas/regions.js';
import type { Db } from '../../db/client.js';
import type { ReferenceName } from '../../db/schema/regions.js';
import { AppError } from '../../errors.js';
import { publishedCountsByRegion } from '../organisations/counts.js';
import * as repo from './repo.js';

type RegionRow = Awaited<ReturnType<typeof repo.selectRegions>>[number];

const finnishOrder = new Intl.Collator('fi');

function toSummary(r: RegionRow, organisations: Map<string, number>): RegionSummary {
  return {
    code: r.code,
    name: r.name,
    nuts3: r.nuts3,
    nuts2: { code: r.nuts2, name: r.nuts2Name },
    // Later modules (organisations, projects, events) add their counts here.
    counts: {
      municipalities: r.municipalities,
      postalCodes: r.postalCodes,
      organisations: organisations.get(r.code) ?? 0,
    },
  };
}

export async function listRegions(db: Db): Promise<RegionList> {
  const [rows, organisations] = await Promise.all([
    repo.selectRegions(db),
    publishedCountsByRegion(db),
  ]);
  return { items: rows.map((r) => toSummary(r, organisations)), total: rows.length };
}

export async function getRegion(db: Db, code: string): Promise<RegionDetail> {
  const [[row], organisations] = await Promise.all([
    repo.selectRegions(db, code),
    publishedCountsByRegion(db),
  ]);
  if (!row) throw new AppError('region_not_found', { code });
  const municipalities = await repo.selectMunicipalitiesOfRegion(db, code);
  municipalities.sort((a, b) => finnishOrder.compare(a.name.fi, b.name.fi));
  return { ...toSummary(row, organisations), municipalities };
}

/** Looks up postal codes; returns those found (in code order) and those not found. */
export async function lookupPostalCodes(
  db: Db,
  codes: string[],
): Promise<{ items: PostalCodeInfo[]; notFound: string[] }> {
  const unique = [...new Set(codes)];
  const rows = await repo.selectPostalCodes(db, unique);
  const items = rows.map((r) => ({
    code: r.code,
    name: r.name,
    municipality: { code: r.municipalityCode, name: r.municipalityName },
    region: { code: r.regionCode, name: r.regionName },
  }));
  const found = new Set(items.map((i) => i.code));
  return { items, notFound: unique.filter((c) => !found.has(c)) };
}

export async function getPostalCode(db: Db, code: string): Promise<PostalCodeInfo> {
  const { items } = await lookupPostalCodes(db, [code]);
  const [item] = items;
  if (!item) throw new AppError('postal_code_not_found', { code });
  return item;
}

const namesOf = new WeakMap<Db, Promise<Map<string, ReferenceName>>>();

/**
 * Every region's names by code, read once per database and process: the regions are reference
 * data, written when the service starts (server/reference-data.ts) and never while it runs, and
 * pages and searches ask for their names all the time.
 */
function allRegionNames(db: Db): Promise<Map<string, ReferenceName>> {
  let names = namesOf.get(db);
  if (!names) {
    names = repo
      .selectAllRegionNames(db)
      .then((rows) => new Map(rows.map((r) => [r.code, r.name as ReferenceName])));
    namesOf.set(db, names);
    // A failed read is not kept: the next caller reads again.
    names.catch(() => namesOf.delete(db));
  }
  return names;
}

/** The codes among `codes` that are no region; other modules validate references with it. */
export async function unknownRegionCodes(db: Db, codes: string[]): Promise<string[]> {
  if (codes.length === 0) return [];
  const known = await allRegionNames(db);
  return codes.filter((c) => !known.has(c));
}

/** The names of regions by code (the codes that are no region are left out). */
export async function regionNames(db: Db, codes: string[]) {
  const names = new Map<string, ReferenceName>();
  if (codes.length === 0) return names;
  const all = await allRegionNames(db);
  for (const code of codes) {
    const name = all.get(code);
    if (name) names.set(code, name);
  }
  return names;
}

let municipalityRegionCache: Map<string, string> | null = null;

/** Each municipality's region (reference data, read once per process). */
export async function municipalityRegions(db: Db): Promise<Map<string, string>> {
  if (!municipalityRegionCache) {
    const rows = await repo.selectMunicipalityRegions(db);
    // Reference data loads with the first migrations; an empty answer is not worth keeping.
    if (rows.length === 0) return new Map();
    municipalityRegionCache = new Map(rows.map((r) => [r.code, r.regionCode]));
  }
  return municipalityRegionCache;
}
