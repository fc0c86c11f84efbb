import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { demoStatusSchema } from '../../../common/schemas/demo.js';
import { getDemoStatus } from './service.js';

export const demoRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/site/demo',
    {
      schema: {
        tags: ['site'],
        summary: 'Whether the service holds demo data (every page then says so)',
        description:
          'Demo data is loaded with `npm run demo:load` and removed with `npm run demo:unload`.',
        response: { 200: demoStatusSchema },
      },
    },
    () => getDemoStatus(app.db),
  );
};
