import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { region } from './regions.js';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/** A person with an account. E-mail is stored lower-cased; `role` is the site-wide role. */
export const appUser = pgTable(
  'app_user',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    lang: varchar('lang', { length: 2 }).notNull().default('fi'),
    passwordHash: text('password_hash').notNull(),
    role: varchar('role', { length: 20 }).notNull().default('member'),
    emailVerifiedAt: ts('email_verified_at'),
    deactivatedAt: ts('deactivated_at'),
    lastLoginAt: ts('last_login_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    version: integer('version').notNull().default(1),
    /**
     * A coordinator's contact on the pages of their regions, only when they chose to publish it
     * (migration 0020): the name and e-mail address of the account, a title and a phone number.
     */
    contactPublic: boolean('contact_public').notNull().default(false),
    contactTitle: text('contact_title'),
    contactPhone: text('contact_phone'),
  },
  (t) => [uniqueIndex('app_user_email_key').on(t.email)],
);

/** Regions a coordinator works for. */
export const userRegion = pgTable(
  'user_region',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    regionCode: varchar('region_code', { length: 2 })
      .notNull()
      .references(() => region.code),
  },
  (t) => [primaryKey({ columns: [t.userId, t.regionCode] })],
);

/** A login session; only the SHA-256 of its random token is stored. */
export const userSession = pgTable(
  'user_session',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tokenHash: text('token_hash').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    lastSeenAt: ts('last_seen_at').notNull().defaultNow(),
    /** Sliding: moves forward with use, never past `absoluteExpiresAt`. */
    expiresAt: ts('expires_at').notNull(),
    absoluteExpiresAt: ts('absolute_expires_at').notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [
    uniqueIndex('user_session_token_key').on(t.tokenHash),
    index('user_session_user_idx').on(t.userId),
  ],
);

/** Single-use links sent by e-mail (verify e-mail, reset password, first admin setup). */
export const emailToken = pgTable(
  'email_token',
  {
    tokenHash: text('token_hash').primaryKey(),
    purpose: varchar('purpose', { length: 20 }).notNull(),
    userId: uuid('user_id').references(() => appUser.id, { onDelete: 'cascade' }),
    email: text('email'),
    createdAt: ts('created_at').notNull().defaultNow(),
    expiresAt: ts('expires_at').notNull(),
    usedAt: ts('used_at'),
  },
  (t) => [index('email_token_user_idx').on(t.userId)],
);

/** E-mail waiting to be sent, sent, or failed; the worker loop delivers it with retries. */
export const outboxMessage = pgTable(
  'outbox_message',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    to: text('to').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    html: text('html').notNull(),
    status: varchar('status', { length: 10 }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: ts('next_attempt_at').notNull().defaultNow(),
    lastError: text('last_error'),
    createdAt: ts('created_at').notNull().defaultNow(),
    sentAt: ts('sent_at'),
  },
  (t) => [index('outbox_message_due_idx').on(t.status, t.nextAttemptAt)],
);

/** Append-only security and change log. `actorLabel` survives account deletion, pseudonymised. */
export const auditEvent = pgTable(
  'audit_event',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: ts('at').notNull().defaultNow(),
    action: varchar('action', { length: 60 }).notNull(),
    actorId: uuid('actor_id'),
    actorLabel: text('actor_label'),
    targetType: varchar('target_type', { length: 30 }),
    targetId: text('target_id'),
    ip: text('ip'),
    userAgent: text('user_agent'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
  },
  (t) => [
    index('audit_event_at_idx').on(t.at),
    index('audit_event_actor_idx').on(t.actorId),
    index('audit_event_target_idx').on(t.targetId),
  ],
);

/** Personal API tokens for machine clients; only the SHA-256 of the secret is stored. */
export const apiToken = pgTable(
  'api_token',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull(),
    scope: varchar('scope', { length: 10 }).notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    expiresAt: ts('expires_at'),
    lastUsedAt: ts('last_used_at'),
    revokedAt: ts('revoked_at'),
  },
  (t) => [
    uniqueIndex('api_token_hash_key').on(t.tokenHash),
    index('api_token_user_idx').on(t.userId),
  ],
);
