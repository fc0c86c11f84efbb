import { count, desc, eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { limits } from '../../../common/limits.js';
import { errorSchema } from '../../../common/schemas/error.js';
import {
  type OutboxStatus,
  outboxListSchema,
  outboxQuerySchema,
} from '../../../common/schemas/mail.js';
import type { Db } from '../../db/client.js';
import { outboxMessage } from '../../db/schema/index.js';
import { AppError } from '../../errors.js';
import { requireCaller } from '../../plugins/session.js';
import { can } from '../accounts/policy.js';

async function listOutbox(db: Db, status: OutboxStatus | undefined, page: number) {
  const where = status ? eq(outboxMessage.status, status) : undefined;
  const pageSize = limits.pageSize;
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(outboxMessage)
      .where(where)
      .orderBy(desc(outboxMessage.createdAt))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(outboxMessage).where(where),
  ]);
  return {
    items: rows.map((r) => ({
      id: r.id,
      to: r.to,
      subject: r.subject,
      status: r.status as OutboxStatus,
      attempts: r.attempts,
      lastError: r.lastError,
      createdAt: r.createdAt.toISOString(),
      sentAt: r.sentAt?.toISOString() ?? null,
    })),
    total: total?.n ?? 0,
    page,
    pageSize,
  };
}

/** Admins see the outbox, above all the deliveries that failed. */
export const mailRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/admin/mail',
    {
      schema: {
        tags: ['admin'],
        summary: 'E-mail outbox (filter status=failed for failed deliveries)',
        querystring: outboxQuerySchema,
        response: { 200: outboxListSchema, 401: errorSchema, 403: errorSchema },
      },
    },
    (req) => {
      if (!can.manageUsers(requireCaller(req, { session: true }))) throw new AppError('forbidden');
      return listOutbox(app.db, req.query.status, req.query.page);
    },
  );
};
