/*
 * Reading a project import file's rows (EURA 2021 public records or a file with such columns):
 * which column is which field, codes and names of funds, statuses and regions in any language,
 * Finnish dates and amounts, partners by business ID, every problem with its row and field.
 */
import { isValidBusinessId } from '../../../common/business-id.js';
import { fundingProgrammes, projectStatuses } from '../../../common/project-fields.js';
import regionsFile from '../../../common/reference/regions.json' with { type: 'json' };
import type { ImportEncoding } from '../../../common/schemas/import.js';
import {
  type ProjectImportField,
  type ProjectImportMapping,
  type ProjectImportPreview,
  projectImportFields,
} from '../../../common/schemas/project-import.js';
import type { ProjectData } from '../../../common/schemas/projects.js';
import {
  completeWebsite,
  listSplit,
  norm,
  parseDay,
  parseEuros,
  suggestColumns,
  unguard,
  vocabularyLookup,
} from '../../import/cells.js';
import { previewFile } from '../../import/file.js';
import type { ImportMessageCode } from '../../import/messages.js';
import type { PlanIssue } from '../../import/report.js';
import { projectLabel } from './labels.js';

/**
 * Column headings of each field: EURA 2021's public records (rakennerahastot.fi), the words people
 * use in Finnish, Swedish and English, and the field's own key.
 */
const synonyms: Record<ProjectImportField, string[]> = {
  euraCode: ['hankekoodi', 'eurahankekoodi', 'projektkod', 'projectcode', 'eurakoodi', 'code'],
  title: [
    'hankkeennimi',
    'nimi',
    'nimisuomeksi',
    'hanke',
    'projektetsnamn',
    'projectname',
    'title',
  ],
  titleSv: ['hankkeennimiruotsiksi', 'nimiruotsiksi', 'namnpasvenska', 'titlesv'],
  titleEn: ['hankkeennimienglanniksi', 'nimienglanniksi', 'namnpaengelska', 'titleen'],
  descriptionFi: ['tiivistelma', 'kuvaus', 'hankkeentiivistelma', 'sammanfattning', 'summary'],
  descriptionSv: ['tiivistelmaruotsiksi', 'kuvausruotsiksi', 'sammanfattningpasvenska'],
  descriptionEn: ['tiivistelmaenglanniksi', 'kuvausenglanniksi', 'summaryinenglish'],
  status: ['tila', 'hankkeentila', 'status', 'state'],
  startDate: [
    'alkamispaiva',
    'aloituspaiva',
    'alkaa',
    'toteutusalkaa',
    'hankealkaa',
    'startdatum',
    'borjar',
    'startdate',
    'start',
  ],
  endDate: [
    'paattymispaiva',
    'paattyy',
    'toteutuspaattyy',
    'hankepaattyy',
    'slutdatum',
    'slutar',
    'enddate',
    'end',
  ],
  fundingProgramme: ['rahasto', 'rahoitusohjelma', 'fond', 'fund', 'finansieringsprogram'],
  budget: [
    'kokonaisbudjetti',
    'budjetti',
    'kokonaiskustannukset',
    'suunnitellutkokonaiskustannukset',
    'totalbudget',
    'budget',
  ],
  publicFunding: [
    'julkinenrahoitus',
    'myonnettytuki',
    'euvaltionrahoitus',
    'tuki',
    'offentligfinansiering',
    'publicfunding',
  ],
  regions: ['maakunta', 'maakunnat', 'toteutusalue', 'alue', 'landskap', 'region', 'regions'],
  priority: ['toimintalinja', 'prioritet', 'priority'],
  specificObjective: ['erityistavoite', 'specifiktmal', 'specificobjective'],
  authority: [
    'vastuuviranomainen',
    'rahoittavaviranomainen',
    'viranomainen',
    'ansvarigmyndighet',
    'myndighet',
    'authority',
  ],
  leadBusinessId: [
    'tuensaajanytunnus',
    'paatoteuttajanytunnus',
    'hakijanytunnus',
    'ytunnus',
    'stodmottagarensfonummer',
    'fonummer',
    'leadbusinessid',
    'businessid',
  ],
  leadName: [
    'tuensaaja',
    'paatoteuttaja',
    'hakija',
    'stodmottagare',
    'sokande',
    'lead',
    'leadname',
  ],
  partnerBusinessIds: [
    'osatoteuttajienytunnukset',
    'osatoteuttajanytunnus',
    'osatoteuttajienytunnus',
    'delgenomforarnasfonummer',
    'partnerbusinessids',
  ],
  partnerNames: [
    'osatoteuttajat',
    'osatoteuttaja',
    'delgenomforare',
    'coimplementers',
    'partnernames',
    'partners',
  ],
  website: ['verkkosivut', 'kotisivu', 'www', 'webbplats', 'website', 'url'],
};

/** Which column fills which field: the field's own key first, then the words people use. */
export function suggestProjectMapping(header: string[]): ProjectImportMapping {
  return suggestColumns(header, projectImportFields, [
    (field, name) => norm(field) === name,
    (field, name) => synonyms[field].includes(name),
  ]);
}

export function previewProjectImport(
  bytes: Buffer,
  encoding: ImportEncoding = 'auto',
): Promise<ProjectImportPreview> {
  return previewFile(bytes, encoding, suggestProjectMapping);
}

const langs = ['fi', 'sv', 'en'] as const;
const labelled = (group: 'statuses' | 'funding', codes: readonly string[]) =>
  codes.map((code) => ({
    code,
    fi: projectLabel('fi', group, code),
    sv: projectLabel('sv', group, code),
    en: projectLabel('en', group, code),
  }));

/** Abbreviations of the funds in the three languages (ESR+ = ESF+, EAKR = ERUF = ERDF, FRO = JTF). */
const fundAbbreviations: Record<string, string[]> = {
  esf_plus: ['esr+', 'esf+', 'esr', 'esf', 'esrplus', 'esfplus'],
  erdf: ['eakr', 'eruf', 'erdf'],
  jtf: ['jtf', 'fro'],
  interreg: ['interreg'],
  erasmus_plus: ['erasmus+', 'erasmus'],
};
const funds = vocabularyLookup(labelled('funding', fundingProgrammes));
const fundByAbbreviation = new Map(
  Object.entries(fundAbbreviations).flatMap(([code, list]) => list.map((a) => [norm(a), code])),
);
const statuses = vocabularyLookup(labelled('statuses', projectStatuses));
const statusWords = new Map<string, string>([
  ...['kaynnissa', 'toteutuksessa', 'kaynnissaoleva', 'pagaende', 'ongoing', 'active'].map(
    (w) => [w, 'running'] as const,
  ),
  ...['paattynyt', 'paattyneet', 'avslutat', 'completed', 'closed', 'finished'].map(
    (w) => [w, 'ended'] as const,
  ),
  ...['suunnitteilla', 'tulossa', 'planerat', 'upcoming'].map((w) => [w, 'planned'] as const),
]);

const regions = regionsFile.regions;
const regionByKey = new Map<string, string>();
for (const r of regions) {
  for (const key of [r.code, String(Number(r.code)), r.fi, r.sv, r.en]) {
    regionByKey.set(norm(key), r.code);
  }
}
const nationalWords = new Set(
  [
    'koko maa',
    'koko suomi',
    'valtakunnallinen',
    'hela landet',
    'riksomfattande',
    'nationwide',
    'national',
    'whole country',
  ].map(norm),
);
const validFunds = Object.fromEntries(
  langs.map((l) => [l, fundingProgrammes.map((c) => projectLabel(l, 'funding', c)).join('; ')]),
);
const validStatuses = Object.fromEntries(
  langs.map((l) => [l, projectStatuses.map((c) => projectLabel(l, 'statuses', c)).join('; ')]),
);

export type ProjectIssue = PlanIssue<ProjectImportField>;

/** An organisation a row names by business ID, with the name the file gives it. */
export interface NamedPartner {
  businessId: string;
  name: string | null;
  field: 'leadBusinessId' | 'partnerBusinessIds';
}

export interface ProjectRow {
  row: number;
  euraCode: string | null;
  /** The fields the file gives (an update changes only these); partners are resolved later. */
  data: Partial<Omit<ProjectData, 'partners'>>;
  lead: NamedPartner;
  coImplementers: NamedPartner[];
  /** Whether the file gives co-implementers (an update then replaces them). */
  partnersMapped: boolean;
}

/** The status that a project's dates tell on `today` (YYYY-MM-DD). */
export function statusOnDates(start: string | null, end: string | null, today: string) {
  if (end && end < today) return 'ended' as const;
  if (start && start > today) return 'planned' as const;
  return 'running' as const;
}

/**
 * Turns one row into project fields and the partners it names. Every faulty cell gives one error;
 * what is read on the importer's behalf (https:// added, a status from the dates) gives a notice.
 */
export function readProjectRow(
  cells: string[],
  row: number,
  mapping: ProjectImportMapping,
  today: string,
  issues: ProjectIssue[],
  notices: ProjectIssue[],
): ProjectRow | undefined {
  const cell = (f: ProjectImportField) => {
    const i = mapping[f];
    return i === undefined ? '' : unguard((cells[i] ?? '').trim());
  };
  const mapped = (f: ProjectImportField) => mapping[f] !== undefined;
  let faulty = false;
  const problem = (field: ProjectImportField | null, code: ImportMessageCode, params = {}) => {
    faulty = true;
    issues.push({ row, field, code, params });
  };
  const items = (f: ProjectImportField) =>
    cell(f)
      .split(listSplit)
      .map((x) => x.trim())
      .filter(Boolean);
  const data: ProjectRow['data'] = {};

  const title = cell('title');
  if (!title) problem('title', 'required');
  const titles = { fi: title, sv: cell('titleSv') || null, en: cell('titleEn') || null };
  if (mapped('title')) data.title = titles;
  if (mapped('descriptionFi') || mapped('descriptionSv') || mapped('descriptionEn')) {
    data.description = {
      ...(mapped('descriptionFi') ? { fi: cell('descriptionFi') || null } : {}),
      ...(mapped('descriptionSv') ? { sv: cell('descriptionSv') || null } : {}),
      ...(mapped('descriptionEn') ? { en: cell('descriptionEn') || null } : {}),
    };
  }
  for (const f of ['startDate', 'endDate'] as const) {
    if (!mapped(f)) continue;
    const v = cell(f);
    const day = v ? parseDay(v) : null;
    if (day === undefined) problem(f, 'invalid_date', { value: v });
    else data[f] = day;
  }
  if (data.startDate && data.endDate && data.endDate < data.startDate) {
    problem('endDate', 'date_range_invalid', { value: cell('endDate') });
  }
  for (const f of ['budget', 'publicFunding'] as const) {
    if (!mapped(f)) continue;
    const v = cell(f);
    const euros = v ? parseEuros(v) : null;
    if (euros === undefined || (euros !== null && euros < 0)) {
      problem(f, 'invalid_amount', { value: v });
    } else data[f] = euros;
  }
  if (mapped('fundingProgramme')) {
    const v = cell('fundingProgramme');
    const key = norm(v);
    const code = v ? (fundByAbbreviation.get(key) ?? funds.get(key)) : null;
    if (code === undefined)
      problem('fundingProgramme', 'unknown_value', { value: v, valid: validFunds });
    else data.fundingProgramme = code as ProjectData['fundingProgramme'];
  }
  if (mapped('status') && cell('status')) {
    const v = cell('status');
    const code = statusWords.get(norm(v)) ?? statuses.get(norm(v));
    if (code) data.status = code as ProjectData['status'];
    else problem('status', 'unknown_value', { value: v, valid: validStatuses });
  } else if (mapped('startDate') || mapped('endDate')) {
    const status = statusOnDates(data.startDate ?? null, data.endDate ?? null, today);
    data.status = status;
    notices.push({
      row,
      field: 'status',
      code: 'status_from_dates',
      params: {
        value: Object.fromEntries(langs.map((l) => [l, projectLabel(l, 'statuses', status)])),
      },
    });
  }
  if (mapped('regions')) {
    const codes: string[] = [];
    const unknown: string[] = [];
    let national = false;
    for (const v of items('regions')) {
      const key = norm(v);
      if (nationalWords.has(key)) national = true;
      else {
        const code = regionByKey.get(key);
        if (code) codes.push(code);
        else unknown.push(v);
      }
    }
    if (unknown.length) problem('regions', 'unknown_region', { value: unknown.join('", "') });
    data.regions = [...new Set(codes)];
    data.national = national;
  }
  if (mapped('website')) {
    const v = cell('website');
    const completed = v ? completeWebsite(v) : undefined;
    if (completed) {
      notices.push({
        row,
        field: 'website',
        code: 'website_completed',
        params: { value: v, fixed: completed },
      });
    }
    data.website = completed ?? (v || null);
  }
  const euraCode = cell('euraCode') || null;
  if (
    mapped('euraCode') ||
    mapped('priority') ||
    mapped('specificObjective') ||
    mapped('authority')
  ) {
    data.eura = {
      code: euraCode,
      priority: cell('priority') || null,
      specificObjective: cell('specificObjective') || null,
      authority: cell('authority') || null,
    };
  }

  // Partners: the applicant leads; co-implementers by business ID with their names in order.
  const leadId = cell('leadBusinessId');
  if (!leadId) problem('leadBusinessId', 'required');
  else if (!isValidBusinessId(leadId)) {
    problem('leadBusinessId', 'business_id_invalid', { value: leadId });
  }
  const names = items('partnerNames');
  const coImplementers: NamedPartner[] = [];
  const bad: string[] = [];
  items('partnerBusinessIds').forEach((id, i) => {
    if (!isValidBusinessId(id)) bad.push(id);
    else if (id !== leadId && !coImplementers.some((p) => p.businessId === id)) {
      coImplementers.push({ businessId: id, name: names[i] ?? null, field: 'partnerBusinessIds' });
    }
  });
  if (bad.length) problem('partnerBusinessIds', 'business_id_invalid', { value: bad.join('", "') });
  if (faulty) return undefined;
  return {
    row,
    euraCode,
    data,
    lead: { businessId: leadId, name: cell('leadName') || null, field: 'leadBusinessId' },
    coImplementers,
    partnersMapped: mapped('partnerBusinessIds'),
  };
}
