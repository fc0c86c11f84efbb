import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorSchema } from '../../../common/schemas/error.js';
import {
  addressInvitationBodySchema,
  addressInvitationReportSchema,
  answeringSchema,
  answerTokenBodySchema,
  applyRegistryChangesBodySchema,
  checkDefinitionBodySchema,
  checkedDefinitionSchema,
  copySurveyVersionBodySchema,
  createRoundBodySchema,
  createSurveyBodySchema,
  invitationReportSchema,
  myInvitationsSchema,
  organisationResponseSchema,
  recomputeResultSchema,
  registryChangesSchema,
  reminderReportSchema,
  responseExportQuerySchema,
  responseParamsSchema,
  roundClassificationsSchema,
  roundListSchema,
  roundProgressSchema,
  roundResponseListSchema,
  roundResponsesQuerySchema,
  roundSchema,
  saveAnswersBodySchema,
  savedResponseSchema,
  savedStateSchema,
  submitAnswersBodySchema,
  surveyListSchema,
  surveySchema,
  surveyVersionParamsSchema,
  surveyVersionSchema,
  updateRoundBodySchema,
  updateSurveyVersionBodySchema,
  versionDiffQuerySchema,
  versionDiffSchema,
  viewReasonQuerySchema,
} from '../../../common/schemas/surveys.js';
import { exportFormats, sendExport } from '../../export/table.js';
import { requestMeta, requireCaller } from '../../plugins/session.js';
import { streamProgress, wantsProgress } from '../../progress-stream.js';
import * as autosave from './autosave.service.js';
import * as classifications from './classifications.service.js';
import * as invitations from './invitations.service.js';
import { publicAnswerRoutes } from './public.routes.js';
import { publicResultsRoutes } from './public-results.routes.js';
import * as registry from './registry.service.js';
import * as responses from './responses.service.js';
import * as staff from './round-responses.service.js';
import * as rounds from './rounds.service.js';
import * as service from './service.js';

const tags = ['surveys'];
const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };
const idParams = z.object({ id: z.uuid() });

/** The observatory's surveys and their versions, for coordinators and administrators. */
export const surveyRoutes: FastifyPluginAsyncZod<{ baseUrl: string }> = async (
  app,
  { baseUrl },
) => {
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

  app.post(
    '/surveys',
    {
      schema: {
        tags,
        summary: 'A new survey with its first version',
        description:
          'For event feedback, quick polls and other surveys beside the barometer. The definition is checked as `POST /surveys/check` does (400 naming each problem under `definition.`).',
        body: createSurveyBodySchema,
        response: { 201: surveySchema, ...errors },
      },
    },
    async (req, reply) => {
      const created = await service.createSurvey(
        app.db,
        requireCaller(req, { write: true }),
        requestMeta(req),
        req.body,
      );
      return reply.status(201).send(created);
    },
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

  app.post(
    '/surveys/rounds/:id/invitations',
    {
      schema: {
        tags,
        summary: 'Invite the organisations of a round’s target',
        description:
          'Each organisation the target finds and that is not invited yet gets a link of its own, e-mailed through the outbox to its representatives (or its public address). Organisations invited before are not sent again. 409 `round_closed` for a closed round.',
        params: idParams,
        response: { 200: invitationReportSchema, ...errors, 409: errorSchema },
      },
    },
    (req) =>
      invitations.inviteRound(
        app.db,
        requireCaller(req, { write: true }),
        requestMeta(req),
        baseUrl,
        req.params.id,
      ),
  );

  app.post(
    '/surveys/rounds/:id/invitations/addresses',
    {
      schema: {
        tags,
        summary: 'Send a public round’s address to a list of e-mail addresses',
        description:
          'The list as pasted: one address a line, or separated by commas, semicolons or spaces ("Name <address>" too). Each good address gets one message in the language chosen; duplicates, addresses sent to before and what is no address are reported, never sent twice. 409 `round_not_public` for a round for organisations, `round_closed` for a closed round.',
        params: idParams,
        body: addressInvitationBodySchema,
        response: { 200: addressInvitationReportSchema, ...errors, 409: errorSchema },
      },
    },
    (req) =>
      invitations.sendToAddresses(
        app.db,
        requireCaller(req, { write: true }),
        requestMeta(req),
        baseUrl,
        req.params.id,
        req.body,
      ),
  );

  app.post(
    '/surveys/rounds/:id/reminders',
    {
      schema: {
        tags,
        summary: 'Remind the invited organisations that have not submitted',
        description:
          'Only those not invited or reminded within the round’s `reminderDays` (a day when it has none) get a reminder, with a new link of their own (earlier links still work); organisations that have submitted never do. Rounds with `reminderDays` are also reminded by a daily job. 409 `round_closed` unless the round is open.',
        params: idParams,
        response: { 200: reminderReportSchema, ...errors, 409: errorSchema },
      },
    },
    (req) =>
      invitations.sendReminders(
        app.db,
        requireCaller(req, { write: true }),
        requestMeta(req),
        baseUrl,
        req.params.id,
      ),
  );

  app.get(
    '/surveys/rounds/:id/progress',
    {
      schema: {
        tags,
        summary: 'A round’s response rate now: overall, by region and by family',
        params: idParams,
        response: { 200: roundProgressSchema, ...errors },
      },
    },
    (req) => staff.roundProgress(app.db, req.caller ?? null, req.params.id),
  );

  app.get(
    '/surveys/rounds/:id/classifications',
    {
      schema: {
        tags,
        summary: 'Which definitions of a social enterprise the organisations met in a round',
        description:
          'Counts by the rules’ version that computed each result, and what the last recomputation changed. Coordinators and administrators.',
        params: idParams,
        response: { 200: roundClassificationsSchema, ...errors },
      },
    },
    (req) => classifications.roundClassifications(app.db, req.caller ?? null, req.params.id),
  );

  app.post(
    '/surveys/rounds/:id/classifications/recompute',
    {
      schema: {
        tags,
        summary: 'Run today’s classification rules over every submitted response of a round',
        description:
          'Results that change keep the result they replaced, so that the counts show what moved. Written to the audit log. A round of tens of thousands of responses takes a while: with `Accept: application/x-ndjson` the answer streams a line after each thousand responses (`{"state":"running","processed":…,"total":…}`) and ends with `{"state":"done", …the result}` or `{"state":"failed","message":…}` (what was done by then is kept; running it again finishes the work).',
        params: idParams,
        response: { 200: recomputeResultSchema, ...errors },
      },
    },
    async (req, reply) => {
      const caller = requireCaller(req, { write: true });
      const meta = requestMeta(req);
      if (!wantsProgress(req)) {
        return classifications.recomputeRound(app.db, caller, meta, req.params.id);
      }
      return streamProgress(
        req,
        reply,
        (progress, signal) =>
          classifications.recomputeRound(app.db, caller, meta, req.params.id, {
            progress,
            signal,
          }),
        'recomputation of classifications',
      );
    },
  );

  app.get(
    '/surveys/rounds/:id/responses',
    {
      schema: {
        tags,
        summary: 'The invited organisations of a round and where each stands',
        description:
          'By name; `state` filters (not_started, in_progress, submitted). No answers are shown here.',
        params: idParams,
        querystring: roundResponsesQuerySchema,
        response: { 200: roundResponseListSchema, ...errors },
      },
    },
    (req) => staff.listRoundResponses(app.db, req.caller ?? null, req.params.id, req.query),
  );

  app.get(
    '/surveys/rounds/:id/responses/:organisationId',
    {
      schema: {
        tags,
        summary: 'An organisation’s answers to a round',
        description:
          'For the organisation’s representatives, and for coordinators and administrators with a `reason` (400 `reason_required` without one), which the audit log keeps with the view. 403 for anyone else; 404 `response_not_found` when the organisation was not invited.',
        params: responseParamsSchema,
        querystring: viewReasonQuerySchema,
        response: { 200: organisationResponseSchema, ...errors },
      },
    },
    (req) =>
      staff.viewResponse(
        app.db,
        req.caller ?? null,
        requestMeta(req),
        req.params.id,
        req.params.organisationId,
        req.query.reason,
      ),
  );

  app.get(
    '/surveys/rounds/:id/responses/:organisationId/export',
    {
      schema: {
        tags,
        summary: 'Download an organisation’s answers to a round',
        description:
          'One row per answered question: its title in `lang` and the answer as the survey shows it. For programs json and csv; for people xlsx and excel-csv. Who may, as for reading the answers (staff give a `reason`, kept in the audit log). Cells a spreadsheet would run start with an apostrophe.',
        params: responseParamsSchema,
        querystring: responseExportQuerySchema.extend({
          format: z.enum(exportFormats).default('json'),
        }),
      },
    },
    async (req, reply) => {
      const { stream, fileName } = await staff.exportResponse(
        app.db,
        req.caller ?? null,
        requestMeta(req),
        req.params.id,
        req.params.organisationId,
        { format: req.query.format, lang: req.query.lang ?? req.lang, reason: req.query.reason },
      );
      return sendExport(reply, req.query.format, fileName, stream);
    },
  );

  app.post(
    '/surveys/rounds/:id/responses/:organisationId/reopen',
    {
      schema: {
        tags,
        summary: 'Reopen a submitted response for its organisation to change',
        description:
          'While the round is open (409 `round_closed` otherwise). Its indicator values are withdrawn until it is submitted again. Reopening a response in progress changes nothing.',
        params: responseParamsSchema,
        response: { 200: savedResponseSchema, ...errors, 409: errorSchema },
      },
    },
    (req) =>
      staff.reopenResponse(
        app.db,
        requireCaller(req, { write: true }),
        requestMeta(req),
        req.params.id,
        req.params.organisationId,
      ),
  );

  app.get(
    '/surveys/mine',
    {
      schema: {
        tags,
        summary: 'The rounds the signed-in user’s organisations are invited to',
        description:
          'A representative answers these without the e-mailed link: the answering calls take `roundId` and `organisationId` instead of `token`.',
        response: { 200: myInvitationsSchema, 401: errorSchema },
      },
    },
    (req) => responses.myInvitations(app.db, req.caller ?? null),
  );

  // Answering by an invitation's link: the token is the proof, no account is needed; it travels in
  // the body, so request logs never hold it. A signed-in representative gives the round and the
  // organisation instead (401 without a session, 403 for someone else's organisation).
  const answering = ['surveys'];
  app.post(
    '/surveys/answer/open',
    {
      schema: {
        tags: answering,
        summary: 'The survey of an invitation link, with the organisation’s answers so far',
        description:
          '404 `invitation_not_found` for any link that is not an invitation (no hint whether it ever was). Before anything is saved, `prefill` holds what the registry already knows (legal form, municipality, industry, founding year…) by question name.',
        body: answerTokenBodySchema,
        response: { 200: answeringSchema, ...errors },
      },
    },
    (req) => registry.getAnsweringWithPrefill(app.db, req.caller ?? null, req.body),
  );

  app.put(
    '/surveys/answer',
    {
      schema: {
        tags: answering,
        summary: 'Save the answers so far (autosave)',
        description:
          'Each answer is checked as the survey checks it: a problem is a 400 naming `answers.<question>` with a message in `lang`. Answers with the response’s state and new `version` (not the answers sent). 409 `round_closed` outside the round’s days, `response_submitted` after submission, `version_conflict` when another browser saved since `version`.',
        body: saveAnswersBodySchema,
        response: { 200: savedStateSchema, ...errors, 409: errorSchema },
      },
    },
    (req) => autosave.saveAnswers(app.db, req.caller ?? null, req.body),
  );

  app.post(
    '/surveys/answer/submit',
    {
      schema: {
        tags: answering,
        summary: 'Submit the saved answers',
        description:
          'Every rule of the survey applies, required questions too (400 naming each). The indicator values are stored; submitting again returns the same response.',
        body: submitAnswersBodySchema,
        response: { 200: savedResponseSchema, ...errors, 409: errorSchema },
      },
    },
    (req) => responses.submitAnswers(app.db, req.caller ?? null, req.body),
  );

  app.post(
    '/surveys/answer/registry',
    {
      schema: {
        tags: answering,
        summary: 'Submitted answers that differ from the organisation’s profile',
        description:
          'Offered as an update of the profile after submission. `mayApply` says whether the caller may write them (signed in as a representative, or a coordinator of its region); an invitation link alone never changes the registry.',
        body: answerTokenBodySchema,
        response: { 200: registryChangesSchema, ...errors },
      },
    },
    (req) => registry.registryChanges(app.db, req.caller ?? null, req.body),
  );

  app.post(
    '/surveys/answer/registry/apply',
    {
      schema: {
        tags: answering,
        summary: 'Write chosen answers to the organisation’s profile',
        description:
          'One revision of the profile by the caller. 401 without a session, 403 for someone who may not edit the profile, 409 `version_conflict` when the profile changed since `version`. Answers the registry already agrees with are left out.',
        body: applyRegistryChangesBodySchema,
        response: { 200: registryChangesSchema, ...errors, 409: errorSchema },
      },
    },
    (req) =>
      registry.applyRegistryChanges(
        app.db,
        requireCaller(req, { write: true }),
        requestMeta(req),
        req.body,
      ),
  );

  await app.register(publicAnswerRoutes, { baseUrl });
  await app.register(publicResultsRoutes);
};
