import { familyOf } from '../organisations.js';
import type { OrganisationData } from '../schemas/organisations.js';

/**
 * What the registry already knows about an organisation, as the survey's indicators hold it: read
 * to prefill a new response, and compared with the submitted values so that a change can be
 * offered back as an update of the organisation's profile. Pure; the server uses it both ways.
 * A fact without `write` is only prefilled (its coding differs from the registry's, e.g. the
 * family follows from the legal form, and "under 25 %" of trading income spans two registry
 * bands).
 */

type Criteria = OrganisationData['criteria'];

interface RegistryFact {
  indicator: string;
  /** The registry's field, as a profile's history names it. */
  field: string;
  read: (d: OrganisationData) => unknown;
  write?: (value: unknown, d: OrganisationData) => Partial<OrganisationData>;
}

const criterion = <K extends keyof Criteria>(key: K): Omit<RegistryFact, 'indicator'> => ({
  field: `criteria.${key}`,
  read: (d) => d.criteria[key],
  write: (value, d) => ({ criteria: { ...d.criteria, [key]: value } as Criteria }),
});

const tradingBands: Record<string, string> = {
  '0': 'under_25',
  '1-24': 'under_25',
  '25-49': '25_49',
  '50-74': '50_74',
  '75-100': '75_100',
};

export const registryFacts: readonly RegistryFact[] = [
  {
    indicator: 'business_id',
    field: 'businessId',
    read: (d) => d.businessId,
    write: (v) => ({ businessId: String(v) }),
  },
  { indicator: 'legal_family', field: 'legalForm', read: (d) => familyOf(d.legalForm) },
  {
    indicator: 'founded_year',
    field: 'foundedYear',
    read: (d) => d.foundedYear,
    write: (v) => ({ foundedYear: Number(v) }),
  },
  {
    indicator: 'industry',
    field: 'industry',
    read: (d) => d.industry?.code ?? null,
    write: (v) => ({ industry: { version: 'TOL2008', code: String(v).toUpperCase() } }),
  },
  {
    indicator: 'icnp_section',
    field: 'icnpSection',
    read: (d) => d.icnpSection,
    write: (v) => ({ icnpSection: String(v) as OrganisationData['icnpSection'] }),
  },
  {
    indicator: 'municipality',
    field: 'municipality',
    read: (d) => d.municipality,
    // A new municipality without the old postal code (which may be elsewhere).
    write: (v) => ({ municipality: String(v), postalCode: null }),
  },
  {
    indicator: 'sdg_goals',
    field: 'sdgGoals',
    read: (d) => (d.sdgGoals.length ? d.sdgGoals.map(String) : null),
    write: (v) => ({ sdgGoals: (Array.isArray(v) ? v : []).map(Number).sort((a, b) => a - b) }),
  },
  { indicator: 'social_aim_in_statutes', ...criterion('socialAimInStatutes') },
  { indicator: 'social_aim_text', ...criterion('socialAimText') },
  { indicator: 'impact_priority', ...criterion('impactPriority') },
  {
    indicator: 'trading_income_share',
    field: 'criteria.tradingIncomeBand',
    read: (d) => (d.criteria.tradingIncomeBand ? tradingBands[d.criteria.tradingIncomeBand] : null),
  },
  { indicator: 'profit_distributed_percent', ...criterion('profitDistributedPercent') },
  { indicator: 'distribution_cap', ...criterion('distributionCapInStatutes') },
  { indicator: 'asset_lock', ...criterion('assetLockInStatutes') },
  { indicator: 'public_control', ...criterion('controlledByPublicBody') },
  { indicator: 'employees_headcount', ...criterion('employees') },
  { indicator: 'disadvantaged_partial_work_ability', ...criterion('partialWorkAbilityEmployees') },
];

const byIndicator = new Map(registryFacts.map((f) => [f.indicator, f]));

/** The questions of a definition bound to indicators: question name → indicator code. */
export function boundQuestions(definition: unknown): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (value: unknown) => {
    if (Array.isArray(value)) {
      for (const v of value) walk(v);
      return;
    }
    if (!value || typeof value !== 'object') return;
    const o = value as Record<string, unknown>;
    if (typeof o.name === 'string' && typeof o.indicator === 'string') {
      found.set(o.name, o.indicator);
    }
    for (const key of ['pages', 'elements', 'templateElements']) walk(o[key]);
  };
  walk(definition);
  return found;
}

const known = (v: unknown) => v !== null && v !== undefined && v !== '';

/** The answers the registry gives a new response, by question name. */
export function prefillFrom(definition: unknown, data: OrganisationData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [question, indicator] of boundQuestions(definition)) {
    const value = byIndicator.get(indicator)?.read(data);
    if (known(value)) out[question] = value;
  }
  return out;
}

export interface OfferedChange {
  indicator: string;
  field: string;
  /** What the registry says now (null: nothing). */
  before: unknown;
  /** What the organisation answered. */
  after: unknown;
}

const same = (a: unknown, b: unknown) => {
  const norm = (v: unknown) =>
    Array.isArray(v) ? JSON.stringify([...v].map(String).sort()) : JSON.stringify(v ?? null);
  return norm(a) === norm(b);
};

/** The submitted indicator values that differ from the registry, for facts it can take. */
export function offeredChanges(
  values: Record<string, unknown>,
  data: OrganisationData,
): OfferedChange[] {
  const changes: OfferedChange[] = [];
  for (const fact of registryFacts) {
    if (!fact.write || !(fact.indicator in values)) continue;
    const after = values[fact.indicator];
    const before = fact.read(data) ?? null;
    if (!known(after) || same(before, after)) continue;
    changes.push({ indicator: fact.indicator, field: fact.field, before, after });
  }
  return changes;
}

/** The profile fields to write for the chosen changes (criteria merged into one object). */
export function registryPatch(
  chosen: readonly OfferedChange[],
  data: OrganisationData,
): Partial<OrganisationData> {
  let current = data;
  let patch: Partial<OrganisationData> = {};
  for (const change of chosen) {
    const fact = byIndicator.get(change.indicator);
    if (!fact?.write) continue;
    const part = fact.write(change.after, current);
    patch = { ...patch, ...part };
    current = { ...current, ...part };
  }
  return patch;
}
