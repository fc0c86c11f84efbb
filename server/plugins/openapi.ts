import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

/** OpenAPI 3 document at /api/openapi.json and a browsable page at /api/docs, from the route schemas. */
const openapi: FastifyPluginAsync<{ baseUrl: string }> = async (app, opts) => {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Kudos API',
        version: '1',
        description:
          'Public API of Kudos, the platform of the Finnish coordination programme for social entrepreneurship and the social economy. Errors are `{ "error": { "code", "message", "details" } }`; messages follow Accept-Language (fi, sv, en).',
      },
      servers: [{ url: opts.baseUrl }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    // Serve the page under our strict CSP: swagger-ui's own inline script is allowed by its hash.
    staticCSP: true,
    uiConfig: { deepLinking: true },
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());
};

export default fp(openapi, { name: 'openapi', dependencies: ['security'] });
