import { z } from 'zod';
import { pageSchema } from './primitives.js';

export const outboxStatuses = ['pending', 'sending', 'sent', 'logged', 'failed'] as const;
export type OutboxStatus = (typeof outboxStatuses)[number];

export const outboxQuerySchema = z.object({
  status: z.enum(outboxStatuses).optional(),
  page: pageSchema,
});

export const outboxMessageSchema = z
  .object({
    id: z.string(),
    to: z.string(),
    subject: z.string(),
    status: z.enum(outboxStatuses),
    attempts: z.number().int(),
    lastError: z.string().nullable(),
    createdAt: z.string(),
    sentAt: z.string().nullable(),
  })
  .meta({ id: 'OutboxMessage' });

export const outboxListSchema = z.object({
  items: z.array(outboxMessageSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
