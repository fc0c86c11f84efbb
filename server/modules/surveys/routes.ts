import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorSchema } from '../../../common/schemas/error.js';
import {
  checkDefinitionBodySchema,
  checkedDefinitionSchema,
  copySurveyVersionBodySchema,
  surveyListSchema,
  surveySchema,
  surveyVersionParamsSchema,
  surveyVersionSchema,
  updateSurveyVersionBodySchema,
} from '../../../common/schemas/surveys.js';
import { requestMeta, requireCaller } from '../../plugins/session.js';
import * as service from './service.js';

const tags = ['surveys'];
const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };
const idParams = z.object({ id: z.uuid() });

/** The observatory's surveys and their versions, for coordinators and administrators. */
export const surveyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/surveys',
    {
      schema: {
        tags,
        summary: 'The surveys with their versions (coordinators and administrators)',
        response: { 200: surveyListSchema, 401: errorSchema, 403: errorSchema },
      },
    },
    (req) => service.listSurveys(app.db, req.caller ?? null),
  );

  app.get(
    '/surveys/:id',
    {
      schema: {
        tags,
        summary: 'A survey with its versions',
        params: idParams,
        response: { 200: surveySchema, ...errors },
      },
    },
    (req) => service.getSurvey(app.db, req.caller ?? null, req.params.id),
  );

  app.get(
    '/surveys/:id/versions/:number',
    {
      schema: {
        tags,
        summary: 'A version of a survey with its SurveyJS definition',
        params: surveyVersionParamsSchema,
        response: { 200: surveyVersionSchema, ...errors },
      },
    },
    (req) => service.getVersion(app.db, req.caller ?? null, req.params.id, req.params.number),
  );

  app.post(
    '/surveys/:id/versions',
    {
      schema: {
        tags,
        summary: 'Copy a version to a new one to edit',
        description:
          'The new version gets the next number and starts as a copy of `from` (which may be frozen).',
        params: idParams,
        body: copySurveyVersionBodySchema,
        response: { 201: surveyVersionSchema, ...errors },
      },
    },
    async (req, reply) => {
      const caller = requireCaller(req, { write: true });
      const created = await service.copyVersion(
        app.db,
        caller,
        requestMeta(req),
        req.params.id,
        req.body.from,
      );
      return reply.status(201).send(created);
    },
  );

  app.put(
    '/surveys/:id/versions/:number',
    {
      schema: {
        tags,
        summary: 'Replace the definition of a version that no round has used',
        description:
          'The definition is checked as `POST /surveys/check` does: a problem is a 400 naming its path under `definition.`. 409 `survey_version_frozen` once a round has used the version; 409 `version_conflict` when it was saved since `version`.',
        params: surveyVersionParamsSchema,
        body: updateSurveyVersionBodySchema,
        response: { 200: surveyVersionSchema, ...errors, 409: errorSchema },
      },
    },
    (req) =>
      service.updateVersion(
        app.db,
        requireCaller(req, { write: true }),
        requestMeta(req),
        req.params.id,
        req.params.number,
        req.body,
      ),
  );

  app.post(
    '/surveys/check',
    {
      schema: {
        tags,
        summary: 'Check a survey definition without saving it',
        description:
          'Every problem with its path (`pages.0.elements.3.title.sv`) and code, and the questions bound to indicator codes.',
        body: checkDefinitionBodySchema,
        response: {
          200: checkedDefinitionSchema,
          400: errorSchema,
          401: errorSchema,
          403: errorSchema,
        },
      },
    },
    (req) => service.checkSurveyDefinition(requireCaller(req), req.body.definition),
  );
};
