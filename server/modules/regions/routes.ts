import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorSchema } from '../../../common/schemas/error.js';
import {
  postalCodeInfoSchema,
  postalCodeLookupBodySchema,
  postalCodeLookupResultSchema,
  postalCodeSchema,
  regionCodeSchema,
  regionDetailSchema,
  regionListSchema,
} from '../../../common/schemas/regions.js';
import * as service from './service.js';

const tags = ['regions'];

export const regionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/regions',
    {
      schema: {
        tags,
        summary: 'List the 19 regions (maakunnat) with counts',
        response: { 200: regionListSchema },
      },
    },
    () => service.listRegions(app.db),
  );

  app.get(
    '/regions/:code',
    {
      schema: {
        tags,
        summary: 'Get a region with its municipalities',
        params: z.object({ code: regionCodeSchema }),
        response: { 200: regionDetailSchema, 400: errorSchema, 404: errorSchema },
      },
    },
    (req) => service.getRegion(app.db, req.params.code),
  );

  app.get(
    '/postal-codes/:code',
    {
      schema: {
        tags,
        summary: 'Find the municipality and region of a postal code',
        params: z.object({ code: postalCodeSchema }),
        response: { 200: postalCodeInfoSchema, 400: errorSchema, 404: errorSchema },
      },
    },
    (req) => service.getPostalCode(app.db, req.params.code),
  );

  app.post(
    '/postal-codes/lookup',
    {
      schema: {
        tags,
        summary: 'Find the municipalities and regions of many postal codes at once',
        body: postalCodeLookupBodySchema,
        response: { 200: postalCodeLookupResultSchema, 400: errorSchema, 413: errorSchema },
      },
    },
    (req) => service.lookupPostalCodes(app.db, req.body.codes),
  );
};
