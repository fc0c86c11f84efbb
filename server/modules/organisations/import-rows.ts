import { sql } from 'drizzle-orm';
import { isValidBusinessId } from '../../../common/business-id.js';
import { vocabularies } from '../../../common/organisations.js';
import {
  type ImportEncoding,
  type ImportField,
  type ImportMapping,
  type ImportPreview,
  importFields,
} from '../../../common/schemas/organisation-import.js';
import {
  type OrganisationData,
  organisationDataSchema,
} from '../../../common/schemas/organisations.js';
import { isUuid } from '../../../common/uuid.js';
import type { Db } from '../../db/client.js';
import type { ReferenceName } from '../../db/schema/regions.js';
import { rowsOf } from '../../db/sql.js';
import {
  completeWebsite,
  listSplit,
  norm,
  suggestColumns,
  unguard,
  vocabularyLookup,
} from '../../import/cells.js';
import { previewFile } from '../../import/file.js';
import type { ImportMessageCode } from '../../import/messages.js';
import type { PlanIssue } from '../../import/report.js';
import { fieldHeadings, statusLabels } from './export-columns.js';

/*
 * Reading an import file's rows into organisation data: which column is which field, names of
 * vocabularies and municipalities in any language, every problem with its row and field.
 */

/** Column headings people use for each field (fi, sv, en, and the export's own names). */
const synonyms: Record<ImportField, string[]> = {
  id: ['id', 'kudostunniste', 'kudosid'],
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

/** The field's own key and its headings in the people's export, in all three languages. */
const exactNames = Object.fromEntries(
  importFields.map((f) => [f, new Set([norm(f), ...Object.values(fieldHeadings[f]).map(norm)])]),
) as Record<ImportField, Set<string>>;

/**
 * Which column fills which field, from the headings: first the exact names (an export's own
 * columns, so that its `url`, the Kudos page, never passes for the website), then the words
 * people use. A column is suggested as the Kudos id only when its first value is one.
 */
export function suggestMapping(header: string[], firstRow: string[] = []): ImportMapping {
  return suggestColumns(
    header,
    importFields,
    [(field, name) => exactNames[field].has(name), (field, name) => synonyms[field].includes(name)],
    (field, index) => field !== 'id' || isUuid(unguard(firstRow[index] ?? '').trim()),
  );
}

export function previewImport(
  bytes: Buffer,
  encoding: ImportEncoding = 'auto',
): Promise<ImportPreview> {
  return previewFile(bytes, encoding, suggestMapping);
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
    // The names the people's export writes.
    ...Object.entries(statusLabels).flatMap(([code, texts]) =>
      Object.values(texts).map((t) => [norm(t), code] as const),
    ),
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
    for (const n of [r.name.fi, r.name.sv, r.name.en]) if (n) municipalities.set(norm(n), value);
  }
  const postalCodes = new Map(
    rowsOf<{ code: string; municipality_code: string }>(p).map((r) => [
      r.code,
      r.municipality_code,
    ]),
  );
  return { municipalities, postalCodes };
}

export type Issue = PlanIssue<ImportField>;

export interface ValidRow {
  row: number;
  /** The Kudos id the row names, when the id column is mapped and filled. */
  id: string | null;
  data: OrganisationData;
  regionCode: string | null;
  municipalityName: ReferenceName | null;
  /** Mapped fields: an update changes only these. */
  fields: Set<keyof OrganisationData>;
}

/** What may be written in a vocabulary's column, in the importer's language (names may have commas). */
const validNames = (items: { fi: string; sv: string; en: string }[]) =>
  Object.fromEntries(
    (['fi', 'sv', 'en'] as const).map((l) => [l, items.map((i) => i[l]).join('; ')]),
  );
const valid = {
  actorTypes: validNames(vocabularies.actorTypes),
  themes: validNames(vocabularies.themes),
  targetGroups: validNames(vocabularies.targetGroups),
  icnpSection: validNames(vocabularies.icnpSections),
  status: validNames(Object.values(statusLabels)),
};

/** The message of a value the schema refused, by field: each says what would be valid. */
const invalidCodes: Partial<Record<ImportField, ImportMessageCode>> = {
  website: 'invalid_website',
  email: 'invalid_email',
  phone: 'invalid_phone',
  foundedYear: 'invalid_year',
  postalCode: 'unknown_postal_code',
  industryCode: 'invalid_industry_code',
};

/**
 * Turns one row into organisation data. Every faulty cell gives one error (a list with several
 * unknown values names them all in it), and corrections made on the importer's behalf give a
 * notice.
 */
export function readRow(
  cells: string[],
  row: number,
  mapping: ImportMapping,
  ref: Reference,
  issues: Issue[],
  notices: Issue[] = [],
): ValidRow | undefined {
  const cell = (f: ImportField) => {
    const i = mapping[f];
    return i === undefined ? '' : unguard((cells[i] ?? '').trim());
  };
  const faulty = new Set<ImportField | null>();
  const problem = (
    field: ImportField | null,
    code: ImportMessageCode,
    params: Record<string, unknown> = {},
  ) => {
    if (faulty.has(field)) return;
    faulty.add(field);
    issues.push({ row, field, code, params });
  };
  const raw: Record<string, unknown> = {};
  const fields = new Set<keyof OrganisationData>();
  const set = (key: keyof OrganisationData, value: unknown) => {
    raw[key] = value;
    fields.add(key);
  };
  const mapped = (f: ImportField) => mapping[f] !== undefined;

  let id: string | null = null;
  if (mapped('id') && cell('id')) {
    const v = cell('id');
    if (isUuid(v)) id = v.toLowerCase();
    else problem('id', 'unknown_id', { value: v });
  }
  for (const f of ['name', 'nameSv', 'nameEn', 'streetAddress', 'email', 'phone'] as const) {
    if (mapped(f)) set(f, cell(f) || null);
  }
  if (mapped('website')) {
    const v = cell('website');
    const completed = v ? completeWebsite(v) : undefined;
    if (completed)
      notices.push({
        row,
        field: 'website',
        code: 'website_completed',
        params: { value: v, fixed: completed },
      });
    set('website', completed ?? (v || null));
  }
  if (mapped('businessId')) {
    const v = cell('businessId');
    if (v && !isValidBusinessId(v)) problem('businessId', 'business_id_invalid', { value: v });
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
    else if (f === 'legalForm') problem(f, 'unknown_legal_form', { value: v });
    else problem(f, 'unknown_value', { value: v, valid: valid[f] });
  };
  vocab('legalForm');
  vocab('icnpSection');
  vocab('status');
  const items = (f: ImportField) =>
    cell(f)
      .split(listSplit)
      .map((x) => x.trim())
      .filter(Boolean);
  for (const f of ['actorTypes', 'themes', 'targetGroups'] as const) {
    if (!mapped(f)) continue;
    const codes: string[] = [];
    const unknown: string[] = [];
    for (const v of items(f)) {
      const code = lookups[f].get(norm(v));
      if (code) codes.push(code);
      else unknown.push(v);
    }
    if (unknown.length)
      problem(f, 'unknown_value', { value: unknown.join('", "'), valid: valid[f] });
    set(f, codes);
  }
  if (mapped('sdgGoals')) {
    const goals: number[] = [];
    const unknown: string[] = [];
    for (const v of items('sdgGoals')) {
      const n = Number(v.replace(/^sdg\s*/i, ''));
      if (Number.isInteger(n) && n >= 1 && n <= 17) goals.push(n);
      else unknown.push(v);
    }
    if (unknown.length) problem('sdgGoals', 'invalid_sdg', { value: unknown.join('", "') });
    set('sdgGoals', goals);
  }
  if (mapped('foundedYear')) {
    const v = cell('foundedYear');
    const n = Number(v);
    if (!v) set('foundedYear', null);
    else if (Number.isInteger(n)) set('foundedYear', n);
    else problem('foundedYear', 'invalid_year', { value: v });
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
  // Municipality by code (also without leading zeros) or by its name; else from the postal code.
  let place: { code: string; regionCode: string; name: ReferenceName } | undefined;
  if (mapped('municipality') && cell('municipality')) {
    const v = cell('municipality');
    place = /^\d{1,3}$/.test(v)
      ? ref.municipalities.get(v.padStart(3, '0'))
      : ref.municipalities.get(norm(v));
    if (!place) problem('municipality', 'unknown_municipality', { value: v });
  }
  const postal = cell('postalCode');
  if (mapped('postalCode') && postal) {
    const m = ref.postalCodes.get(postal.padStart(5, '0'));
    if (!m) problem('postalCode', 'unknown_postal_code', { value: postal });
    else if (!place) place = ref.municipalities.get(m);
    raw.postalCode = postal.padStart(5, '0');
  }
  if (place) set('municipality', place.code);
  else if (mapped('municipality')) set('municipality', null);

  if (!cell('name')) problem('name', 'required');

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
      const known = importFields.includes(field);
      const value = known ? cell(field) : '';
      if (issue.message === 'business_id_invalid') {
        problem('businessId', 'business_id_invalid', { value });
      } else if (issue.code === 'too_big') {
        problem(known ? field : null, 'too_long', { value, max: issue.maximum });
      } else {
        problem(known ? field : null, (known && invalidCodes[field]) || 'invalid_value', { value });
      }
    }
  }
  if (faulty.size > 0 || !parsed.success) return undefined;
  return {
    row,
    id,
    data: parsed.data,
    regionCode: place?.regionCode ?? null,
    municipalityName: place?.name ?? null,
    fields,
  };
}
