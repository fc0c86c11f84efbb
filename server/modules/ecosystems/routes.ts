import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ecosystemSchema,
  graphQuerySchema,
  graphSchema,
} from '../../../common/schemas/ecosystems.js';
import { errorSchema } from '../../../common/schemas/error.js';
import { regionCodeSchema } from '../../../common/schemas/regions.js';
import { regionGraph } from './graph.js';
import { getEcosystem, regionNameOf } from './service.js';

const tags = ['regions'];
const params = z.object({ code: regionCodeSchema });

/** A region's ecosystem of organisations, projects and networks (the region page's data). */
export const ecosystemRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/regions/:code/ecosystem',
    {
      schema: {
        tags,
        summary: 'A region’s organisations counted by kind, its running projects and its networks',
        params,
        response: { 200: ecosystemSchema, 400: errorSchema, 404: errorSchema },
      },
    },
    (req) => getEcosystem(app.db, req.params.code),
  );

  app.get(
    '/regions/:code/graph',
    {
      schema: {
        tags,
        summary:
          'The network graph of a region: the most connected organisations, projects and networks',
        description:
          'At most `limit` nodes, the most connected first, and the links among them; `truncated` tells that more exist. `focus` expands one node: it and its most connected neighbours. Labels are plain text: render them as text.',
        params,
        querystring: graphQuerySchema,
        response: { 200: graphSchema, 400: errorSchema, 404: errorSchema },
      },
    },
    async (req) => {
      // An unknown region has no ecosystem to draw: 404 as for its page.
      await regionNameOf(app.db, req.params.code);
      return regionGraph(app.db, req.params.code, req.query);
    },
  );
};
