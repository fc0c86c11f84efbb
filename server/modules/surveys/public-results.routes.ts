import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorSchema } from '../../../common/schemas/error.js';
import { publicResultsQuerySchema, publicResultsSchema } from '../../../common/schemas/surveys.js';
import { exportFormats, sendExport } from '../../export/table.js';
import { requestMeta } from '../../plugins/session.js';
import * as results from './public-results.service.js';

const tags = ['surveys'];
const idParams = z.object({ id: z.uuid() });
const errors = {
  400: errorSchema,
  401: errorSchema,
  403: errorSchema,
  404: errorSchema,
  409: errorSchema,
};

/** What a public round's anonymous respondents answered, for coordinators and administrators. */
export const publicResultsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/surveys/rounds/:id/results',
    {
      schema: {
        tags,
        summary: 'A public round’s results, question by question',
        description:
          'Submitted responses only: how many answered each question, how many chose each choice (none left out), the spread of numbers and ratings, and the latest written answers. Coordinators and administrators; 409 `round_not_public` for a round for organisations (their answers are read one organisation at a time, with a reason).',
        params: idParams,
        querystring: publicResultsQuerySchema,
        response: { 200: publicResultsSchema, ...errors },
      },
    },
    (req) =>
      results.publicResults(app.db, req.caller ?? null, req.params.id, req.query.lang ?? req.lang),
  );

  app.get(
    '/surveys/rounds/:id/results/export',
    {
      schema: {
        tags,
        summary: 'Download a public round’s submitted responses',
        description:
          'One row per response, newest first, one column per question. For programs json and csv (answers as stored, under the questions’ names); for people xlsx and excel-csv (titles in `lang`, answers as the survey shows them). Written to the audit log. Cells a spreadsheet would run start with an apostrophe.',
        params: idParams,
        querystring: publicResultsQuerySchema.extend({
          format: z.enum(exportFormats).default('json'),
        }),
      },
    },
    async (req, reply) => {
      const { stream, fileName } = await results.exportPublicResponses(
        app.db,
        req.caller ?? null,
        requestMeta(req),
        req.params.id,
        { format: req.query.format, lang: req.query.lang ?? req.lang },
      );
      return sendExport(reply, req.query.format, fileName, stream);
    },
  );
};
