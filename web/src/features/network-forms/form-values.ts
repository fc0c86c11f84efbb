import type { NetworkKind } from '../../../../common/network-fields.js';
import type { NetworkDetail } from '../../../../common/schemas/networks.js';
import { ApiError } from '../../app/api-client.js';
import type { FieldMessage } from '../../ui/form/field-errors.js';

/** The network form's values as typed. */
export interface NetworkFormValues {
  nameFi: string;
  nameSv: string;
  nameEn: string;
  descriptionFi: string;
  descriptionSv: string;
  descriptionEn: string;
  /** '' until chosen: the kind is a choice to make, not a default to accept. */
  kind: NetworkKind | '';
  regions: string[];
  website: string;
  contactName: string;
  contactEmail: string;
  contactPublic: boolean;
}

/** A problem of a field: a common field message, or the network form's own (`networks.form.errors`). */
export type NetworkProblem = FieldMessage | 'kindRequired';

/** Problems by API path (`name.fi`, `contact.email`). */
export type NetworkProblems = Record<string, NetworkProblem>;

export function emptyNetworkValues(): NetworkFormValues {
  return {
    nameFi: '',
    nameSv: '',
    nameEn: '',
    descriptionFi: '',
    descriptionSv: '',
    descriptionEn: '',
    kind: '',
    regions: [],
    website: '',
    contactName: '',
    contactEmail: '',
    contactPublic: false,
  };
}

export function valuesOf(n: NetworkDetail): NetworkFormValues {
  return {
    nameFi: n.name.fi,
    nameSv: n.name.sv ?? '',
    nameEn: n.name.en ?? '',
    descriptionFi: n.description.fi ?? '',
    descriptionSv: n.description.sv ?? '',
    descriptionEn: n.description.en ?? '',
    kind: n.kind,
    regions: n.regions.map((r) => r.code),
    website: n.website ?? '',
    contactName: n.contact?.name ?? '',
    contactEmail: n.contact?.email ?? '',
    contactPublic: n.contact?.public ?? false,
  };
}

const orNull = (v: string) => v.trim() || null;

/** The API body of the values: every field, so that an edit replaces them all. */
export function bodyOf(v: NetworkFormValues) {
  const contact =
    v.contactName.trim() || v.contactEmail.trim()
      ? { name: orNull(v.contactName), email: orNull(v.contactEmail), public: v.contactPublic }
      : null;
  return {
    name: { fi: v.nameFi.trim(), sv: orNull(v.nameSv), en: orNull(v.nameEn) },
    description: {
      fi: orNull(v.descriptionFi),
      sv: orNull(v.descriptionSv),
      en: orNull(v.descriptionEn),
    },
    kind: v.kind,
    regions: v.regions,
    website: orNull(v.website),
    contact,
  };
}

/** Checks before sending, with the same rules as the API. */
export function checkNetwork(v: NetworkFormValues): NetworkProblems {
  const problems: NetworkProblems = {};
  const body = bodyOf(v);
  if (!body.name.fi) problems['name.fi'] = 'titleRequired';
  if (!body.kind) problems.kind = 'kindRequired';
  if (body.website && !/^https?:\/\/[^\s.]+\.[^\s]+$/i.test(body.website))
    problems.website = 'websiteFormat';
  if (body.contact?.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(body.contact.email))
    problems['contact.email'] = 'emailFormat';
  return problems;
}

const byPath: [RegExp, NetworkProblem][] = [
  [/^name\.fi$/, 'titleRequired'],
  [/^website$/, 'websiteFormat'],
  [/^contact\.email$/, 'emailFormat'],
];

/** Where a problem of the API's path is shown: an unknown region on the regions. */
const formPath = (path: string) => (path.startsWith('regions.') ? 'regions' : path);

/** The API's field problems of a refused network, or undefined when it was not about fields. */
export function serverProblems(error: unknown): NetworkProblems | undefined {
  if (!(error instanceof ApiError) || error.code !== 'invalid_request') return undefined;
  const fields = (error.details?.fields ?? []) as { path?: unknown }[];
  const problems: NetworkProblems = {};
  for (const f of fields) {
    if (typeof f.path !== 'string') continue;
    problems[formPath(f.path)] ??=
      byPath.find(([re]) => re.test(String(f.path)))?.[1] ?? 'checkField';
  }
  return Object.keys(problems).length > 0 ? problems : undefined;
}

/** The id of a field's input from its path: `contact.email` → `network-contact-email`. */
export const networkFieldId = (path: string) => `network-${path.replace(/\./g, '-')}`;
