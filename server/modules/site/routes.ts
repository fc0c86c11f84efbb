import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorSchema } from '../../../common/schemas/error.js';
import {
  aboutPageSchema,
  accessibilityStatementSchema,
  updateAboutBodySchema,
  updateAccessibilityBodySchema,
} from '../../../common/schemas/site.js';
import { requestMeta, requireCaller } from '../../plugins/session.js';
import * as service from './service.js';

const tags = ['site'];
const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 409: errorSchema };

export const siteRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/site/accessibility',
    {
      schema: {
        tags,
        summary: 'The accessibility statement (saavutettavuusseloste)',
        description:
          'Content of the statement required by the Act on the Provision of Digital Services (306/2019): compliance, known shortcomings, the feedback address and the supervisory authority.',
        response: { 200: accessibilityStatementSchema },
      },
    },
    (req) => service.getSitePage(app.db, req.caller, 'accessibility'),
  );

  app.put(
    '/site/accessibility',
    {
      schema: {
        tags,
        summary: 'Replace the accessibility statement (administrators); 409 on a stale version',
        body: updateAccessibilityBodySchema,
        response: { 200: accessibilityStatementSchema, ...errors },
      },
    },
    (req) =>
      service.updateSitePage(
        app.db,
        requestMeta(req),
        requireCaller(req, { write: true, session: true }),
        'accessibility',
        req.body,
      ),
  );

  app.get(
    '/site/about',
    {
      schema: {
        tags,
        summary: 'About the service: who runs the programme and how to reach it',
        response: { 200: aboutPageSchema },
      },
    },
    (req) => service.getSitePage(app.db, req.caller, 'about'),
  );

  app.put(
    '/site/about',
    {
      schema: {
        tags,
        summary: 'Replace the about page (administrators); 409 on a stale version',
        body: updateAboutBodySchema,
        response: { 200: aboutPageSchema, ...errors },
      },
    },
    (req) =>
      service.updateSitePage(
        app.db,
        requestMeta(req),
        requireCaller(req, { write: true, session: true }),
        'about',
        req.body,
      ),
  );
};
