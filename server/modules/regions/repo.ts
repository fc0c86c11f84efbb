import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { municipality, nuts2Area, postalCode, region } from '../../db/schema/index.js';

/** Regions with their NUTS2 area and counts, ordered by code. */
export function selectRegions(db: Db, code?: string) {
  return db
    .select({
      code: region.code,
      name: region.name,
      nuts3: region.nuts3,
      nuts2: region.nuts2,
      nuts2Name: nuts2Area.name,
      municipalities: region.municipalityCount,
      postalCodes: region.postalCodeCount,
    })
    .from(region)
    .innerJoin(nuts2Area, eq(nuts2Area.code, region.nuts2))
    .where(code ? eq(region.code, code) : undefined)
    .orderBy(region.code);
}

export function selectMunicipalitiesOfRegion(db: Db, regionCode: string) {
  return db
    .select({ code: municipality.code, name: municipality.name })
    .from(municipality)
    .where(eq(municipality.regionCode, regionCode));
}

export function selectPostalCodes(db: Db, codes: string[]) {
  return db
    .select({
      code: postalCode.code,
      name: postalCode.name,
      municipalityCode: municipality.code,
      municipalityName: municipality.name,
      regionCode: region.code,
      regionName: region.name,
    })
    .from(postalCode)
    .innerJoin(municipality, eq(municipality.code, postalCode.municipalityCode))
    .innerJoin(region, eq(region.code, municipality.regionCode))
    .where(inArray(postalCode.code, codes))
    .orderBy(postalCode.code);
}

export function selectAllRegionNames(db: Db) {
  return db.select({ code: region.code, name: region.name }).from(region);
}

export function selectMunicipalityRegions(db: Db) {
  return db
    .select({ code: municipality.code, regionCode: municipality.regionCode })
    .from(municipality);
}
