import { z } from 'zod';
import { limits } from '../common/limits.js';

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Environment variables Kudos reads, validated at boot. Empty values count as unset. */
const envSchema = z.object({
  PORT: z.coerce
    .number({ error: 'must be a port number (0–65535)' })
    .int('must be a whole number')
    .min(0, 'must be 0–65535')
    .max(65535, 'must be 0–65535')
    .default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .refine((v) => /^postgres(ql)?:\/\//.test(v) && URL.canParse(v), {
      message: 'must be a postgres:// or postgresql:// URL',
    })
    .optional(),
  /** Connections to a PostgreSQL server for reading requests (a third more serve changes). */
  DATABASE_POOL_SIZE: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be 1–100')
    .max(100, 'must be 1–100')
    .default(10),
  /** App processes sharing the port (PostgreSQL only; each keeps its own search index). */
  WORKERS: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be 1–64')
    .max(64, 'must be 1–64')
    .default(1),
  BASE_URL: z
    .string()
    .refine((v) => /^https?:\/\//.test(v) && URL.canParse(v), {
      message: 'must be an http:// or https:// URL',
    })
    .transform((v) => v.replace(/\/+$/, ''))
    .optional(),
  LOG_LEVEL: z.enum(logLevels, { error: `must be one of ${logLevels.join(', ')}` }).default('info'),
  BODY_LIMIT: z.coerce
    .number({ error: 'must be a number of bytes' })
    .int('must be a whole number of bytes')
    .positive('must be positive')
    .default(limits.bodyBytes),
  TRUST_PROXY: z
    .enum(['true', 'false', '1', '0'], { error: 'must be true or false' })
    .transform((v) => v === 'true' || v === '1')
    .default(false),
  WEB_DIST: z.string().min(1).optional(),
  SMTP_URL: z
    .string()
    .refine((v) => /^smtps?:\/\//.test(v) && URL.canParse(v), {
      message: 'must be an smtp:// or smtps:// URL',
    })
    .optional(),
  MAIL_FROM: z.string().min(3).default('Kudos <no-reply@localhost>'),
  /** Requests allowed per minute per address on login, register and reset; tests lower it. */
  AUTH_RATE_LIMIT: z.coerce.number({ error: 'must be a number' }).int().positive().default(10),
  /** Set to false only in tests that drive the outbox by hand. */
  MAIL_WORKER: z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .transform((v) => v === 'true')
    .default(true),
});

const localNames = new Set(['127.0.0.1', '0.0.0.0', '::', '::1', 'localhost']);

export type Env = z.input<typeof envSchema>;

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  databasePoolSize: number;
  baseUrl: string;
  logLevel: (typeof logLevels)[number];
  bodyLimit: number;
  trustProxy: boolean;
  /** Folder of the built web app; undefined → the default `web/dist`. */
  webDist: string | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  authRateLimit: number;
  mailWorker: boolean;
  workers: number;
}

export class ConfigError extends Error {
  constructor(
    readonly setting: string,
    detail: string,
  ) {
    super(`${setting}: ${detail}`);
  }
}

/** Reads the configuration from environment variables; throws ConfigError naming the first bad setting. */
export function loadConfig(env: NodeJS.ProcessEnv | Record<string, string | undefined>): Config {
  const cleaned: Record<string, string> = {};
  for (const key of Object.keys(envSchema.shape)) {
    const value = env[key];
    if (value !== undefined && value.trim() !== '') cleaned[key] = value.trim();
  }
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const setting = String(issue?.path[0] ?? 'environment');
    const given = cleaned[setting];
    const shown = given === undefined ? '' : ` (got "${given.slice(0, 80)}")`;
    throw new ConfigError(setting, `${issue?.message ?? 'invalid value'}${shown}`);
  }
  const e = parsed.data;
  if (e.WORKERS > 1 && !e.DATABASE_URL) {
    throw new ConfigError(
      'WORKERS',
      `more than one process needs DATABASE_URL: the embedded database belongs to one process (got "${e.WORKERS}")`,
    );
  }
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    baseUrl: e.BASE_URL ?? `http://${localNames.has(e.HOST) ? 'localhost' : e.HOST}:${e.PORT}`,
    logLevel: e.LOG_LEVEL,
    bodyLimit: e.BODY_LIMIT,
    trustProxy: e.TRUST_PROXY,
    webDist: e.WEB_DIST,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    authRateLimit: e.AUTH_RATE_LIMIT,
    mailWorker: e.MAIL_WORKER,
    workers: e.WORKERS,
  };
}
