import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config.js';
import type { Database, Db } from './db/client.js';
import { adminRoutes } from './modules/accounts/admin.routes.js';
import { authRoutes } from './modules/accounts/auth.routes.js';
import { meRoutes } from './modules/accounts/me.routes.js';
import { meDataRoutes } from './modules/accounts/me-data.routes.js';
import { classificationRoutes } from './modules/classifications/routes.js';
import { demoRoutes } from './modules/demo/routes.js';
import { ecosystemRoutes } from './modules/ecosystems/routes.js';
import { noteRegistryWrite } from './modules/ecosystems/ttl-cache.js';
import { healthRoutes } from './modules/health/routes.js';
import { mailRoutes } from './modules/mail/routes.js';
import { networkHead } from './modules/networks/page-head.js';
import { networkRoutes } from './modules/networks/routes.js';
import { organisationImportRoutes } from './modules/organisations/import.routes.js';
import { organisationHead } from './modules/organisations/page-head.js';
import { representativeRoutes } from './modules/organisations/representatives.routes.js';
import { organisationRoutes } from './modules/organisations/routes.js';
import { projectImportRoutes } from './modules/projects/import.routes.js';
import { projectHead } from './modules/projects/page-head.js';
import { projectRoutes } from './modules/projects/routes.js';
import { regionHead } from './modules/regions/page-head.js';
import { regionRoutes } from './modules/regions/routes.js';
import { relationRoutes } from './modules/relations/routes.js';
import { siteRoutes } from './modules/site/routes.js';
import { statisticsRoutes } from './modules/statistics/routes.js';
import { surveyRoutes } from './modules/surveys/routes.js';
import errors, { clientErrorHandler, frameworkErrors } from './plugins/errors.js';
import openapi from './plugins/openapi.js';
import { databaseRateLimitStore } from './plugins/rate-limit-store.js';
import requestContext from './plugins/request-context.js';
import security from './plugins/security.js';
import session from './plugins/session.js';
import shutdown from './plugins/shutdown.js';
import { validatorWithTextCheck } from './plugins/validator.js';
import web from './plugins/web.js';

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
    database: Database;
    db: Db;
  }
}

export const defaultWebDist = fileURLToPath(new URL('../web/dist', import.meta.url));

export interface AppOptions {
  config: Config;
  database: Database;
  /** A pino logger configuration or false; defaults to JSON logs at the configured level. */
  logger?: boolean | { level: string };
}

/** Builds the Kudos HTTP app (used by main.ts and by the tests); does not listen. */
export async function buildApp({ config, database, logger }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger ?? { level: config.logLevel },
    genReqId: () => randomUUID(),
    // Never trust a client-sent id: log lines must be ours to correlate.
    requestIdHeader: false,
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy,
    // Requests that arrive while stopping get our own 503 (plugins/shutdown.ts), in the envelope.
    return503OnClosing: false,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    frameworkErrors,
    clientErrorHandler,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorWithTextCheck);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('config', config);
  app.decorate('database', database);
  app.decorate('db', database.db);

  await app.register(requestContext);
  await app.register(errors);
  await app.register(shutdown);
  await app.register(security);
  await app.register(openapi, { baseUrl: config.baseUrl });
  // Limits are set per route (login, register, reset); counters live in the database so that
  // every app process shares them.
  await app.register(rateLimit, { global: false, store: databaseRateLimitStore(database.db) });
  await app.register(session, { baseUrl: config.baseUrl, trustProxy: config.trustProxy });

  await app.register(healthRoutes, { prefix: '/api' });
  await app.register(
    async (v1) => {
      // A successful write to the registry makes this process's ecosystem caches compute anew.
      v1.addHook('onResponse', async (req, reply) => {
        if (req.method !== 'GET' && req.method !== 'HEAD' && reply.statusCode < 300) {
          noteRegistryWrite();
        }
      });
      await v1.register(regionRoutes);
      await v1.register(classificationRoutes);
      await v1.register(authRoutes, { baseUrl: config.baseUrl, rateLimit: config.authRateLimit });
      await v1.register(meRoutes, { baseUrl: config.baseUrl });
      await v1.register(meDataRoutes);
      await v1.register(adminRoutes);
      await v1.register(mailRoutes);
      await v1.register(organisationRoutes, { baseUrl: config.baseUrl });
      await v1.register(representativeRoutes, { baseUrl: config.baseUrl });
      await v1.register(organisationImportRoutes);
      await v1.register(projectRoutes, { baseUrl: config.baseUrl });
      await v1.register(projectImportRoutes);
      await v1.register(relationRoutes);
      await v1.register(networkRoutes, { baseUrl: config.baseUrl });
      await v1.register(ecosystemRoutes);
      await v1.register(siteRoutes);
      await v1.register(demoRoutes);
      await v1.register(surveyRoutes, { baseUrl: config.baseUrl });
      await v1.register(statisticsRoutes);
    },
    { prefix: '/api/v1' },
  );

  await app.register(web, {
    dist: config.webDist ?? defaultWebDist,
    baseUrl: config.baseUrl,
    heads: [
      (page) => organisationHead(database.db, config.baseUrl, page),
      (page) => regionHead(database.db, page),
      (page) => projectHead(database.db, config.baseUrl, page),
      (page) => networkHead(database.db, config.baseUrl, page),
    ],
  });
  return app;
}
