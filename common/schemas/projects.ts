import { z } from 'zod';
import { codes } from '../organisations.js';
import {
  fundingProgrammes,
  partnerRoles,
  programmeGoals,
  projectLimits,
  projectSorts,
  projectStates,
  projectStatuses,
} from '../project-fields.js';
import {
  csvList,
  emailAddress,
  isoDate,
  nullableDate as nullableDateSchema,
  optionalText,
  pageSchema,
  plainString,
  text,
  uniqueList as uniqueListOf,
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
  fundingProgrammes,
  partnerRoles,
  programmeGoals,
  projectLimits,
  projectSorts,
  projectStates,
  projectStatuses,
} from '../project-fields.js';

const dateSchema = isoDate();
const nullableDate = nullableDateSchema();
const uniqueList = <T extends z.ZodType>(item: T, max: number = projectLimits.listItems) =>
  uniqueListOf(item, max);

/** Euros with at most two decimals (cents); null = not known. */
const euros = z
  .number()
  .min(0)
  .max(projectLimits.money)
  .transform((v) => Math.round(v * 100) / 100)
  .nullish()
  .transform((v) => v ?? null);

export const projectPartnerSchema = z.object({
  organisationId: z.uuid(),
  role: z.enum(partnerRoles),
});
export type ProjectPartner = z.infer<typeof projectPartnerSchema>;

/**
 * The fields of the public records of EU structural-fund projects (EURA 2021): the code, the
 * priority and specific objective, and the responsible authority. The applicant and
 * co-implementers are the project's partners (lead and co-implementers).
 */
export const euraFieldsSchema = z.object({
  code: optionalText(40),
  priority: optionalText(projectLimits.shortText),
  specificObjective: optionalText(projectLimits.shortText),
  authority: optionalText(projectLimits.shortText),
});

/** A contact person; name and address are shown to signed-in users only unless `public`. */
export const projectContactSchema = z.object({
  name: optionalText(projectLimits.shortText),
  email: emailAddress(),
  public: z.boolean().default(false),
});

const projectFields = {
  title: z.object({
    fi: text(projectLimits.title),
    sv: optionalText(projectLimits.title),
    en: optionalText(projectLimits.title),
  }),
  description: z
    .object({
      fi: optionalText(projectLimits.description),
      sv: optionalText(projectLimits.description),
      en: optionalText(projectLimits.description),
    })
    .partial(),
  status: z.enum(projectStatuses),
  startDate: nullableDate,
  endDate: nullableDate,
  fundingProgramme: z
    .enum(fundingProgrammes)
    .nullish()
    .transform((v) => v ?? null),
  budget: euros,
  publicFunding: euros,
  regions: uniqueList(regionCodeSchema, 19),
  national: z.boolean(),
  partners: z.array(projectPartnerSchema).min(1).max(projectLimits.partners),
  goals: uniqueList(z.number().int().min(1).max(programmeGoals.length), programmeGoals.length),
  themes: uniqueList(z.enum(codes.themes)),
  sdgGoals: uniqueList(z.number().int().min(1).max(17)),
  website: webAddress(projectLimits.shortText),
  contact: projectContactSchema.nullish().transform((v) => v ?? null),
  eura: euraFieldsSchema.nullish().transform((v) => v ?? null),
};

type Checked = {
  startDate?: string | null;
  endDate?: string | null;
  regions?: string[];
  national?: boolean;
  partners?: { role: string }[];
};

/**
 * The rules between fields, with the field they concern and a stable code: the end not before the
 * start, a place (regions or national), and exactly one lead partner.
 */
export function projectRuleProblems(d: Checked): { path: string; code: string }[] {
  const problems: { path: string; code: string }[] = [];
  if (d.startDate && d.endDate && d.endDate < d.startDate) {
    problems.push({ path: 'endDate', code: 'date_range_invalid' });
  }
  if (d.regions !== undefined && d.national !== undefined && !d.national && !d.regions.length) {
    problems.push({ path: 'regions', code: 'project_region_required' });
  }
  if (d.partners && d.partners.filter((p) => p.role === 'lead').length !== 1) {
    problems.push({ path: 'partners', code: 'project_lead_required' });
  }
  return problems;
}

/** The editable fields of a project: what a revision stores. */
export const projectDataSchema = z
  .object({
    ...projectFields,
    description: projectFields.description.default({}),
    status: projectFields.status.default('planned'),
    regions: projectFields.regions.default([]),
    national: projectFields.national.default(false),
    goals: projectFields.goals.default([]),
    themes: projectFields.themes.default([]),
    sdgGoals: projectFields.sdgGoals.default([]),
  })
  .superRefine((d, ctx) => {
    for (const p of projectRuleProblems(d)) {
      ctx.addIssue({ code: 'custom', path: [p.path], message: p.code });
    }
  })
  .meta({ description: 'The editable fields of a project' });
export type ProjectData = z.output<typeof projectDataSchema>;
export type ProjectInput = z.input<typeof projectDataSchema>;

/** A partial change: any subset of the fields and the version it was based on. */
export const updateProjectBodySchema = z
  .object(projectFields)
  .partial()
  .extend({ version: versionSchema });

const nullableString = z.string().nullable();
const localizedOutput = localizedOutputSchema;

export const projectDetailSchema = z
  .object({
    id: z.uuid(),
    state: z.enum(projectStates),
    title: localizedOutput.extend({ fi: z.string() }),
    description: localizedOutput,
    status: z.enum(projectStatuses),
    startDate: nullableString,
    endDate: nullableString,
    fundingProgramme: z.enum(fundingProgrammes).nullable(),
    budget: z.number().nullable(),
    publicFunding: z.number().nullable(),
    regions: z.array(placeSchema),
    national: z.boolean(),
    partners: z.array(
      z.object({ organisation: organisationRefSchema, role: z.enum(partnerRoles) }),
    ),
    goals: z.array(z.number().int()),
    themes: z.array(z.string()),
    sdgGoals: z.array(z.number().int()),
    website: nullableString,
    /** The logo's address (with its version), or null. */
    logoUrl: nullableString,
    contact: z
      .object({ name: nullableString, email: nullableString, public: z.boolean() })
      .nullable()
      .meta({
        description:
          'The contact person: null for readers who are not signed in, unless the person chose to publish it',
      }),
    eura: z
      .object({
        code: nullableString,
        priority: nullableString,
        specificObjective: nullableString,
        authority: nullableString,
      })
      .nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
    permissions: z.object({ edit: z.boolean(), moderate: z.boolean() }),
    demo: z.boolean(),
  })
  .meta({ id: 'Project' });
export type ProjectDetail = z.infer<typeof projectDetailSchema>;

export const projectSummarySchema = z
  .object({
    id: z.uuid(),
    state: z.enum(projectStates),
    title: localizedOutput.extend({ fi: z.string() }),
    status: z.enum(projectStatuses),
    startDate: nullableString,
    endDate: nullableString,
    fundingProgramme: z.enum(fundingProgrammes).nullable(),
    regions: z.array(placeSchema),
    national: z.boolean(),
    lead: organisationRefSchema.nullable(),
    partnerCount: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'ProjectSummary' });
export type ProjectSummary = z.infer<typeof projectSummarySchema>;

/** Filters of the project list; lists are comma-separated or repeated parameters. */
export const projectFiltersSchema = z.object({
  q: plainString().trim().max(200).optional(),
  region: csvList(regionCodeSchema),
  status: csvList(z.enum(projectStatuses)),
  fundingProgramme: csvList(z.enum(fundingProgrammes)),
  goal: csvList(z.coerce.number().int().min(1).max(programmeGoals.length)),
  theme: csvList(z.enum(codes.themes)),
  partner: z.uuid().optional().meta({ description: 'Projects this organisation takes part in' }),
  network: z
    .uuid()
    .optional()
    .meta({ description: 'Projects in which a member of this network takes part' }),
  activeFrom: dateSchema
    .optional()
    .meta({ description: 'Projects not ended before this date (YYYY-MM-DD)' }),
  activeTo: dateSchema
    .optional()
    .meta({ description: 'Projects not started after this date (YYYY-MM-DD)' }),
});
export type ProjectFilters = z.infer<typeof projectFiltersSchema>;

export const projectSearchQuerySchema = projectFiltersSchema
  .extend({
    sort: z.enum(projectSorts).optional(),
    page: pageSchema,
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
    facets: z
      .enum(['true', 'false'])
      .default('true')
      .meta({ description: 'false: no facet counts (empty lists), for plain lists' }),
  })
  .superRefine((q, ctx) => {
    if (q.activeFrom && q.activeTo && q.activeTo < q.activeFrom) {
      ctx.addIssue({ code: 'custom', path: ['activeTo'], message: 'date_range_invalid' });
    }
  });
export type ProjectSearchQuery = z.infer<typeof projectSearchQuerySchema>;

const facetListSchema = z.array(z.object({ value: z.string(), count: z.number().int() }));

export const projectSearchResultSchema = z.object({
  items: z.array(projectSummarySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  facets: z.object({
    region: facetListSchema,
    status: facetListSchema,
    fundingProgramme: facetListSchema,
    goal: facetListSchema,
    theme: facetListSchema,
  }),
});
export type ProjectSearchResult = z.infer<typeof projectSearchResultSchema>;

export const projectHistorySchema = revisionHistorySchema([
  'create',
  'update',
  'restore',
  'import',
] as const);

export const projectDecisionBodySchema = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('approve') }),
  z.object({ decision: z.literal('reject'), reason: text(projectLimits.reason) }),
]);

/** Project proposals for a coordinator, with their state. */
export const projectRequestListSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.uuid(),
        state: z.enum(['pending', 'approved', 'rejected']),
        project: z.object({ id: z.uuid(), title: z.string(), regions: z.array(z.string()) }),
        requester: z.object({ name: z.string(), email: z.string() }).nullable(),
        reason: z.string().nullable(),
        createdAt: z.string(),
        decidedAt: z.string().nullable(),
      }),
    ),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .meta({ id: 'ProjectRequestList' });
export type ProjectRequestList = z.infer<typeof projectRequestListSchema>;
