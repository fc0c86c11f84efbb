import cookie from '@fastify/cookie';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { csrfHeader } from '../../common/limits.js';
import { AppError } from '../errors.js';
import { resolveApiToken } from '../modules/accounts/api-tokens.service.js';
import type { Caller } from '../modules/accounts/policy.js';
import { resolveSession, sessionIdleMs } from '../modules/accounts/sessions.js';
import type { RequestMeta } from '../modules/audit/service.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in caller, or null. */
    caller: Caller | null;
  }
  interface FastifyReply {
    setSessionCookie(token: string): FastifyReply;
    clearSessionCookie(): FastifyReply;
  }
}

const unsafe = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Who made a request and from where, for the audit log. */
export function requestMeta(req: FastifyRequest): RequestMeta {
  return { ip: req.ip ?? null, userAgent: req.headers['user-agent'] ?? null };
}

/**
 * The caller, or 401. With `write`, a read-only API token gets 403; with `session`, any API token
 * does. Account administration needs an interactive session: one's password, e-mail address,
 * sessions (with their addresses and browsers), tokens, data export and deletion, and everything
 * under /admin (users and roles, the audit log, the mail outbox). Tokens are for the data API.
 */
export function requireCaller(
  req: FastifyRequest,
  opts: { write?: boolean; session?: boolean } = {},
): Caller {
  if (!req.caller) throw new AppError('not_authenticated');
  if (opts.write && req.caller.scope === 'read') {
    throw new AppError('forbidden', { reason: 'read_only_token' });
  }
  if (opts.session && req.caller.via !== 'session') {
    throw new AppError('forbidden', { reason: 'session_required' });
  }
  return req.caller;
}

/**
 * Resolves the session cookie into `req.caller` and guards against cross-site request forgery:
 * a state-changing request that carries the cookie (or logs in, registers, …) must send the
 * `x-kudos-csrf` header, which a cross-site form cannot, and any Origin or Referer it sends must
 * be ours (BASE_URL's origin; without a proxy also the Host the browser used). The cookie is
 * HttpOnly, SameSite=Lax, and Secure with the __Host- prefix over https.
 */
const session: FastifyPluginAsync<{ baseUrl: string; trustProxy: boolean }> = async (
  app,
  { baseUrl, trustProxy },
) => {
  const secure = baseUrl.startsWith('https://');
  const cookieName = secure ? '__Host-kudos_session' : 'kudos_session';
  const ourOrigin = new URL(baseUrl).origin;

  await app.register(cookie);
  app.decorateRequest('caller', null);

  app.decorateReply('setSessionCookie', function (this: FastifyReply, token: string) {
    return this.setCookie(cookieName, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure,
      path: '/',
      maxAge: Math.floor(sessionIdleMs / 1000),
    });
  });
  app.decorateReply('clearSessionCookie', function (this: FastifyReply) {
    return this.clearCookie(cookieName, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
  });

  app.addHook('onRequest', async (req) => {
    // Liveness never waits for the database, whatever the caller sends.
    if (!req.url.startsWith('/api/') || req.url.startsWith('/api/health')) return;
    const bearer = req.headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
    if (bearer) {
      // A token is sent deliberately by a program, never by a cross-site form: no CSRF check.
      req.caller = (await resolveApiToken(app.db, bearer)) ?? null;
      if (!req.caller) throw new AppError('not_authenticated', { reason: 'invalid_token' });
      return;
    }
    const token = req.cookies[cookieName];
    if (unsafe.has(req.method) && (token || req.url.startsWith('/api/v1/auth/'))) {
      // Behind a proxy the Host header is whatever the proxy passes on: only BASE_URL counts.
      // Served directly, the address the browser used (Host) is ours as well.
      const sameHost = trustProxy ? ourOrigin : `${req.protocol}://${req.headers.host}`;
      let origin = req.headers.origin;
      if (!origin && req.headers.referer && URL.canParse(req.headers.referer)) {
        origin = new URL(req.headers.referer).origin;
      }
      if (!req.headers[csrfHeader] || (origin && origin !== ourOrigin && origin !== sameHost)) {
        throw new AppError('csrf_failed');
      }
    }
    if (token) req.caller = (await resolveSession(app.db, token)) ?? null;
  });
};

export default fp(session, { name: 'session', dependencies: ['errors'] });
