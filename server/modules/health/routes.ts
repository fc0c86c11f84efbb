import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorSchema } from '../../../common/schemas/error.js';
import { AppError } from '../../errors.js';

const tags = ['health'];

/** Liveness and readiness for load balancers and orchestrators. */
export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health',
    {
      schema: {
        tags,
        summary: 'The process is alive',
        response: { 200: z.object({ status: z.literal('ok') }) },
      },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/ready',
    {
      schema: {
        tags,
        summary: 'The database answers',
        response: {
          200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgresql']) }),
          503: errorSchema,
        },
      },
    },
    async (req) => {
      try {
        await app.database.ping();
      } catch (err) {
        req.log.warn({ err }, 'readiness check: database did not answer');
        throw new AppError('service_unavailable', { database: app.database.kind });
      }
      return { status: 'ok' as const, database: app.database.kind };
    },
  );
};
