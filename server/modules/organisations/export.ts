import type { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import type { Lang } from '../../../common/languages.js';
import { pickText } from '../../../common/languages.js';
import { type VocabularyName, vocabularyLabel } from '../../../common/organisations.js';
import { pagePath } from '../../../common/routes.js';
import type { OrganisationData } from '../../../common/schemas/organisations.js';
import type { Db } from '../../db/client.js';
import { rowsOf, sqlArray } from '../../db/sql.js';
import { type ExportFormat, exportStream as exportTableStream } from '../../export/table.js';
import { type PeopleColumn, peopleColumns, peopleHeading, statusLabels } from './export-columns.js';
import { type SearchOptions, searchIds } from './search.js';

/** Most rows one export gives (the whole registry at the scale planned for). */
export const exportLimit = 100_000;
const batchSize = 2000;

interface ExportRow {
  id: string;
  data: OrganisationData;
  family: string | null;
  municipality_name: { fi: string; sv?: string } | null;
  region_code: string | null;
  region_name: { fi: string; sv?: string; en?: string } | null;
  tol_section: string | null;
  meets: string[];
  recognitions: string[];
  confirmed_at: string | Date;
  updated_at: string | Date;
}

/** The columns of CSV and XLSX exports, in order; JSON uses the same keys. */
export const exportColumns = [
  'id',
  'url',
  'name',
  'nameSv',
  'nameEn',
  'businessId',
  'legalForm',
  'legalFormName',
  'family',
  'actorTypes',
  'municipality',
  'municipalityName',
  'region',
  'regionName',
  'postalCode',
  'streetAddress',
  'website',
  'email',
  'phone',
  'descriptionFi',
  'descriptionSv',
  'descriptionEn',
  'industryCode',
  'industrySection',
  'icnpSection',
  'themes',
  'sdgGoals',
  'targetGroups',
  'foundedYear',
  'status',
  'meets',
  'recognitions',
  'confirmedAt',
  'updatedAt',
] as const;
type ExportRecord = Record<(typeof exportColumns)[number], string | number | null>;

function toRecord(r: ExportRow, lang: Lang, baseUrl: string): ExportRecord {
  const d = r.data;
  const list = (v: (string | number)[]) => v.join(';');
  const place = (n: { fi: string; sv?: string; en?: string } | null) =>
    n ? pickText(n, lang).text : null;
  return {
    id: r.id,
    url: `${baseUrl}${pagePath('organisation', lang, { id: r.id })}`,
    name: d.name,
    nameSv: d.nameSv,
    nameEn: d.nameEn,
    businessId: d.businessId,
    legalForm: d.legalForm,
    legalFormName: d.legalForm ? vocabularyLabel('legalForms', d.legalForm, lang) : null,
    family: r.family,
    actorTypes: list(d.actorTypes),
    municipality: d.municipality,
    municipalityName: place(r.municipality_name),
    region: r.region_code,
    regionName: place(r.region_name),
    postalCode: d.postalCode,
    streetAddress: d.streetAddress,
    website: d.website,
    email: d.email,
    phone: d.phone,
    descriptionFi: d.description.fi ?? null,
    descriptionSv: d.description.sv ?? null,
    descriptionEn: d.description.en ?? null,
    industryCode: d.industry?.code ?? null,
    industrySection: r.tol_section,
    icnpSection: d.icnpSection,
    themes: list(d.themes),
    sdgGoals: list(d.sdgGoals),
    targetGroups: list(d.targetGroups),
    foundedYear: d.foundedYear,
    status: d.status,
    meets: list(r.meets),
    recognitions: list(r.recognitions),
    confirmedAt: new Date(r.confirmed_at).toISOString(),
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}

type PeopleRecord = Record<PeopleColumn, string | number | Date | null>;

/** The same organisation for people: names in the reader's language, dates of Finland. */
function toPeopleRecord(r: ExportRow, lang: Lang, baseUrl: string): PeopleRecord {
  const d = r.data;
  const names = (name: VocabularyName, codes: string[]) =>
    codes.map((c) => vocabularyLabel(name, c, lang)).join('; ');
  const place = (n: { fi: string; sv?: string; en?: string } | null) =>
    n ? pickText(n, lang).text : null;
  return {
    name: d.name,
    nameSv: d.nameSv,
    nameEn: d.nameEn,
    businessId: d.businessId,
    legalForm: d.legalForm ? vocabularyLabel('legalForms', d.legalForm, lang) : null,
    actorTypes: names('actorTypes', d.actorTypes),
    municipality: place(r.municipality_name),
    region: place(r.region_name),
    postalCode: d.postalCode,
    streetAddress: d.streetAddress,
    website: d.website,
    email: d.email,
    phone: d.phone,
    descriptionFi: d.description.fi ?? null,
    descriptionSv: d.description.sv ?? null,
    descriptionEn: d.description.en ?? null,
    industryCode: d.industry?.code ?? null,
    icnpSection: d.icnpSection ? vocabularyLabel('icnpSections', d.icnpSection, lang) : null,
    themes: names('themes', d.themes),
    sdgGoals: d.sdgGoals.join('; '),
    targetGroups: names('targetGroups', d.targetGroups),
    foundedYear: d.foundedYear,
    status: statusLabels[d.status][lang],
    recognitions: names('recognitions', r.recognitions),
    confirmedAt: new Date(r.confirmed_at),
    updatedAt: new Date(r.updated_at),
    page: `${baseUrl}${pagePath('organisation', lang, { id: r.id })}`,
    id: r.id,
  };
}

/** The matching organisations, batch by batch, in the search's order. */
async function* exportRows(db: Db, q: SearchOptions) {
  const { ids } = await searchIds(db, q, exportLimit);
  for (let offset = 0; offset < ids.length; offset += batchSize) {
    const batch = ids.slice(offset, offset + batchSize);
    const result = await db.execute(sql`
      select o.id, o.data, o.family, m.name as municipality_name, o.region_code, g.name as region_name,
             o.tol_section, o.meets, o.recognitions, o.confirmed_at, o.updated_at
      from unnest(${sqlArray(batch, 'uuid')}) with ordinality as x(id, n)
      join organisation o on o.id = x.id and o.state = 'published'
      left join municipality m on m.code = o.municipality_code
      left join region g on g.code = o.region_code
      order by x.n`);
    yield* rowsOf<ExportRow>(result);
  }
}

/** Streams the export of a search in the format asked for; the caller sets the headers. */
export function exportStream(
  db: Db,
  q: SearchOptions,
  format: ExportFormat,
  lang: Lang,
  baseUrl: string,
  delimiter: ',' | ';',
): Readable {
  return exportTableStream(
    {
      rows: exportRows(db, q),
      columns: exportColumns,
      record: (r) => toRecord(r, lang, baseUrl),
      peopleColumns: peopleColumns.map((key) => ({
        key,
        header: peopleHeading(key, lang),
        wide: key.startsWith('description'),
      })),
      peopleRecord: (r) => toPeopleRecord(r, lang, baseUrl),
      dateColumns: ['confirmedAt', 'updatedAt'],
    },
    format,
    lang,
    delimiter,
  );
}
