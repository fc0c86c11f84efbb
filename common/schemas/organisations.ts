import { z } from 'zod';
import { isValidBusinessId } from '../business-id.js';
import { languages } from '../languages.js';
import {
  definitionIds,
  facetNames,
  memberRoles,
  organisationLimits,
  organisationStates,
  organisationStatuses,
  searchSorts,
  tradingIncomeBands,
} from '../organisation-fields.js';
import { codes } from '../organisations.js';
import {
  bigintIdSchema,
  csvList,
  emailAddress,
  optionalText,
  pageSchema,
  phoneNumber,
  plainString,
  text,
  versionSchema,
  webAddress,
} from './primitives.js';
import { referenceNameSchema } from './regions.js';

// The field constants live without zod (the web app's first download uses them); re-exported for
// the schemas' users.
export {
  definitionIds,
  type FacetName,
  facetNames,
  type MemberRole,
  memberRoles,
  organisationLimits,
  organisationStates,
  organisationStatuses,
  searchSorts,
  tradingIncomeBands,
} from '../organisation-fields.js';

export const businessIdSchema = plainString()
  .trim()
  .refine(isValidBusinessId, { message: 'business_id_invalid' })
  .meta({ description: 'Finnish business ID (Y-tunnus), e.g. 2617416-4' });

const dateSchema = z.iso.date();

export const criteriaSchema = z
  .object({
    socialAimInStatutes: z.boolean().nullable().default(null),
    socialAimText: optionalText(organisationLimits.socialAimText),
    impactPriority: z.number().int().min(1).max(5).nullable().default(null),
    tradingIncomeBand: z.enum(tradingIncomeBands).nullable().default(null),
    profitDistributedPercent: z.number().min(0).max(100).nullable().default(null),
    distributionCapInStatutes: z.boolean().nullable().default(null),
    assetLockInStatutes: z.boolean().nullable().default(null),
    controlledByPublicBody: z.boolean().nullable().default(null),
    governanceModel: z.enum(codes.governanceModels).nullable().default(null),
    ownershipAndDistributionPublished: z.boolean().nullable().default(null),
    employees: z.number().int().min(0).max(1_000_000).nullable().default(null),
    disadvantagedEmployees: z.number().int().min(0).max(1_000_000).nullable().default(null),
    partialWorkAbilityEmployees: z.number().int().min(0).max(1_000_000).nullable().default(null),
  })
  // No component id: with defaults its input and output differ, which OpenAPI components cannot.
  .meta({ description: 'Raw criteria; null = not known' });
export type Criteria = z.infer<typeof criteriaSchema>;

export const recognitionSchema = z.object({
  type: z.enum(codes.recognitions),
  since: dateSchema.nullish().transform((v) => v ?? null),
  validUntil: dateSchema.nullish().transform((v) => v ?? null),
});

const localizedOptional = z
  .object({
    fi: optionalText(organisationLimits.description),
    sv: optionalText(organisationLimits.description),
    en: optionalText(organisationLimits.description),
  })
  .partial();

const uniqueList = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .max(organisationLimits.listItems)
    .transform((a) => [...new Set(a)] as z.infer<T>[]);

const organisationFields = {
  name: text(organisationLimits.name),
  nameSv: optionalText(organisationLimits.name),
  nameEn: optionalText(organisationLimits.name),
  businessId: businessIdSchema.nullish().transform((v) => v ?? null),
  actorTypes: uniqueList(z.enum(codes.actorTypes)),
  legalForm: z
    .enum(codes.legalForms)
    .nullish()
    .transform((v) => v ?? null),
  municipality: plainString()
    .regex(/^\d{3}$/)
    .nullish()
    .transform((v) => v ?? null)
    .meta({ description: 'Municipality code of Statistics Finland' }),
  postalCode: plainString()
    .regex(/^\d{5}$/)
    .nullish()
    .transform((v) => v ?? null),
  streetAddress: optionalText(organisationLimits.shortText),
  website: webAddress(organisationLimits.shortText),
  email: emailAddress(),
  phone: phoneNumber(),
  description: localizedOptional,
  industry: z
    .object({
      version: z.literal('TOL2008').default('TOL2008'),
      code: plainString().trim().toUpperCase().max(6),
    })
    .nullish()
    .transform((v) => v ?? null),
  icnpSection: z
    .enum(codes.icnpSections)
    .nullish()
    .transform((v) => v ?? null),
  themes: uniqueList(z.enum(codes.themes)),
  sdgGoals: uniqueList(z.number().int().min(1).max(17)),
  targetGroups: uniqueList(z.enum(codes.targetGroups)),
  foundedYear: z
    .number()
    .int()
    .min(1800)
    .max(2100)
    .nullish()
    .transform((v) => v ?? null),
  status: z.enum(organisationStatuses),
  criteria: criteriaSchema,
  recognitions: z.array(recognitionSchema).max(10),
};

/** The editable fields of an organisation: what a revision stores. */
export const organisationDataSchema = z
  .object({
    ...organisationFields,
    actorTypes: organisationFields.actorTypes.default([]),
    description: organisationFields.description.default({}),
    themes: organisationFields.themes.default([]),
    sdgGoals: organisationFields.sdgGoals.default([]),
    targetGroups: organisationFields.targetGroups.default([]),
    status: organisationFields.status.default('active'),
    criteria: organisationFields.criteria.default(criteriaSchema.parse({})),
    recognitions: organisationFields.recognitions.default([]),
  })
  .meta({ description: 'The editable fields of an organisation' });
export type OrganisationData = z.output<typeof organisationDataSchema>;
export type OrganisationInput = z.input<typeof organisationDataSchema>;

/** The same fields as stored and answered (no input transforms: responses are encoded with it). */
const nullableString = z.string().nullable();
export const organisationDataOutputSchema = z.object({
  name: z.string(),
  nameSv: nullableString,
  nameEn: nullableString,
  businessId: nullableString,
  actorTypes: z.array(z.string()),
  legalForm: nullableString,
  municipality: nullableString,
  postalCode: nullableString,
  streetAddress: nullableString,
  website: nullableString,
  email: nullableString,
  phone: nullableString,
  description: z.object({
    fi: nullableString.optional(),
    sv: nullableString.optional(),
    en: nullableString.optional(),
  }),
  industry: z.object({ version: z.string(), code: z.string() }).nullable(),
  icnpSection: nullableString,
  themes: z.array(z.string()),
  sdgGoals: z.array(z.number().int()),
  targetGroups: z.array(z.string()),
  foundedYear: z.number().int().nullable(),
  status: z.enum(organisationStatuses),
  criteria: z.object({
    socialAimInStatutes: z.boolean().nullable(),
    socialAimText: nullableString,
    impactPriority: z.number().int().nullable(),
    tradingIncomeBand: z.enum(tradingIncomeBands).nullable(),
    profitDistributedPercent: z.number().nullable(),
    distributionCapInStatutes: z.boolean().nullable(),
    assetLockInStatutes: z.boolean().nullable(),
    controlledByPublicBody: z.boolean().nullable(),
    governanceModel: nullableString,
    ownershipAndDistributionPublished: z.boolean().nullable(),
    employees: z.number().int().nullable(),
    disadvantagedEmployees: z.number().int().nullable(),
    partialWorkAbilityEmployees: z.number().int().nullable(),
  }),
  recognitions: z.array(
    z.object({ type: z.string(), since: nullableString, validUntil: nullableString }),
  ),
});

export const createOrganisationBodySchema = organisationDataSchema.extend({
  /** Set when the user has seen the similar-name warning and goes on anyway. */
  acknowledgeSimilar: z.boolean().default(false),
});

/** A partial change: any subset of the fields plus the version the change was based on. */
export const updateOrganisationBodySchema = z
  .object(organisationFields)
  .partial()
  .extend({ version: versionSchema });

const placeSchema = z.object({ code: z.string(), name: referenceNameSchema });

const criterionResultSchema = z.object({ id: z.string(), met: z.boolean().nullable() });
const definitionResultSchema = z.object({
  meets: z.boolean().nullable(),
  criteria: z.array(criterionResultSchema),
});
export const classificationSchema = z
  .object({
    version: z.string(),
    euOperational: definitionResultSchema,
    esem: definitionResultSchema,
    wef: definitionResultSchema,
    finnishMark: definitionResultSchema,
    workIntegration: definitionResultSchema,
    icsemModel: z.enum(['ENP', 'SCOOP', 'SB', 'PSE']).nullable(),
  })
  .meta({ id: 'Classification', description: 'Derived from the criteria; never typed in' });

export const organisationPermissionsSchema = z.object({
  edit: z.boolean(),
  manageMembers: z.boolean(),
  moderate: z.boolean(),
  requestToRepresent: z.boolean(),
});

export const organisationDetailSchema = organisationDataOutputSchema
  .omit({ municipality: true })
  .extend({
    id: z.uuid(),
    state: z.enum(organisationStates),
    family: z.string().nullable(),
    municipality: placeSchema.nullable(),
    region: placeSchema.nullable(),
    industrySection: z.string().nullable(),
    classification: classificationSchema,
    logoUrl: z.string().nullable(),
    confirmedAt: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
    myRole: z.enum(memberRoles).nullable(),
    permissions: organisationPermissionsSchema,
    demo: z.boolean().meta({ description: 'Made up for the demo registry (npm run demo:load)' }),
  })
  .meta({ id: 'Organisation' });
export type OrganisationDetail = z.infer<typeof organisationDetailSchema>;

export const organisationSummarySchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    nameSv: z.string().nullable(),
    nameEn: z.string().nullable(),
    businessId: z.string().nullable(),
    actorTypes: z.array(z.string()),
    legalForm: z.string().nullable(),
    family: z.string().nullable(),
    municipality: placeSchema.nullable(),
    region: placeSchema.nullable(),
    status: z.enum(organisationStatuses),
    description: z.object({
      fi: z.string().nullable().optional(),
      sv: z.string().nullable().optional(),
      en: z.string().nullable().optional(),
    }),
    meets: z.array(z.enum(definitionIds)),
    logoUrl: z.string().nullable(),
    updatedAt: z.string(),
  })
  .meta({ id: 'OrganisationSummary' });
export type OrganisationSummary = z.infer<typeof organisationSummarySchema>;

/** Filters of the directory; lists are comma-separated or repeated parameters. */
export const organisationFiltersSchema = z.object({
  q: plainString().trim().max(200).optional(),
  region: csvList(z.string().regex(/^\d{2}$/)),
  municipality: csvList(z.string().regex(/^\d{3}$/)),
  actorType: csvList(z.enum(codes.actorTypes)),
  family: csvList(z.enum(codes.families)),
  legalForm: csvList(z.enum(codes.legalForms)),
  tolSection: csvList(z.string().regex(/^[A-U]$/)),
  theme: csvList(z.enum(codes.themes)),
  sdg: csvList(z.coerce.number().int().min(1).max(17)),
  targetGroup: csvList(z.enum(codes.targetGroups)),
  recognition: csvList(z.enum(codes.recognitions)),
  meets: csvList(z.enum(definitionIds)),
  status: csvList(z.enum(organisationStatuses)),
  partialWorkAbility: z.enum(['true']).optional(),
  network: z
    .uuid()
    .optional()
    .meta({ description: 'Members of this network only (a network’s sub-portal)' }),
});
export type OrganisationFilters = z.infer<typeof organisationFiltersSchema>;

export const organisationSearchQuerySchema = organisationFiltersSchema.extend({
  sort: z.enum(searchSorts).optional(),
  page: pageSchema,
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  facets: z.enum(['true', 'false']).default('true'),
});

const facetValuesSchema = z.array(z.object({ value: z.string(), count: z.number().int() }));
export const organisationSearchResultSchema = z
  .object({
    items: z.array(organisationSummarySchema),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    sort: z.enum(searchSorts),
    facets: z.record(z.enum(facetNames), facetValuesSchema).optional(),
  })
  .meta({ id: 'OrganisationSearchResult' });
export type OrganisationSearchResult = z.infer<typeof organisationSearchResultSchema>;

/** The organisations the signed-in person represents, with their role and where each stands. */
export const myOrganisationsSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.uuid(),
        name: z.string(),
        state: z.enum(organisationStates),
        role: z.enum(memberRoles),
      }),
    ),
  })
  .meta({ id: 'MyOrganisations' });
export type MyOrganisations = z.infer<typeof myOrganisationsSchema>;

/** The registry at a glance, for the front page: how many, where, and the latest additions. */
export const registryOverviewSchema = z
  .object({
    organisations: z.number().int().meta({ description: 'Published organisations' }),
    regions: z.number().int().meta({ description: 'Regions with at least one of them' }),
    latest: z
      .array(organisationSummarySchema)
      .max(10)
      .meta({ description: 'The most recently added published organisations, newest first' }),
  })
  .meta({ id: 'RegistryOverview' });
export type RegistryOverview = z.infer<typeof registryOverviewSchema>;

/** Type-ahead suggestions for the search box: what the user has typed so far. */
export const suggestionsQuerySchema = z.object({
  q: plainString().trim().min(1).max(100),
  lang: z.enum(languages).default('fi'),
});

/** Organisations whose names start like the typed text, and glossary terms to search with. */
export const suggestionsSchema = z
  .object({
    items: z
      .array(
        z.discriminatedUnion('kind', [
          z.object({ kind: z.literal('organisation'), id: z.string(), label: z.string() }),
          z.object({ kind: z.literal('term'), label: z.string(), lang: z.enum(languages) }),
        ]),
      )
      .max(10),
  })
  .meta({ id: 'SearchSuggestions' });
export type Suggestions = z.infer<typeof suggestionsSchema>;

export const fieldChangeSchema = z.object({
  field: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});
export type FieldChange = z.infer<typeof fieldChangeSchema>;

export const revisionSchema = z
  .object({
    id: z.string(),
    version: z.number().int(),
    action: z.enum(['create', 'update', 'restore', 'merge', 'import', 'confirm']),
    at: z.string(),
    actor: z.string().nullable(),
    changes: z.array(fieldChangeSchema),
  })
  .meta({ id: 'OrganisationRevision' });
export const historySchema = z.object({
  items: z.array(revisionSchema),
  permissions: z.object({ restore: z.boolean() }),
});

export const similarOrganisationSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  municipality: z.string().nullable(),
  similarity: z.number(),
});
export const similarListSchema = z.object({
  items: z.array(similarOrganisationSchema),
  hidden: z.number().int().meta({
    description:
      'Similar proposals the caller may not see (waiting for a coordinator): counted, never named',
  }),
});

export const requestKinds = ['propose', 'represent'] as const;
export const moderationRequestSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(requestKinds),
    state: z.enum(['pending', 'approved', 'rejected']),
    organisation: z.object({
      id: z.uuid(),
      name: z.string(),
      municipality: placeSchema.nullable(),
      region: placeSchema.nullable(),
    }),
    requester: z.object({ name: z.string(), email: z.string() }).nullable(),
    message: z.string().nullable(),
    reason: z.string().nullable(),
    createdAt: z.string(),
    decidedAt: z.string().nullable(),
  })
  .meta({ id: 'ModerationRequest' });
export type ModerationRequest = z.infer<typeof moderationRequestSchema>;
export const moderationListSchema = z.object({
  items: z.array(moderationRequestSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export const decisionBodySchema = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('approve') }),
  z.object({
    decision: z.literal('reject'),
    reason: text(organisationLimits.reason),
  }),
]);
export const representBodySchema = z.object({
  message: optionalText(organisationLimits.reason),
});

export const memberSchema = z.object({
  userId: z.uuid(),
  name: z.string(),
  email: z.string(),
  role: z.enum(memberRoles),
  since: z.string(),
});
export const memberListSchema = z.object({
  items: z.array(memberSchema),
  invitations: z.array(
    z.object({
      id: z.string(),
      email: z.string(),
      role: z.enum(memberRoles),
      expiresAt: z.string(),
    }),
  ),
});
export const inviteBodySchema = z.object({
  email: plainString()
    .trim()
    .max(254)
    .email()
    .transform((e) => e.toLowerCase()),
  role: z.enum(memberRoles).default('editor'),
});

export const restoreBodySchema = z.object({
  revision: bigintIdSchema,
  version: versionSchema,
});
export const mergeBodySchema = z.object({
  /** The organisation that disappears into this one. */
  duplicateId: z.uuid(),
});

/** Published profiles not confirmed for 12 months (for coordinators). */
export const unconfirmedListSchema = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      regionCode: z.string().nullable(),
      confirmedAt: z.string(),
      reminderSentAt: z.string().nullable(),
    }),
  ),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
