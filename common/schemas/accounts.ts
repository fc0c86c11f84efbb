import { z } from 'zod';
import { languages } from '../languages.js';
import { limits } from '../limits.js';
import {
  int4Schema,
  optionalText,
  pageSchema,
  phoneNumber,
  plainString,
  text,
  versionSchema,
} from './primitives.js';

export const roles = ['member', 'coordinator', 'admin'] as const;
export type Role = (typeof roles)[number];

export const emailSchema = plainString()
  .trim()
  .max(limits.emailMaxLength)
  .email('not an e-mail address')
  .transform((e) => e.toLowerCase());

/** Length only here; the common-password check is on the server. */
export const passwordSchema = plainString()
  .min(limits.passwordMinLength, 'password_too_short')
  .max(limits.passwordMaxLength, 'password_too_long');

export const langSchema = z.enum(languages);
export const nameSchema = text(limits.nameMaxLength);
/** A single-use token from an e-mail link (verify, reset, setup). */
export const linkTokenSchema = plainString().min(20).max(200);

export const registerBodySchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  name: nameSchema,
  lang: langSchema.default('fi'),
});

export const loginBodySchema = z.object({
  email: emailSchema,
  // No length rules at login: a too long password is simply wrong, and never hashed.
  password: plainString().min(1).max(1024),
});

export const emailOnlyBodySchema = z.object({ email: emailSchema });
export const tokenBodySchema = z.object({ token: linkTokenSchema });
export const resetPasswordBodySchema = z.object({
  token: linkTokenSchema,
  password: passwordSchema,
});
export const changePasswordBodySchema = z.object({
  currentPassword: plainString().min(1).max(1024),
  newPassword: passwordSchema,
});
export const changeEmailBodySchema = z.object({
  newEmail: emailSchema,
  password: plainString().min(1).max(1024),
});
export const setupAdminBodySchema = z.object({
  token: linkTokenSchema,
  email: emailSchema,
  password: passwordSchema,
  name: nameSchema,
});

/** What an action accepted without saying whether the e-mail is registered (no enumeration). */
export const acceptedSchema = z.object({ status: z.literal('accepted') });

export const mePermissionsSchema = z.object({
  manageUsers: z.boolean(),
  viewAuditLog: z.boolean(),
  moderate: z.boolean(),
  editSitePages: z.boolean(),
  manageSurveys: z.boolean(),
});

export const meSchema = z
  .object({
    id: z.string().uuid(),
    email: z.string(),
    name: z.string(),
    lang: langSchema,
    role: z.enum(roles),
    regions: z.array(z.string()).meta({ description: 'Regions a coordinator works for' }),
    createdAt: z.string(),
    version: z.number().int(),
    permissions: mePermissionsSchema,
    contact: z
      .object({ public: z.boolean(), title: z.string().nullable(), phone: z.string().nullable() })
      .meta({
        description:
          "A coordinator's contact on their regions' pages (name and e-mail of the account, title, phone), shown only when public",
      }),
  })
  .meta({ id: 'Me' });

/** Who is signed in, if anyone: the web app asks this on every first page, so "nobody" is a 200. */
export const signedInSchema = z.object({ user: meSchema.nullable() }).meta({ id: 'SignedIn' });

/** A coordinator's choice to be a contact on their regions' pages, with a title and phone. */
export const contactChoiceSchema = z.object({
  public: z.boolean(),
  title: optionalText(120),
  phone: phoneNumber(),
});

export const updateMeBodySchema = z.object({
  name: nameSchema.optional(),
  lang: langSchema.optional(),
  contact: contactChoiceSchema.optional(),
  version: versionSchema.meta({ description: 'The version read; a stale one gets 409' }),
});

export const sessionSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  expiresAt: z.string(),
  userAgent: z.string().nullable(),
  ip: z.string().nullable(),
  current: z.boolean(),
});
export const sessionListSchema = z.object({ items: z.array(sessionSchema) });

export const userSummarySchema = z
  .object({
    id: z.string().uuid(),
    email: z.string(),
    name: z.string(),
    role: z.enum(roles),
    regions: z.array(z.string()),
    emailVerified: z.boolean(),
    active: z.boolean(),
    createdAt: z.string(),
    lastLoginAt: z.string().nullable(),
    version: z.number().int(),
    permissions: z.object({
      update: z
        .boolean()
        .meta({ description: 'The caller may change role, regions or active state' }),
    }),
  })
  .meta({ id: 'UserSummary' });

export const userListQuerySchema = z.object({
  q: plainString().trim().max(200).optional(),
  role: z.enum(roles).optional(),
  active: z.enum(['true', 'false']).optional(),
  page: pageSchema,
});
export const userListSchema = z.object({
  items: z.array(userSummarySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const updateUserBodySchema = z.object({
  role: z.enum(roles).optional(),
  regions: z
    .array(z.string().regex(/^\d{2}$/))
    .max(19)
    .optional(),
  active: z.boolean().optional(),
  version: versionSchema,
});

export const auditEventSchema = z
  .object({
    id: z.string(),
    at: z.string(),
    action: z.string(),
    actorId: z.string().nullable(),
    actorLabel: z.string().nullable(),
    targetType: z.string().nullable(),
    targetId: z.string().nullable(),
    ip: z.string().nullable(),
    userAgent: z.string().nullable(),
    details: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'AuditEvent' });

export const auditQuerySchema = z.object({
  action: plainString().max(60).optional(),
  actorId: z.uuid().optional(),
  targetId: plainString().max(60).optional(),
  page: pageSchema,
});
export const auditListSchema = z.object({
  items: z.array(auditEventSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const tokenScopes = ['read', 'read_write'] as const;

export const createTokenBodySchema = z.object({
  name: text(limits.tokenNameMaxLength),
  scope: z.enum(tokenScopes),
  expiresInDays: int4Schema().min(1).max(366).nullable().default(null),
});

export const apiTokenSchema = z
  .object({
    id: z.string().uuid(),
    name: z.string(),
    scope: z.enum(tokenScopes),
    createdAt: z.string(),
    expiresAt: z.string().nullable(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: 'ApiToken' });
export const apiTokenListSchema = z.object({ items: z.array(apiTokenSchema) });
export const createdTokenSchema = z.object({
  token: z.string().meta({ description: 'The secret, shown only this once' }),
  item: apiTokenSchema,
});

export const deleteAccountBodySchema = z.object({
  password: plainString().min(1).max(1024),
  confirm: z.literal(true).meta({ description: 'Must be true: the user confirmed the deletion' }),
});

export type Me = z.infer<typeof meSchema>;
export type ApiToken = z.infer<typeof apiTokenSchema>;
export type SessionInfo = z.infer<typeof sessionSchema>;
export type UserSummary = z.infer<typeof userSummarySchema>;
export type AuditEvent = z.infer<typeof auditEventSchema>;
