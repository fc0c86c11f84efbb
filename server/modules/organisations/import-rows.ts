import { sql } from 'drizzle-orm';
import { isValidBusinessId } from '../../../common/business-id.js';
import { vocabularies } from '../../../common/organisations.js';
import {
  type ImportField,
  type ImportMapping,
  type ImportPreview,
  importFields,
} from '../../../common/schemas/organisation-import.js';
import {
  type OrganisationData,
  organisationDataSchema,
} from '../../../common/schemas/organisations.js';
import type { Db } from '../../db/client.js';
import type { ReferenceName } from '../../db/schema/regions.js';
import { rowsOf } from '../../db/sql.js';
import { fold } from '../../search/analysis.js';
import { parseImportFile } from './import-file.js';
import type { ImportMessageCode } from './import-messages.js';

/*
 * Reading an import file's rows into organisation data: which column is which field, names of
 * vocabularies and municipalities in any language, every problem with its row and field.
 */
const norm = (s: string) => fold(s.toLocaleLowerCase('fi')).replace(/[^a-z0-9]/g, '');

/** Column headings people use for each field (fi, sv, en, and the export's own names). */
const synonyms: Record<ImportField, string[]> = {
  name: ['name', 'nimi', 'namn', 'organisaatio', 'organisation', 'toiminimi', 'yritys', 'yhteiso'],
  nameSv: ['namesv', 'nimiruotsiksi', 'ruotsinkielinennimi', 'namnpasvenska', 'svensktnamn'],
  nameEn: ['nameen', 'nimienglanniksi', 'englanninkielinennimi', 'namnpaengelska', 'englishname'],
  businessId: ['businessid', 'ytunnus', 'fonummer', 'foretagsid', 'fosignum'],
  legalForm: ['legalform', 'yritysmuoto', 'oikeudellinenmuoto', 'foretagsform', 'juridiskform'],
  actorTypes: ['actortypes', 'actortype', 'toimijatyyppi', 'toimijatyypit', 'aktorstyp'],
  municipality: [
    'municipality',
    'kunta',
    'kotikunta',
    'kotipaikka',
    'kommun',
    'hemkommun',
    'municipalityname',
  ],
  postalCode: ['postalcode', 'postinumero', 'postnummer', 'zip', 'postcode'],
  streetAddress: ['streetaddress', 'katuosoite', 'osoite', 'gatuadress', 'adress', 'address'],
  website: ['website', 'verkkosivut', 'kotisivu', 'www', 'webbplats', 'url'],
  email: ['email', 'sahkoposti', 'epost', 'mail'],
  phone: ['phone', 'puhelin', 'puhelinnumero', 'telefon', 'telephone'],
  descriptionFi: ['descriptionfi', 'kuvaus', 'kuvaussuomeksi', 'description'],
  descriptionSv: ['descriptionsv', 'kuvausruotsiksi', 'beskrivning'],
  descriptionEn: ['descriptionen', 'kuvausenglanniksi'],
  industryCode: ['industrycode', 'toimiala', 'toimialakoodi', 'tol', 'naringsgren', 'industry'],
  icnpSection: ['icnpsection', 'icnp', 'icnptso'],
  themes: ['themes', 'teemat', 'teema', 'teman', 'tema'],
  sdgGoals: ['sdggoals', 'sdg', 'kestavankehityksentavoitteet', 'hallbarhetsmal'],
  targetGroups: ['targetgroups', 'kohderyhmat', 'kohderyhma', 'malgrupper', 'malgrupp'],
  foundedYear: ['foundedyear', 'perustamisvuosi', 'perustettu', 'grundandear', 'founded'],
  status: ['status', 'tila'],
};

export function suggestMapping(header: string[]): ImportMapping {
  const mapping: ImportMapping = {};
  const taken = new Set<number>();
  for (const field of importFields) {
    const index = header.findIndex((h, i) => !taken.has(i) && synonyms[field].includes(norm(h)));
    if (index >= 0) {
      mapping[field] = index;
      taken.add(index);
    }
  }
  return mapping;
}

export async function previewImport(bytes: Buffer): Promise<ImportPreview> {
  const file = await parseImportFile(bytes);
  return {
    format: file.format,
    encoding: file.encoding,
    delimiter: file.delimiter,
    columns: file.header,
    suggestedMapping: suggestMapping(file.header),
    rowCount: file.rows.length,
    sample: file.rows.slice(0, 5),
  };
}

/** Codes and names (any language, abbreviations) of a vocabulary → code. */
function vocabularyLookup(
  items: { code: string; fi: string; sv: string; en: string; abbr?: string }[],
) {
  const map = new Map<string, string>();
  for (const i of items) {
    for (const key of [i.code, i.fi, i.sv, i.en, i.abbr]) if (key) map.set(norm(key), i.code);
  }
  // A value that is not a whole name matches when it starts exactly one name
  // ("ympäristö" → "Ympäristö ja ilmasto").
  return {
    get(value: string): string | undefined {
      const exact = map.get(value);
      if (exact || value.length < 4) return exact;
      const codes = new Set([...map].filter(([k]) => k.startsWith(value)).map(([, c]) => c));
      return codes.size === 1 ? [...codes][0] : undefined;
    },
  };
}
const lookups = {
  legalForm: vocabularyLookup(vocabularies.legalForms),
  actorTypes: vocabularyLookup(vocabularies.actorTypes),
  themes: vocabularyLookup(vocabularies.themes),
  targetGroups: vocabularyLookup(vocabularies.targetGroups),
  icnpSection: vocabularyLookup(vocabularies.icnpSections),
  status: new Map<string, string>([
    ...['active', 'aktiivinen', 'toiminnassa', 'aktiv'].map((k) => [k, 'active'] as const),
    ...['inactive', 'eiaktiivinen', 'passiivinen', 'inaktiv', 'vilande'].map(
      (k) => [k, 'inactive'] as const,
    ),
    ...['closed', 'lopetettu', 'lakannut', 'nedlagd', 'upphort'].map((k) => [k, 'closed'] as const),
  ]),
};

export interface Reference {
  municipalities: Map<string, { code: string; regionCode: string; name: ReferenceName }>;
  postalCodes: Map<string, string>;
}

export async function loadReference(db: Db): Promise<Reference> {
  const [m, p] = await Promise.all([
    db.execute(sql`select code, region_code, name from municipality`),
    db.execute(sql`select code, municipality_code from postal_code`),
  ]);
  const municipalities = new Map<
    string,
    { code: string; regionCode: string; name: ReferenceName }
  >();
  for (const r of rowsOf<{ code: string; region_code: string; name: ReferenceName }>(m)) {
    const value = { code: r.code, regionCode: r.region_code, name: r.name };
    municipalities.set(r.code, value);
    for (const n of [r.name.fi, r.name.sv]) if (n) municipalities.set(norm(n), value);
  }
  const postalCodes = new Map(
    rowsOf<{ code: string; municipality_code: string }>(p).map((r) => [
      r.code,
      r.municipality_code,
    ]),
  );
  return { municipalities, postalCodes };
}

export interface Issue {
  row: number;
  field: ImportField | null;
  code: ImportMessageCode;
  params?: Record<string, unknown>;
}

export interface ValidRow {
  row: number;
  data: OrganisationData;
  regionCode: string | null;
  municipalityName: ReferenceName | null;
  /** Mapped fields: an update changes only these. */
  fields: Set<keyof OrganisationData>;
}

const listSplit = /[;,|]/;

/** Turns one row into organisation data, collecting every problem with the column it is in. */
export function readRow(
  cells: string[],
  row: number,
  mapping: ImportMapping,
  ref: Reference,
  issues: Issue[],
): ValidRow | undefined {
  const cell = (f: ImportField) => {
    const i = mapping[f];
    return i === undefined ? '' : (cells[i] ?? '').trim();
  };
  const before = issues.length;
  const problem = (field: ImportField, code: ImportMessageCode, value?: string) =>
    issues.push({ row, field, code, params: { value } });
  const raw: Record<string, unknown> = {};
  const fields = new Set<keyof OrganisationData>();
  const set = (key: keyof OrganisationData, value: unknown) => {
    raw[key] = value;
    fields.add(key);
  };
  const mapped = (f: ImportField) => mapping[f] !== undefined;

  for (const f of [
    'name',
    'nameSv',
    'nameEn',
    'streetAddress',
    'website',
    'email',
    'phone',
  ] as const) {
    if (mapped(f)) set(f, cell(f) || null);
  }
  if (mapped('businessId')) {
    const v = cell('businessId');
    if (v && !isValidBusinessId(v)) problem('businessId', 'business_id_invalid', v);
    set('businessId', v || null);
  }
  if (mapped('postalCode')) set('postalCode', cell('postalCode') || null);
  const vocab = (f: 'legalForm' | 'icnpSection' | 'status') => {
    if (!mapped(f)) return;
    const v = cell(f);
    if (!v) return f === 'status' ? undefined : set(f, null);
    const code =
      lookups[f].get(norm(v)) ??
      (f === 'icnpSection' ? lookups[f].get(norm(v.slice(0, 1))) : undefined);
    if (code) set(f, code);
    else problem(f, f === 'legalForm' ? 'unknown_legal_form' : 'unknown_value', v);
  };
  vocab('legalForm');
  vocab('icnpSection');
  vocab('status');
  for (const f of ['actorTypes', 'themes', 'targetGroups'] as const) {
    if (!mapped(f)) continue;
    const codes: string[] = [];
    for (const v of cell(f)
      .split(listSplit)
      .map((x) => x.trim())
      .filter(Boolean)) {
      const code = lookups[f].get(norm(v));
      if (code) codes.push(code);
      else problem(f, 'unknown_value', v);
    }
    set(f, codes);
  }
  if (mapped('sdgGoals')) {
    const goals: number[] = [];
    for (const v of cell('sdgGoals')
      .split(listSplit)
      .map((x) => x.trim())
      .filter(Boolean)) {
      const n = Number(v.replace(/^sdg\s*/i, ''));
      if (Number.isInteger(n) && n >= 1 && n <= 17) goals.push(n);
      else problem('sdgGoals', 'unknown_value', v);
    }
    set('sdgGoals', goals);
  }
  if (mapped('foundedYear')) {
    const v = cell('foundedYear');
    const n = Number(v);
    if (!v) set('foundedYear', null);
    else if (Number.isInteger(n)) set('foundedYear', n);
    else problem('foundedYear', 'invalid_value', v);
  }
  if (mapped('industryCode')) {
    const v = cell('industryCode').replace(/\s/g, '');
    set('industry', v ? { version: 'TOL2008', code: v.toUpperCase() } : null);
  }
  if (mapped('descriptionFi') || mapped('descriptionSv') || mapped('descriptionEn')) {
    set('description', {
      ...(mapped('descriptionFi') ? { fi: cell('descriptionFi') || null } : {}),
      ...(mapped('descriptionSv') ? { sv: cell('descriptionSv') || null } : {}),
      ...(mapped('descriptionEn') ? { en: cell('descriptionEn') || null } : {}),
    });
  }
  // Municipality by code (also without leading zeros) or by its Finnish or Swedish name; else
  // from the postal code.
  let place: { code: string; regionCode: string; name: ReferenceName } | undefined;
  if (mapped('municipality') && cell('municipality')) {
    const v = cell('municipality');
    place = /^\d{1,3}$/.test(v)
      ? ref.municipalities.get(v.padStart(3, '0'))
      : ref.municipalities.get(norm(v));
    if (!place) problem('municipality', 'unknown_municipality', v);
  }
  const postal = cell('postalCode');
  if (mapped('postalCode') && postal) {
    const m = ref.postalCodes.get(postal.padStart(5, '0'));
    if (!m) problem('postalCode', 'unknown_postal_code', postal);
    else if (!place) place = ref.municipalities.get(m);
    raw.postalCode = postal.padStart(5, '0');
  }
  if (place) set('municipality', place.code);
  else if (mapped('municipality')) set('municipality', null);

  if (!cell('name')) problem('name', 'required');
  if (issues.length > before) return undefined;

  const parsed = organisationDataSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? '');
      const field = (
        key === 'industry'
          ? 'industryCode'
          : key === 'description'
            ? `description${String(issue.path[1] ?? 'fi').replace(/^./, (c) => c.toUpperCase())}`
            : key
      ) as ImportField;
      const value = importFields.includes(field) ? cell(field) : '';
      const code: ImportMessageCode =
        issue.message === 'business_id_invalid'
          ? 'business_id_invalid'
          : issue.code === 'too_big'
            ? 'too_long'
            : 'invalid_value';
      issues.push({
        row,
        field: importFields.includes(field) ? field : null,
        code,
        params: { value },
      });
    }
    return undefined;
  }
  return {
    row,
    data: parsed.data,
    regionCode: place?.regionCode ?? null,
    municipalityName: place?.name ?? null,
    fields,
  };
}
