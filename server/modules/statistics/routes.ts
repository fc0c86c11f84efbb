import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { languages } from '../../../common/languages.js';
import { errorSchema } from '../../../common/schemas/error.js';
import {
  breakdowns,
  measures,
  populations,
  statisticsCatalogueSchema,
  statisticsTableQuerySchema,
  statisticsTableSchema,
} from '../../../common/schemas/statistics.js';
import { exportFormats, sendExport } from '../../export/table.js';
import * as statistics from './service.js';

const tags = ['statistics'];

/** Published statistics: open to everyone, every figure through disclosure control. */
export const statisticsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/statistics/table',
    {
      schema: {
        tags,
        summary: 'A table of a closed round’s indicator, with suppression',
        description: `Counts and shares of a choice or yes/no indicator, or the count, sum, mean and median (quartiles p25/p75 for euros) of a figure, by up to two of ${breakdowns.join(', ')} (\`by=region,family\`), for the population ${populations.join(', ')}. Measures: ${measures.join(', ')}. Each cell is \`value\` and \`n\`, both null with \`suppressed: true\` where disclosure control hides it (shown as \`..\`): fewer than 3 organisations (5 for figures about people), two largest over 85 % of a sum, and what would give those away from the totals, the one-way tables or all respondents' table. Margins are the category \`total\`. 400 names a wrong parameter; \`breakdown_identifying\` for a breakdown by what names an organisation; 409 \`round_not_closed\` until answering has ended.`,
        querystring: statisticsTableQuerySchema,
        response: {
          200: statisticsTableSchema,
          400: errorSchema,
          404: errorSchema,
          409: errorSchema,
        },
      },
    },
    (req) => statistics.statisticsTable(app.db, req.query, req.query.lang ?? req.lang),
  );

  app.get(
    '/statistics/table/export',
    {
      schema: {
        tags,
        summary: 'Download a statistics table',
        description:
          'The same table and the same suppression as `/statistics/table`, one row per cell. For programs csv (a hidden figure is `..`) and json (null, flagged `..`) with category codes; for people xlsx and excel-csv with category names in `lang`, and the legend and notes under the figures.',
        querystring: statisticsTableQuerySchema.extend({
          format: z.enum(exportFormats).default('csv'),
        }),
      },
    },
    async (req, reply) => {
      const { stream, fileName } = await statistics.exportStatisticsTable(
        app.db,
        req.query,
        req.query.lang ?? req.lang,
        req.query.format,
      );
      return sendExport(reply, req.query.format, fileName, stream);
    },
  );

  app.get(
    '/statistics/catalogue',
    {
      schema: {
        tags,
        summary: 'What tables can be made: closed rounds, indicators and their measures',
        description:
          'The closed rounds for organisations (newest first), every indicator a table can be made of with the measures that fit it, the breakdowns and the populations, with names in `lang`.',
        querystring: z.object({ lang: z.enum(languages).optional() }),
        response: { 200: statisticsCatalogueSchema },
      },
    },
    (req) => statistics.statisticsCatalogue(app.db, req.query.lang ?? req.lang),
  );
};
