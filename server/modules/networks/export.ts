import type { Readable } from 'node:stream';
import type { Lang } from '../../../common/languages.js';
import { pickText } from '../../../common/languages.js';
import { pagePath } from '../../../common/routes.js';
import type { NetworkSearchQuery } from '../../../common/schemas/networks.js';
import { codeLabel } from '../../catalogs.js';
import type { Db } from '../../db/client.js';
import { type ExportFormat, exportStream } from '../../export/table.js';
import { regionNames } from '../regions/service.js';
import * as repo from './repo.js';
import { searchNetworkIds } from './search.js';

/** Most networks one export gives. */
export const networkExportLimit = 10_000;

type Texts = Record<Lang, string>;

const headings = {
  nameFi: { fi: 'Nimi suomeksi', sv: 'Namn på finska', en: 'Name in Finnish' },
  nameSv: { fi: 'Nimi ruotsiksi', sv: 'Namn på svenska', en: 'Name in Swedish' },
  nameEn: { fi: 'Nimi englanniksi', sv: 'Namn på engelska', en: 'Name in English' },
  kind: { fi: 'Verkoston tyyppi', sv: 'Typ av nätverk', en: 'Kind of network' },
  regions: { fi: 'Maakunnat', sv: 'Landskap', en: 'Regions' },
  memberCount: { fi: 'Jäseniä', sv: 'Medlemmar', en: 'Members' },
  description: { fi: 'Kuvaus', sv: 'Beskrivning', en: 'Description' },
  website: { fi: 'Verkkosivut', sv: 'Webbplats', en: 'Website' },
  updatedAt: { fi: 'Päivitetty', sv: 'Uppdaterad', en: 'Updated' },
  page: { fi: 'Kudos-sivu', sv: 'Kudos-sida', en: 'Kudos page' },
  id: { fi: 'Kudos-tunniste', sv: 'Kudos-id', en: 'Kudos ID' },
} satisfies Record<string, Texts>;
type PeopleColumn = keyof typeof headings;
const peopleColumns = Object.keys(headings) as PeopleColumn[];

/** Columns for programs: codes, the three names, and the Kudos page. */
const columns = [
  'id',
  'url',
  'nameFi',
  'nameSv',
  'nameEn',
  'kind',
  'regions',
  'memberCount',
  'website',
  'descriptionFi',
  'descriptionSv',
  'descriptionEn',
  'updatedAt',
] as const;

export const networkFileWords = {
  machine: 'networks',
  people: { fi: 'verkostot', sv: 'natverk', en: 'networks' } satisfies Texts,
};

type Row = repo.NetworkRow & { regionNames: Map<string, { fi: string; sv?: string; en?: string }> };

/** The matching networks in the list's order, a hundred rows at a time. */
async function* rows(db: Db, q: Omit<NetworkSearchQuery, 'page' | 'pageSize'>) {
  const ids = await searchNetworkIds(db, q, networkExportLimit);
  for (let at = 0; at < ids.length; at += 100) {
    const full = await repo.selectNetworks(db, ids.slice(at, at + 100));
    const places = await regionNames(
      db,
      full.flatMap((r) => r.regionCodes),
    );
    for (const row of full) yield { ...row, regionNames: places } satisfies Row;
  }
}

/** Streams the networks a list shows, in the format asked for. Contact persons are left out. */
export function exportNetworks(
  db: Db,
  q: Omit<NetworkSearchQuery, 'page' | 'pageSize'>,
  format: ExportFormat,
  lang: Lang,
  baseUrl: string,
  delimiter: ',' | ';',
): Readable {
  const url = (id: string) => `${baseUrl}${pagePath('network', lang, { id })}`;
  return exportStream<Row>(
    {
      rows: rows(db, q),
      columns,
      record: (r) => {
        const d = r.data;
        return {
          id: r.id,
          url: url(r.id),
          nameFi: d.name.fi,
          nameSv: d.name.sv ?? null,
          nameEn: d.name.en ?? null,
          kind: d.kind,
          regions: d.regions.join(';'),
          memberCount: r.memberCount,
          website: d.website ?? null,
          descriptionFi: d.description?.fi ?? null,
          descriptionSv: d.description?.sv ?? null,
          descriptionEn: d.description?.en ?? null,
          updatedAt: r.updatedAt.toISOString(),
        };
      },
      peopleColumns: peopleColumns.map((key) => ({
        key,
        header: headings[key][lang],
        ...(key === 'description' ? { wide: true } : {}),
      })),
      peopleRecord: (r) => {
        const d = r.data;
        const texts = d.description ?? {};
        const description = pickText(
          { fi: texts.fi ?? undefined, sv: texts.sv ?? undefined, en: texts.en ?? undefined },
          lang,
        ).text;
        return {
          nameFi: d.name.fi,
          nameSv: d.name.sv ?? null,
          nameEn: d.name.en ?? null,
          kind: codeLabel(lang, (c) => c.networks.kinds, d.kind),
          regions: d.regions
            .map((c) => {
              const n = r.regionNames.get(c);
              return n ? pickText(n, lang).text : c;
            })
            .join('; '),
          memberCount: r.memberCount,
          description: description || null,
          website: d.website ?? null,
          updatedAt: r.updatedAt,
          page: url(r.id),
          id: r.id,
        };
      },
      dateColumns: ['updatedAt'],
    },
    format,
    lang,
    delimiter,
  );
}
