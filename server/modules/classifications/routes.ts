import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  industrySectionListSchema,
  sdgGoalListSchema,
} from '../../../common/schemas/classifications.js';
import * as service from './service.js';

const tags = ['classifications'];

export const classificationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/classifications/industry-sections',
    {
      schema: {
        tags,
        summary: 'Sections of the Standard Industrial Classification TOL 2008',
        response: { 200: industrySectionListSchema },
      },
    },
    () => service.listIndustrySections(app.db),
  );

  app.get(
    '/classifications/sdg-goals',
    {
      schema: {
        tags,
        summary: 'The 17 UN Sustainable Development Goals',
        response: { 200: sdgGoalListSchema },
      },
    },
    () => service.listSdgGoals(app.db),
  );
};
