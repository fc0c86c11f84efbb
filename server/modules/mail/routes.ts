import { count, desc, eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { limits } from '../../../common/limits.js';
import { errorSchema } from '../../../common/schemas/error.js';
import type { Db } from '../../db/client.js';
import { outboxMessage } from '../../db/schema/index.js';
import { AppError } from '../../errors.js';
import { requireCaller } from '../../plugins/session.js';
import { can } from '../accounts/policy.js';

const statuses = ['pending', 'sending', 'sent', 'logged', 'failed'] as const;

const outboxListSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      to: z.string(),
      subject: z.string(),
      status: z.enum(statuses),
      attempts: z.number().int(),
      lastError: z.string().nullable(),
      createdAt: z.string(),
      sentAt: z.string().nullable(),
    }),
  ),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

async function listOutbox(db: Db, status: (typeof statuses)[number] | undefined, page: number) {
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
      status: r.status as (typeof statuses)[number],
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
        querystring: z.object({
          status: z.enum(statuses).optional(),
          page: z.coerce.number().int().min(1).max(10_000).default(1),
        }),
        response: { 200: outboxListSchema, 401: errorSchema, 403: errorSchema },
      },
    },
    (req) => {
      if (!can.manageUsers(requireCaller(req))) throw new AppError('forbidden');
      return listOutbox(app.db, req.query.status, req.query.page);
    },
  );
};
