import { organisationStatuses } from '../../../../common/organisation-fields.js';
import { tolSectionOf } from '../../../../common/organisations.js';
import type {
  OrganisationDetail,
  OrganisationInput,
} from '../../../../common/schemas/organisations.js';
import { displayDate, isoDate } from '../../ui/form/dates.js';

/** A yes/no question whose answer may not be known (stored as true, false or null). */
export type Tri = 'yes' | 'no' | 'unknown';
export type OrganisationStatus = (typeof organisationStatuses)[number];

export interface CriteriaValues {
  socialAimInStatutes: Tri;
  socialAimText: string;
  impactPriority: string;
  tradingIncomeBand: string;
  profitDistributedPercent: string;
  distributionCapInStatutes: Tri;
  assetLockInStatutes: Tri;
  controlledByPublicBody: Tri;
  governanceModel: string;
  ownershipAndDistributionPublished: Tri;
  employees: string;
  disadvantagedEmployees: string;
  partialWorkAbilityEmployees: string;
}

export interface RecognitionValues {
  /** Identifies the row while it is edited (React key); never sent. */
  key: number;
  type: string;
  /** Dates as typed, d.M.yyyy. */
  since: string;
  validUntil: string;
}

/**
 * What the organisation form holds: text as typed, so that a half-typed number or date stays in
 * the field until the reader fixes it. `toInput` turns it into the API's shape.
 */
export interface FormValues {
  name: string;
  nameSv: string;
  nameEn: string;
  businessId: string;
  actorTypes: string[];
  legalForm: string;
  municipality: string;
  postalCode: string;
  streetAddress: string;
  website: string;
  email: string;
  phone: string;
  description: { fi: string; sv: string; en: string };
  /** TOL 2008 section letter; `industryCode`, when given, is the more precise numeric code. */
  industrySection: string;
  industryCode: string;
  icnpSection: string;
  themes: string[];
  sdgGoals: number[];
  targetGroups: string[];
  foundedYear: string;
  status: OrganisationStatus;
  criteria: CriteriaValues;
  recognitions: RecognitionValues[];
}

const triOf = (value: boolean | null): Tri => (value === null ? 'unknown' : value ? 'yes' : 'no');
const boolOf = (value: Tri): boolean | null => (value === 'unknown' ? null : value === 'yes');
const text = (value: string | null | undefined) => value ?? '';
const numberText = (value: number | null) => (value === null ? '' : String(value));

/** A number as typed, with a decimal comma allowed; an unreadable one becomes NaN for the check. */
function numberOf(typed: string): number | null {
  const value = typed.trim().replace(/\s/g, '').replace(',', '.');
  if (!value) return null;
  return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : Number.NaN;
}

let nextKey = 1;
export function newRecognition(): RecognitionValues {
  return { key: nextKey++, type: '', since: '', validUntil: '' };
}

export function emptyValues(): FormValues {
  return {
    name: '',
    nameSv: '',
    nameEn: '',
    businessId: '',
    actorTypes: [],
    legalForm: '',
    municipality: '',
    postalCode: '',
    streetAddress: '',
    website: '',
    email: '',
    phone: '',
    description: { fi: '', sv: '', en: '' },
    industrySection: '',
    industryCode: '',
    icnpSection: '',
    themes: [],
    sdgGoals: [],
    targetGroups: [],
    foundedYear: '',
    status: 'active',
    criteria: {
      socialAimInStatutes: 'unknown',
      socialAimText: '',
      impactPriority: '',
      tradingIncomeBand: '',
      profitDistributedPercent: '',
      distributionCapInStatutes: 'unknown',
      assetLockInStatutes: 'unknown',
      controlledByPublicBody: 'unknown',
      governanceModel: '',
      ownershipAndDistributionPublished: 'unknown',
      employees: '',
      disadvantagedEmployees: '',
      partialWorkAbilityEmployees: '',
    },
    recognitions: [],
  };
}

/** The form's values for an organisation as the API answers it. */
export function toFormValues(detail: OrganisationDetail): FormValues {
  const c = detail.criteria;
  const code = detail.industry?.code ?? '';
  const numeric = /^\d/.test(code);
  return {
    name: detail.name,
    nameSv: text(detail.nameSv),
    nameEn: text(detail.nameEn),
    businessId: text(detail.businessId),
    actorTypes: [...detail.actorTypes],
    legalForm: text(detail.legalForm),
    municipality: detail.municipality?.code ?? '',
    postalCode: text(detail.postalCode),
    streetAddress: text(detail.streetAddress),
    website: text(detail.website),
    email: text(detail.email),
    phone: text(detail.phone),
    description: {
      fi: text(detail.description.fi),
      sv: text(detail.description.sv),
      en: text(detail.description.en),
    },
    industrySection: numeric ? (tolSectionOf(code) ?? '') : code,
    industryCode: numeric ? code : '',
    icnpSection: text(detail.icnpSection),
    themes: [...detail.themes],
    sdgGoals: [...detail.sdgGoals],
    targetGroups: [...detail.targetGroups],
    foundedYear: numberText(detail.foundedYear),
    status: detail.status,
    criteria: {
      socialAimInStatutes: triOf(c.socialAimInStatutes),
      socialAimText: text(c.socialAimText),
      impactPriority: numberText(c.impactPriority),
      tradingIncomeBand: text(c.tradingIncomeBand),
      profitDistributedPercent: numberText(c.profitDistributedPercent),
      distributionCapInStatutes: triOf(c.distributionCapInStatutes),
      assetLockInStatutes: triOf(c.assetLockInStatutes),
      controlledByPublicBody: triOf(c.controlledByPublicBody),
      governanceModel: text(c.governanceModel),
      ownershipAndDistributionPublished: triOf(c.ownershipAndDistributionPublished),
      employees: numberText(c.employees),
      disadvantagedEmployees: numberText(c.disadvantagedEmployees),
      partialWorkAbilityEmployees: numberText(c.partialWorkAbilityEmployees),
    },
    recognitions: detail.recognitions.map((r) => ({
      key: nextKey++,
      type: r.type,
      since: displayDate(r.since),
      validUntil: displayDate(r.validUntil),
    })),
  };
}

type CriteriaInput = NonNullable<OrganisationInput['criteria']>;
type RecognitionInput = NonNullable<OrganisationInput['recognitions']>[number];

/**
 * The API body of the form's values. Empty fields become null; numbers and dates that cannot be
 * read stay as they are (NaN, the typed text) so that the schema check names the field.
 */
export function toInput(values: FormValues): OrganisationInput {
  const c = values.criteria;
  const code = values.industryCode.trim() || values.industrySection;
  return {
    name: values.name,
    nameSv: values.nameSv,
    nameEn: values.nameEn,
    businessId: values.businessId.trim() || null,
    actorTypes: values.actorTypes as OrganisationInput['actorTypes'],
    legalForm: (values.legalForm || null) as OrganisationInput['legalForm'],
    municipality: values.municipality || null,
    postalCode: values.postalCode.trim() || null,
    streetAddress: values.streetAddress,
    website: values.website.trim(),
    email: values.email.trim(),
    phone: values.phone.trim(),
    description: {
      fi: values.description.fi,
      sv: values.description.sv,
      en: values.description.en,
    },
    industry: code ? { version: 'TOL2008', code } : null,
    icnpSection: (values.icnpSection || null) as OrganisationInput['icnpSection'],
    themes: values.themes as OrganisationInput['themes'],
    sdgGoals: values.sdgGoals,
    targetGroups: values.targetGroups as OrganisationInput['targetGroups'],
    foundedYear: numberOf(values.foundedYear),
    status: values.status,
    criteria: {
      socialAimInStatutes: boolOf(c.socialAimInStatutes),
      socialAimText: c.socialAimText,
      impactPriority: numberOf(c.impactPriority),
      tradingIncomeBand: (c.tradingIncomeBand || null) as CriteriaInput['tradingIncomeBand'],
      profitDistributedPercent: numberOf(c.profitDistributedPercent),
      distributionCapInStatutes: boolOf(c.distributionCapInStatutes),
      assetLockInStatutes: boolOf(c.assetLockInStatutes),
      controlledByPublicBody: boolOf(c.controlledByPublicBody),
      governanceModel: (c.governanceModel || null) as CriteriaInput['governanceModel'],
      ownershipAndDistributionPublished: boolOf(c.ownershipAndDistributionPublished),
      employees: numberOf(c.employees),
      disadvantagedEmployees: numberOf(c.disadvantagedEmployees),
      partialWorkAbilityEmployees: numberOf(c.partialWorkAbilityEmployees),
    },
    recognitions: values.recognitions.map((r) => ({
      type: r.type as RecognitionInput['type'],
      since: isoDate(r.since),
      validUntil: isoDate(r.validUntil),
    })),
  };
}

export const statuses = organisationStatuses;
