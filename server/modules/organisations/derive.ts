import { familyOf, tolSectionOf } from '../../../common/organisations.js';
import type { OrganisationData } from '../../../common/schemas/organisations.js';
import type { ReferenceName } from '../../db/schema/regions.js';
import { type Classification, classify } from './classification.js';

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
    legalFamily: familyOf(data.legalForm),
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
    sortName: data.name.toLocaleLowerCase('fi'),
  };
}

/**
 * The columns derived from an organisation's data (the search reads them, and `data`, into its
 * index: search-source.ts). `place` is its region and municipality name, looked up by the caller.
 */
export const derivedColumns = derivedValues;
