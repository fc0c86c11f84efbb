import { type SQL, sql } from 'drizzle-orm';
import type { Lang } from '../../../common/languages.js';
import {
  familyOf,
  tolSectionOf,
  vocabularies,
  vocabularyLabel,
} from '../../../common/organisations.js';
import type { OrganisationData } from '../../../common/schemas/organisations.js';
import type { ReferenceName } from '../../db/schema/regions.js';
import { type Classification, classify } from './classification.js';
import { foldedExtras } from './text.js';

const langs: Lang[] = ['fi', 'sv', 'en'];

export function classificationOf(data: OrganisationData): Classification {
  const c = data.criteria;
  return classify({
    socialAimInStatutes: c.socialAimInStatutes,
    impactPriority: c.impactPriority as 1 | 2 | 3 | 4 | 5 | null,
    tradingIncomeBand: c.tradingIncomeBand,
    profitDistributedPercent: c.profitDistributedPercent,
    distributionCapInStatutes: c.distributionCapInStatutes,
    assetLockInStatutes: c.assetLockInStatutes,
    controlledByPublicBody: c.controlledByPublicBody,
    governanceModel: c.governanceModel as never,
    ownershipAndDistributionPublished: c.ownershipAndDistributionPublished,
    employees: c.employees,
    disadvantagedEmployees: c.disadvantagedEmployees,
  });
}

export function meetsOf(c: Classification): string[] {
  const out: string[] = [];
  if (c.euOperational.meets) out.push('eu_operational');
  if (c.esem.meets) out.push('esem');
  if (c.finnishMark.meets) out.push('finnish_mark');
  if (c.workIntegration.meets) out.push('work_integration');
  return out;
}

/** Recognitions that hold today (the Social Enterprise mark has a valid-until date). */
export function currentRecognitions(data: OrganisationData, today = new Date()): string[] {
  const day = today.toISOString().slice(0, 10);
  return [
    ...new Set(
      data.recognitions
        .filter((r) => r.type === 'wise_register' || !r.validUntil || r.validUntil >= day)
        .map((r) => r.type),
    ),
  ];
}

const labels = (name: 'actorTypes' | 'themes' | 'targetGroups', list: string[]) =>
  list.flatMap((code) => langs.map((l) => vocabularyLabel(name, code, l)));

/**
 * The weighted search document from the texts of `searchTexts` (values or columns): names weigh
 * most (A), then tags (B), then descriptions (C).
 */
export function searchDocument(names: SQL, tags: SQL, descriptions: SQL): SQL {
  return sql`setweight(to_tsvector('simple', ${names}), 'A') || setweight(to_tsvector('simple', ${tags}), 'B') || setweight(to_tsvector('simple', ${descriptions}), 'C')`;
}

/** The texts of the three weighted parts of the search document, folded extras included. */
export function searchTexts(
  data: OrganisationData,
  place: { municipalityName: ReferenceName | null },
): { names: string; tags: string; descriptions: string } {
  const legalForm = vocabularies.legalForms.find((f) => f.code === data.legalForm);
  const names = [data.name, data.nameSv, data.nameEn, legalForm?.abbr, data.businessId]
    .filter(Boolean)
    .join(' ');
  const tags = [
    ...labels('actorTypes', data.actorTypes),
    ...labels('themes', data.themes),
    ...labels('targetGroups', data.targetGroups),
    ...(legalForm ? langs.map((l) => legalForm[l]) : []),
    ...(place.municipalityName ? Object.values(place.municipalityName) : []),
  ].join(' ');
  const descriptions = [data.description.fi, data.description.sv, data.description.en]
    .filter(Boolean)
    .join(' ');
  const withFolded = (text: string) => `${text} ${foldedExtras(text)}`;
  return {
    names: withFolded(names),
    tags: withFolded(tags),
    descriptions: withFolded(descriptions),
  };
}

/** The plain derived values (everything but the search document, which SQL computes). */
export function derivedValues(
  data: OrganisationData,
  place: { regionCode: string | null; municipalityName: ReferenceName | null },
) {
  const classification = classificationOf(data);
  return {
    name: data.name,
    businessId: data.businessId,
    legalForm: data.legalForm,
    family: familyOf(data.legalForm),
    actorTypes: data.actorTypes,
    municipalityCode: data.municipality,
    regionCode: place.regionCode,
    tolSection: data.industry ? tolSectionOf(data.industry.code) : null,
    themes: data.themes,
    sdgGoals: data.sdgGoals,
    targetGroups: data.targetGroups,
    recognitions: currentRecognitions(data),
    meets: meetsOf(classification),
    classificationVersion: classification.version,
    partialWorkAbility: (data.criteria.partialWorkAbilityEmployees ?? 0) > 0,
    status: data.status,
    searchNames: [data.name, data.nameSv, data.nameEn]
      .filter(Boolean)
      .join(' ')
      .toLocaleLowerCase('fi'),
    sortName: data.name.toLocaleLowerCase('fi'),
  };
}

/**
 * The columns derived from an organisation's data. `place` is its municipality and region names
 * (looked up by the caller), which are searchable tags too.
 */
export function derivedColumns(
  data: OrganisationData,
  place: { regionCode: string | null; municipalityName: ReferenceName | null },
) {
  const t = searchTexts(data, place);
  return {
    ...derivedValues(data, place),
    searchDoc: searchDocument(sql`${t.names}`, sql`${t.tags}`, sql`${t.descriptions}`),
  };
}
