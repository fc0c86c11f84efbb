import { z } from 'zod';
import {
  networkKinds,
  networkLimits,
  networkMemberRoles,
  networkSorts,
  networkStates,
} from '../network-fields.js';
import {
  csvList,
  emailAddress,
  nullableDate,
  optionalText,
  pageSchema,
  plainString,
  text,
  uniqueList,
  versionSchema,
  webAddress,
} from './primitives.js';
import {
  localizedOutputSchema,
  organisationRefSchema,
  placeSchema,
  revisionHistorySchema,
} from './refs.js';
import { regionCodeSchema } from './regions.js';

export {
  networkKinds,
  networkLimits,
  networkMemberRoles,
  networkSorts,
  networkStates,
} from '../network-fields.js';

const endBeforeStart = (d: { startDate?: string | null; endDate?: string | null }) =>
  Boolean(d.startDate && d.endDate && d.endDate < d.startDate);

/** A member's role and the time it has been (or was) a member. */
const membershipFields = {
  role: z.enum(networkMemberRoles),
  startDate: nullableDate(),
  endDate: nullableDate(),
};

export const networkMemberBodySchema = z
  .object({
    organisationId: z.uuid(),
    ...membershipFields,
    role: membershipFields.role.default('member'),
  })
  .superRefine((d, ctx) => {
    if (endBeforeStart(d)) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'date_range_invalid' });
    }
  })
  .meta({ description: 'An organisation joining the network' });
export type NetworkMemberBody = z.output<typeof networkMemberBodySchema>;

export const updateNetworkMemberBodySchema = z
  .object({ ...membershipFields, version: versionSchema })
  .partial({ role: true, startDate: true, endDate: true })
  .meta({ description: 'A member’s new role or dates, and the version they are based on' });

/** A contact for the network; name and address are shown to signed-in users only unless `public`. */
export const networkContactSchema = z.object({
  name: optionalText(networkLimits.shortText),
  email: emailAddress(),
  public: z.boolean().default(false),
});

const networkFields = {
  name: z.object({
    fi: text(networkLimits.name),
    sv: optionalText(networkLimits.name),
    en: optionalText(networkLimits.name),
  }),
  description: z
    .object({
      fi: optionalText(networkLimits.description),
      sv: optionalText(networkLimits.description),
      en: optionalText(networkLimits.description),
    })
    .partial(),
  kind: z.enum(networkKinds),
  /** Regions where it works; none for a national or international network. */
  regions: uniqueList(regionCodeSchema, 19),
  website: webAddress(networkLimits.shortText),
  contact: networkContactSchema.nullish().transform((v) => v ?? null),
};

/** The editable fields of a network: what a revision stores (members are kept apart). */
export const networkDataSchema = z
  .object({
    ...networkFields,
    description: networkFields.description.default({}),
    regions: networkFields.regions.default([]),
  })
  .meta({ description: 'The editable fields of a network' });
export type NetworkData = z.output<typeof networkDataSchema>;
export type NetworkInput = z.input<typeof networkDataSchema>;

export const createNetworkBodySchema = networkDataSchema
  .extend({
    members: z
      .array(networkMemberBodySchema)
      .max(networkLimits.initialMembers)
      .default([])
      .meta({ description: 'Members to add at once (more can be added one at a time)' }),
  })
  .meta({ description: 'A new network and, optionally, its first members' });
export type CreateNetworkBody = z.output<typeof createNetworkBodySchema>;

/** A partial change: any subset of the fields and the version it was based on. */
export const updateNetworkBodySchema = z
  .object(networkFields)
  .partial()
  .extend({ version: versionSchema });

const nullableString = z.string().nullable();

export const networkMemberSchema = z.object({
  organisation: organisationRefSchema,
  role: z.enum(networkMemberRoles),
  startDate: nullableString,
  endDate: nullableString,
  version: z.number().int(),
});
export type NetworkMember = z.infer<typeof networkMemberSchema>;

export const networkMemberListSchema = z.object({
  items: z.array(networkMemberSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const networkMemberListQuerySchema = z.object({
  role: z.enum(networkMemberRoles).optional(),
  page: pageSchema,
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const networkDetailSchema = z
  .object({
    id: z.uuid(),
    state: z.enum(networkStates),
    name: localizedOutputSchema.extend({ fi: z.string() }),
    description: localizedOutputSchema,
    kind: z.enum(networkKinds),
    regions: z.array(placeSchema),
    website: nullableString,
    contact: z
      .object({ name: nullableString, email: nullableString, public: z.boolean() })
      .nullable()
      .meta({
        description:
          'The contact person: null for readers who are not signed in, unless the person chose to publish it',
      }),
    memberCount: z.number().int(),
    /** The member organisations with the coordinator role. */
    coordinators: z.array(organisationRefSchema),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
    permissions: z.object({ edit: z.boolean(), moderate: z.boolean() }),
  })
  .meta({ id: 'Network' });
export type NetworkDetail = z.infer<typeof networkDetailSchema>;

export const networkSummarySchema = z
  .object({
    id: z.uuid(),
    name: localizedOutputSchema.extend({ fi: z.string() }),
    kind: z.enum(networkKinds),
    regions: z.array(placeSchema),
    memberCount: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'NetworkSummary' });
export type NetworkSummary = z.infer<typeof networkSummarySchema>;

export const networkSearchQuerySchema = z.object({
  q: plainString().trim().max(200).optional(),
  kind: csvList(z.enum(networkKinds)),
  region: csvList(regionCodeSchema),
  member: z.uuid().optional().meta({ description: 'Networks this organisation is a member of' }),
  sort: z.enum(networkSorts).optional(),
  page: pageSchema,
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type NetworkSearchQuery = z.infer<typeof networkSearchQuerySchema>;

const facetListSchema = z.array(z.object({ value: z.string(), count: z.number().int() }));

export const networkSearchResultSchema = z.object({
  items: z.array(networkSummarySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  facets: z.object({ kind: facetListSchema, region: facetListSchema }),
});
export type NetworkSearchResult = z.infer<typeof networkSearchResultSchema>;

export const networkHistorySchema = revisionHistorySchema(['create', 'update', 'restore'] as const);
