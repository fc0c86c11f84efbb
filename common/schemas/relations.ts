import { z } from 'zod';
import {
  csvList,
  nullableDate as nullableDateSchema,
  pageSchema,
  versionSchema,
} from './primitives.js';

/**
 * Kinds of typed relation between two organisations, read from `from` to `to`: "from is a member
 * of to", "from funds to", "from owns to" (to is its subsidiary), "from was spun off from to".
 * `partner_of` reads the same both ways.
 */
export const relationTypes = [
  'member_of',
  'partner_of',
  'funds',
  'supports',
  'owns',
  'spun_off_from',
] as const;
export type RelationType = (typeof relationTypes)[number];

/** Relations that read the same both ways: stored once, whichever side was named first. */
export const symmetricRelationTypes: readonly RelationType[] = ['partner_of'];

/**
 * proposed: one side (or a coordinator of one side) said so, and the other side has not yet
 * agreed; shown only to those who act for either side. confirmed: both sides agree; public.
 */
export const relationStates = ['proposed', 'confirmed'] as const;
export type RelationState = (typeof relationStates)[number];

const nullableDate = nullableDateSchema();

const dateRangeProblem = (d: { startDate?: string | null; endDate?: string | null }) =>
  d.startDate && d.endDate && d.endDate < d.startDate;

export const createRelationBodySchema = z
  .object({
    fromId: z.uuid(),
    toId: z.uuid(),
    type: z.enum(relationTypes),
    startDate: nullableDate,
    endDate: nullableDate,
  })
  .superRefine((d, ctx) => {
    if (d.fromId === d.toId) {
      ctx.addIssue({ code: 'custom', path: ['toId'], message: 'relation_to_itself' });
    }
    if (dateRangeProblem(d)) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'date_range_invalid' });
    }
  })
  .meta({ description: 'A relation between two published organisations' });
export type CreateRelationBody = z.output<typeof createRelationBodySchema>;

/** The dates are what changes; the sides and the kind make another relation. */
export const updateRelationBodySchema = z
  .object({
    startDate: nullableDate.optional(),
    endDate: nullableDate.optional(),
    version: versionSchema,
  })
  .meta({ description: 'New dates of a relation and the version they are based on' });

const relationSideSchema = z.object({ id: z.uuid(), name: z.string() });

export const relationSchema = z.object({
  id: z.uuid(),
  type: z.enum(relationTypes),
  from: relationSideSchema,
  to: relationSideSchema,
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  state: z.enum(relationStates),
  version: z.number().int(),
  updatedAt: z.string(),
  /** What the caller may do: change the dates or remove it; agree to it for the other side. */
  canEdit: z.boolean(),
  canConfirm: z.boolean(),
});
export type Relation = z.infer<typeof relationSchema>;

export const relationListQuerySchema = z.object({
  /** The relations of one organisation, both ways. */
  organisation: z.uuid().optional(),
  type: csvList(z.enum(relationTypes)).optional(),
  page: pageSchema,
  pageSize: z.coerce.number().int().min(1).max(100).default(50),
});
export type RelationListQuery = z.infer<typeof relationListQuerySchema>;

export const relationListSchema = z.object({
  items: z.array(relationSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type RelationList = z.infer<typeof relationListSchema>;
