import { randomUUID } from 'node:crypto';
import type { Socket } from 'node:net';
import type {
  FastifyError,
  FastifyInstance,
  FastifyPluginAsync,
  FastifyReply,
  FastifyRequest,
} from 'fastify';
import fp from 'fastify-plugin';
import {
  hasZodFastifySchemaValidationErrors,
  isResponseSerializationError,
} from 'fastify-type-provider-zod';
import FindMyWay, { type HTTPMethod } from 'find-my-way';
import { type ErrorBody, type ErrorCode, errorCatalog } from '../../common/errors.js';
import { negotiateLang } from '../../common/languages.js';
import { ClientGoneError, ServerStoppingError } from '../cooperative.js';
import { busyRetryAfter } from '../db/errors.js';
import { AppError } from '../errors.js';
import { stoppingRetryAfterSeconds } from './shutdown.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Answers a request that matched no route: 405 when the path exists with another method, else 404. */
    replyNoRoute(req: FastifyRequest, reply: FastifyReply): FastifyReply;
  }
}

function send(
  req: FastifyRequest,
  reply: FastifyReply,
  code: ErrorCode,
  details?: Record<string, unknown>,
  status: number = errorCatalog[code].status,
) {
  const body: ErrorBody = { error: { code, message: errorCatalog[code][req.lang ?? 'fi'] } };
  if (details && Object.keys(details).length > 0) body.error.details = details;
  return reply.status(status).type('application/json; charset=utf-8').send(body);
}

/** Fastify's own client-error codes, mapped to ours by status. */
const codeByStatus: Record<number, ErrorCode> = {
  400: 'invalid_request',
  404: 'not_found',
  405: 'method_not_allowed',
  406: 'not_acceptable',
  408: 'request_timeout',
  413: 'payload_too_large',
  414: 'uri_too_long',
  415: 'unsupported_media_type',
  429: 'rate_limited',
  431: 'headers_too_large',
};

/**
 * Errors Fastify meets before routing (a path with malformed percent-encoding, an over-long path
 * parameter): the same envelope as everything else, never the path echoed back.
 */
export function frameworkErrors(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  req.lang = negotiateLang(req.headers['accept-language']);
  reply.header('x-request-id', req.id);
  const status = err.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 414 : (err.statusCode ?? 400);
  req.log.info({ code: err.code }, 'request refused before routing');
  send(req, reply, codeByStatus[status] ?? 'invalid_request', undefined, status);
}

/**
 * Requests Node's HTTP parser refuses (headers too large, invalid bytes, a client too slow): the
 * socket is answered directly, in the envelope (Finnish: no header could be read), and closed.
 */
export function clientErrorHandler(
  this: FastifyInstance,
  err: NodeJS.ErrnoException,
  socket: Socket,
) {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const status =
    err.code === 'HPE_HEADER_OVERFLOW' ? 431 : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const code = codeByStatus[status] ?? 'invalid_request';
  const id = randomUUID();
  const body = JSON.stringify({
    error: { code, message: errorCatalog[code].fi },
  } satisfies ErrorBody);
  this.log.debug({ reqId: id, code: err.code }, 'client error');
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${status === 431 ? 'Request Header Fields Too Large' : status === 408 ? 'Request Timeout' : 'Bad Request'}\r\n` +
        `Content-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `x-request-id: ${id}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(err);
}

/**
 * One error envelope for every error. Client mistakes become 4xx with a stable code and field
 * details; anything else is a 500 whose internals go only to the log (with the request id).
 */
const errors: FastifyPluginAsync = async (app) => {
  // A second router that only knows which paths exist, to tell 405 from 404.
  const known = FindMyWay({ ignoreTrailingSlash: true });
  const noop = () => {};
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const m of methods) {
      const method = m.toUpperCase() as HTTPMethod;
      if (!known.hasRoute(method, route.url)) known.on(method, route.url, noop);
    }
  });

  app.decorate('replyNoRoute', (req: FastifyRequest, reply: FastifyReply) => {
    const allowed = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'].filter(
      (m) => m !== req.method && known.find(m as 'GET', req.url.split('?')[0] ?? '/'),
    );
    if (allowed.length > 0) {
      reply.header('allow', allowed.join(', '));
      return send(req, reply, 'method_not_allowed', { allowed });
    }
    return send(req, reply, 'not_found', { path: req.url.split('?')[0] });
  });

  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err instanceof AppError) {
      if (err.status >= 500) req.log.error({ err }, err.message);
      const retryAfter = err.details?.retryAfter;
      if (typeof retryAfter === 'number') reply.header('retry-after', String(retryAfter));
      return send(req, reply, err.code, err.details);
    }
    // Zod schema errors and Fastify's own validation errors share one shape.
    if (hasZodFastifySchemaValidationErrors(err) || err.validation) {
      const location = err.validationContext ?? 'request';
      const fields = (err.validation ?? []).map((v) => ({
        location,
        path: v.instancePath.replace(/^\//, '').replaceAll('/', '.'),
        code: v.keyword,
        message: v.message ?? 'invalid',
      }));
      // A rule with its own error code (e.g. business_id_invalid) answers with that code when it
      // is the only problem; the field details are the same either way.
      const own = fields[0]?.message;
      const ownCode =
        own && own in errorCatalog && fields.every((f) => f.message === own)
          ? (own as ErrorCode)
          : undefined;
      return send(
        req,
        reply,
        ownCode && errorCatalog[ownCode].status === 400 ? ownCode : 'invalid_request',
        { fields },
      );
    }
    if (
      !isResponseSerializationError(err) &&
      err.statusCode &&
      err.statusCode >= 400 &&
      err.statusCode < 500
    ) {
      const code = codeByStatus[err.statusCode] ?? 'invalid_request';
      req.log.info({ code: err.code, status: err.statusCode }, err.message);
      const details: Record<string, unknown> = {};
      // Fastify's messages for malformed JSON or bodies are safe and helpful; keep them as a detail.
      if (err.code?.startsWith('FST_ERR_CTP')) details.reason = err.message;
      return send(req, reply, code, details, err.statusCode);
    }
    if (err instanceof ClientGoneError) {
      // Nobody will read this answer; the work has stopped.
      req.log.info('stopped: the client went away');
      return send(req, reply, 'request_timeout');
    }
    if (err instanceof ServerStoppingError) {
      req.log.info('stopped: the server is stopping');
      reply.header('retry-after', String(stoppingRetryAfterSeconds));
      return send(req, reply, 'service_unavailable', { reason: 'stopping' });
    }
    const retryAfter = busyRetryAfter(err);
    if (retryAfter !== null) {
      req.log.warn({ err }, 'database busy: asked the client to come back later');
      reply.header('retry-after', String(retryAfter));
      return send(req, reply, 'service_unavailable', { reason: 'database_busy' });
    }
    req.log.error({ err }, 'unhandled error');
    return send(req, reply, 'internal_error', { requestId: req.id });
  });
};

export default fp(errors, { name: 'errors', dependencies: ['request-context'] });
