import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorSchema } from '../../../common/schemas/error.js';
import {
  checkDefinitionBodySchema,
  checkedDefinitionSchema,
  copySurveyVersionBodySchema,
  createRoundBodySchema,
  roundListSchema,
  roundSchema,
  surveyListSchema,
  surveySchema,
  surveyVersionParamsSchema,
  surveyVersionSchema,
  updateRoundBodySchema,
  updateSurveyVersionBodySchema,
  versionDiffQuerySchema,
  versionDiffSchema,
} from '../../../common/schemas/surveys.js';
import { requestMeta, requireCaller } from '../../plugins/session.js';
import * as rounds from './rounds.service.js';
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

  app.get(
    '/surveys/:id/versions/:number/diff',
    {
      schema: {
        tags,
        summary: 'What changed in a version',
        description:
          'Against `against`, by default the version it was copied from (else the one before): the survey’s own properties, pages, and questions and panels by name (added, removed, moved, and each changed text or value by its field).',
        params: surveyVersionParamsSchema,
        querystring: versionDiffQuerySchema,
        response: { 200: versionDiffSchema, ...errors },
      },
    },
    (req) =>
      service.diffVersion(
        app.db,
        req.caller ?? null,
        req.params.id,
        req.params.number,
        req.query.against,
      ),
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

  app.get(
    '/surveys/rounds',
    {
      schema: {
        tags,
        summary: 'The rounds of every survey, the latest first',
        response: { 200: roundListSchema, 401: errorSchema, 403: errorSchema },
      },
    },
    (req) => rounds.listRounds(app.db, req.caller ?? null),
  );

  app.post(
    '/surveys/rounds',
    {
      schema: {
        tags,
        summary: 'Start a round of a survey version',
        description:
          'The version is frozen from now on. `target` is the directory’s filters as a query string (`region=01,02&family=cooperative`; empty: every published organisation); the answer counts the organisations it finds now. Dates are Finnish days, both included.',
        body: createRoundBodySchema,
        response: { 201: roundSchema, ...errors },
      },
    },
    async (req, reply) => {
      const created = await rounds.createRound(
        app.db,
        requireCaller(req, { write: true }),
        requestMeta(req),
        req.body,
      );
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/surveys/rounds/:id',
    {
      schema: {
        tags,
        summary: 'A round, with how many organisations its target finds now',
        params: idParams,
        response: { 200: roundSchema, ...errors },
      },
    },
    (req) => rounds.getRound(app.db, req.caller ?? null, req.params.id),
  );

  app.patch(
    '/surveys/rounds/:id',
    {
      schema: {
        tags,
        summary:
          'Change a round: name, reminders and last day always; first day and target before it opens',
        description:
          'A later last day reopens a closed round. 409 `round_started` for a new first day or target once the round has opened; 409 `version_conflict` when it was changed since `version`.',
        params: idParams,
        body: updateRoundBodySchema,
        response: { 200: roundSchema, ...errors, 409: errorSchema },
      },
    },
    (req) =>
      rounds.updateRound(
        app.db,
        requireCaller(req, { write: true }),
        requestMeta(req),
        req.params.id,
        req.body,
      ),
  );

  app.post(
    '/surveys/rounds/:id/close',
    {
      schema: {
        tags,
        summary: 'Close a round before its last day',
        params: idParams,
        response: { 200: roundSchema, ...errors },
      },
    },
    (req) =>
      rounds.closeRound(
        app.db,
        requireCaller(req, { write: true }),
        requestMeta(req),
        req.params.id,
      ),
  );
};
