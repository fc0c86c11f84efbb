import { z } from 'zod';
import { networkSummarySchema } from './networks.js';
import { projectSummarySchema } from './projects.js';
import { referenceNameSchema } from './regions.js';

const facetListSchema = z.array(z.object({ value: z.string(), count: z.number().int() }));

/** A region's ecosystem at a glance: its organisations counted, its projects and networks. */
export const ecosystemSchema = z
  .object({
    region: z.object({ code: z.string(), name: referenceNameSchema }),
    organisations: z.object({
      total: z.number().int(),
      actorType: facetListSchema,
      family: facetListSchema,
      /** Social enterprises by the definition they meet (one organisation may meet several). */
      meets: facetListSchema,
    }),
    projects: z.object({
      /** Published projects placed in the region, by status. */
      status: facetListSchema,
      /** Running ones, the latest started first (at most 10). */
      running: z.array(projectSummarySchema),
      runningTotal: z.number().int(),
    }),
    networks: z.object({
      /** Networks placed in the region or with members in it. */
      total: z.number().int(),
      /** The ones with most members in the region first (at most 20). */
      items: z.array(networkSummarySchema.extend({ membersInRegion: z.number().int() })),
    }),
    /** Coordinators of the region who chose to publish their contact, by name. */
    contacts: z.array(
      z.object({
        name: z.string(),
        title: z.string().nullable(),
        email: z.string(),
        phone: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'Ecosystem' });
export type Ecosystem = z.infer<typeof ecosystemSchema>;

export const graphNodeKinds = ['organisation', 'project', 'network'] as const;
export const graphEdgeKinds = ['project', 'network', 'relation'] as const;

/** Node ids carry their kind: `o:<uuid>`, `p:<uuid>`, `n:<uuid>`. */
export const graphNodeIdSchema = z
  .string()
  .regex(/^[opn]:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);

export const graphQuerySchema = z.object({
  /** The most connected nodes, at most this many. */
  limit: z.coerce.number().int().min(1).max(300).default(100),
  /** A node to expand: it and its neighbours (at most `limit`) instead of the whole region. */
  focus: graphNodeIdSchema.optional(),
});
export type GraphQuery = z.infer<typeof graphQuerySchema>;

export const graphSchema = z
  .object({
    nodes: z.array(
      z.object({
        id: z.string(),
        kind: z.enum(graphNodeKinds),
        label: z.string(),
        /** Links of the node in the whole region (also those not sent). */
        degree: z.number().int(),
      }),
    ),
    edges: z.array(
      z.object({
        source: z.string(),
        target: z.string(),
        /** project: a partner of a project; network: a member; relation: between organisations. */
        kind: z.enum(graphEdgeKinds),
        /** The partner's or member's role, or the relation's type (read source → target). */
        role: z.string(),
      }),
    ),
    /** Connected nodes in the region in all, and whether some were left out. */
    totalNodes: z.number().int(),
    truncated: z.boolean(),
  })
  .meta({ id: 'EcosystemGraph' });
export type Graph = z.infer<typeof graphSchema>;
