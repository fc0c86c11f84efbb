import type { PartnerRole, ProjectStatus } from '../../../../common/project-fields.js';
import type { ProjectDetail } from '../../../../common/schemas/projects.js';
import { ApiError } from '../../app/api-client.js';
import { displayDate, isoDate } from '../../ui/form/dates.js';
import type { FieldMessage } from '../../ui/form/field-errors.js';

export interface PartnerValue {
  organisationId: string;
  name: string;
  role: PartnerRole;
}

/** The project form's values as typed (dates d.M.yyyy, amounts as text). */
export interface ProjectFormValues {
  titleFi: string;
  titleSv: string;
  titleEn: string;
  descriptionFi: string;
  descriptionSv: string;
  descriptionEn: string;
  status: ProjectStatus;
  startDate: string;
  endDate: string;
  fundingProgramme: string;
  budget: string;
  publicFunding: string;
  regions: string[];
  national: boolean;
  partners: PartnerValue[];
  goals: number[];
  website: string;
  contactName: string;
  contactEmail: string;
  contactPublic: boolean;
  euraCode: string;
  euraPriority: string;
  euraObjective: string;
  euraAuthority: string;
}

/** Problems by API path (`title.fi`, `partners.1.organisationId` is shown on `partners.1`). */
export type ProjectProblems = Record<string, FieldMessage>;

export function emptyProjectValues(lead?: { id: string; name: string }): ProjectFormValues {
  return {
    titleFi: '',
    titleSv: '',
    titleEn: '',
    descriptionFi: '',
    descriptionSv: '',
    descriptionEn: '',
    status: 'planned',
    startDate: '',
    endDate: '',
    fundingProgramme: '',
    budget: '',
    publicFunding: '',
    regions: [],
    national: false,
    partners: lead ? [{ organisationId: lead.id, name: lead.name, role: 'lead' }] : [],
    goals: [],
    website: '',
    contactName: '',
    contactEmail: '',
    contactPublic: false,
    euraCode: '',
    euraPriority: '',
    euraObjective: '',
    euraAuthority: '',
  };
}

const euroText = (n: number | null) => (n === null ? '' : String(n).replace('.', ','));

export function valuesOf(p: ProjectDetail): ProjectFormValues {
  return {
    titleFi: p.title.fi,
    titleSv: p.title.sv ?? '',
    titleEn: p.title.en ?? '',
    descriptionFi: p.description.fi ?? '',
    descriptionSv: p.description.sv ?? '',
    descriptionEn: p.description.en ?? '',
    status: p.status,
    startDate: displayDate(p.startDate),
    endDate: displayDate(p.endDate),
    fundingProgramme: p.fundingProgramme ?? '',
    budget: euroText(p.budget),
    publicFunding: euroText(p.publicFunding),
    regions: p.regions.map((r) => r.code),
    national: p.national,
    partners: p.partners.map((x) => ({
      organisationId: x.organisation.id,
      name: x.organisation.name,
      role: x.role,
    })),
    goals: p.goals,
    website: p.website ?? '',
    contactName: p.contact?.name ?? '',
    contactEmail: p.contact?.email ?? '',
    contactPublic: p.contact?.public ?? false,
    euraCode: p.eura?.code ?? '',
    euraPriority: p.eura?.priority ?? '',
    euraObjective: p.eura?.specificObjective ?? '',
    euraAuthority: p.eura?.authority ?? '',
  };
}

/** An amount as typed (spaces, a decimal comma); NaN when it is no amount. */
function euros(typed: string): number | null {
  const value = typed
    .trim()
    .replace(/[\s\u00a0]/g, '')
    .replace(',', '.');
  if (!value) return null;
  return /^\d+(\.\d{1,2})?$/.test(value) ? Number(value) : Number.NaN;
}

const orNull = (v: string) => v.trim() || null;

/** The API body of the values (fields the form does not show are left as they are). */
export function bodyOf(v: ProjectFormValues) {
  const contact =
    v.contactName.trim() || v.contactEmail.trim()
      ? { name: orNull(v.contactName), email: orNull(v.contactEmail), public: v.contactPublic }
      : null;
  const eura = [v.euraCode, v.euraPriority, v.euraObjective, v.euraAuthority].some((x) => x.trim())
    ? {
        code: orNull(v.euraCode),
        priority: orNull(v.euraPriority),
        specificObjective: orNull(v.euraObjective),
        authority: orNull(v.euraAuthority),
      }
    : null;
  return {
    title: { fi: v.titleFi.trim(), sv: orNull(v.titleSv), en: orNull(v.titleEn) },
    description: {
      fi: orNull(v.descriptionFi),
      sv: orNull(v.descriptionSv),
      en: orNull(v.descriptionEn),
    },
    status: v.status,
    startDate: isoDate(v.startDate),
    endDate: isoDate(v.endDate),
    fundingProgramme: v.fundingProgramme || null,
    budget: euros(v.budget),
    publicFunding: euros(v.publicFunding),
    regions: v.national ? [] : v.regions,
    national: v.national,
    partners: v.partners.map((p) => ({ organisationId: p.organisationId, role: p.role })),
    goals: v.goals,
    website: orNull(v.website),
    contact,
    eura,
  };
}

const isIso = (d: string | null) => d === null || /^\d{4}-\d{2}-\d{2}$/.test(d);

/** Checks before sending, with the same rules as the API. */
export function checkProject(v: ProjectFormValues): ProjectProblems {
  const problems: ProjectProblems = {};
  const body = bodyOf(v);
  if (!body.title.fi) problems['title.fi'] = 'titleRequired';
  if (!isIso(body.startDate)) problems.startDate = 'dateFormat';
  if (!isIso(body.endDate)) problems.endDate = 'dateFormat';
  else if (body.startDate && body.endDate && isIso(body.startDate) && body.endDate < body.startDate)
    problems.endDate = 'dateOrder';
  if (Number.isNaN(body.budget)) problems.budget = 'amountFormat';
  if (Number.isNaN(body.publicFunding)) problems.publicFunding = 'amountFormat';
  if (!body.national && body.regions.length === 0) problems.regions = 'regionRequired';
  if (body.partners.filter((p) => p.role === 'lead').length !== 1)
    problems.partners = 'leadRequired';
  if (body.website && !/^https?:\/\/[^\s.]+\.[^\s]+$/i.test(body.website))
    problems.website = 'websiteFormat';
  if (body.contact?.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(body.contact.email))
    problems['contact.email'] = 'emailFormat';
  return problems;
}

const byCode: Record<string, FieldMessage> = {
  date_range_invalid: 'dateOrder',
  project_region_required: 'regionRequired',
  project_lead_required: 'leadRequired',
  partner_not_published: 'partnerNotPublished',
};
const byPath: [RegExp, FieldMessage][] = [
  [/^title\.fi$/, 'titleRequired'],
  [/^(startDate|endDate)$/, 'dateFormat'],
  [/^(budget|publicFunding)$/, 'amountFormat'],
  [/^website$/, 'websiteFormat'],
  [/^contact\.email$/, 'emailFormat'],
];

/** Where a problem of the API's path is shown: a partner's problems on the partner's row. */
export function formPath(path: string): string {
  const partner = /^partners\.(\d+)/.exec(path);
  return partner ? `partners.${partner[1]}` : path;
}

/** The API's field problems of a refused project, or undefined when it was not about fields. */
export function serverProblems(error: unknown): ProjectProblems | undefined {
  if (!(error instanceof ApiError)) return undefined;
  if (error.code === 'duplicate_partner') return { partners: 'duplicatePartner' };
  if (error.code === 'invalid_request' || error.status === 400) {
    const fields = (error.details?.fields ?? []) as {
      path?: string;
      code?: string;
      message?: string;
    }[];
    const problems: ProjectProblems = {};
    for (const f of fields) {
      if (typeof f.path !== 'string') continue;
      const path = formPath(f.path);
      problems[path] ??=
        byCode[f.code ?? ''] ??
        byCode[f.message ?? ''] ??
        byPath.find(([re]) => re.test(f.path ?? ''))?.[1] ??
        'checkField';
    }
    return Object.keys(problems).length > 0 ? problems : undefined;
  }
  return undefined;
}

/** The id of a field's input from its path: `contact.email` → `project-contact-email`. */
export const projectFieldId = (path: string) => `project-${path.replace(/\./g, '-')}`;
