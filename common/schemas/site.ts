import { z } from 'zod';
import { limits } from '../limits.js';
import { optionalText, plainString, text, versionSchema } from './primitives.js';

/**
 * The service's own pages that administrators keep up to date: the accessibility statement
 * (required by the Act on the Provision of Digital Services 306/2019, §§ 15–17) and the about page
 * with the programme's contacts. Stored as settings, so that a changed authority, address or
 * consortium needs no new release.
 */
export const siteLimits = {
  shortText: 300,
  longText: 4000,
  listItems: 30,
} as const;

/** Text in Finnish (required), Swedish and English (optional, empty = none). */
const localized = (max: number) =>
  z.object({
    fi: text(max),
    sv: optionalText(max),
    en: optionalText(max),
  });

/** The same, as stored and answered. */
const localizedOut = z.object({
  fi: z.string(),
  sv: z.string().nullable(),
  en: z.string().nullable(),
});

const email = plainString().trim().max(limits.emailMaxLength).email('not an e-mail address');
const optionalEmail = email
  .nullish()
  .or(z.literal('').transform(() => null))
  .transform((v) => v ?? null);
const phone = plainString()
  .trim()
  .regex(/^\+?[0-9 ()-]{5,30}$/, 'phone number');
const optionalPhone = phone
  .nullish()
  .or(z.literal('').transform(() => null))
  .transform((v) => v ?? null);
const webAddress = plainString()
  .trim()
  .max(siteLimits.shortText)
  .url()
  .refine((u) => /^https?:\/\//i.test(u), { message: 'http or https address' });
const optionalWebAddress = webAddress
  .nullish()
  .or(z.literal('').transform(() => null))
  .transform((v) => v ?? null);
const isoDate = z.iso.date();

export const complianceLevels = ['full', 'partial', 'none'] as const;
export type ComplianceLevel = (typeof complianceLevels)[number];

/** The editable content of the accessibility statement. */
export const accessibilityDataSchema = z.object({
  /** Where people report problems and ask for content in an accessible form (null = not set yet). */
  feedbackEmail: optionalEmail,
  compliance: z.enum(complianceLevels),
  preparedOn: isoDate,
  reviewedOn: isoDate,
  /** Known shortcomings, one item each. */
  shortcomings: z.array(localized(siteLimits.longText)).max(siteLimits.listItems),
  /** The supervisory authority (digipalvelulaki 306/2019 § 17). */
  authority: z.object({
    name: localized(siteLimits.shortText),
    unit: localized(siteLimits.shortText),
    url: z.object({ fi: webAddress, sv: optionalWebAddress, en: optionalWebAddress }),
    email,
    phone,
  }),
});
export type AccessibilityData = z.output<typeof accessibilityDataSchema>;
export type AccessibilityInput = z.input<typeof accessibilityDataSchema>;

export const accessibilityOutputSchema = z.object({
  feedbackEmail: z.string().nullable(),
  compliance: z.enum(complianceLevels),
  preparedOn: z.string(),
  reviewedOn: z.string(),
  shortcomings: z.array(localizedOut),
  authority: z.object({
    name: localizedOut,
    unit: localizedOut,
    url: localizedOut,
    email: z.string(),
    phone: z.string(),
  }),
});

export const programmeRoles = ['coordinator', 'partner'] as const;

/** The editable content of the about page: who runs the programme and how to reach it. */
export const aboutDataSchema = z.object({
  intro: localized(siteLimits.longText),
  organisations: z
    .array(
      z.object({
        name: localized(siteLimits.shortText),
        role: z.enum(programmeRoles),
        url: optionalWebAddress,
      }),
    )
    .max(siteLimits.listItems),
  contact: z.object({
    email: optionalEmail,
    phone: optionalPhone,
    address: optionalText(siteLimits.shortText),
  }),
  regionalContacts: z
    .array(
      z.object({
        area: localized(siteLimits.shortText),
        name: text(siteLimits.shortText),
        email: optionalEmail,
        phone: optionalPhone,
      }),
    )
    .max(siteLimits.listItems),
});
export type AboutData = z.output<typeof aboutDataSchema>;
export type AboutInput = z.input<typeof aboutDataSchema>;

export const aboutOutputSchema = z.object({
  intro: localizedOut,
  organisations: z.array(
    z.object({ name: localizedOut, role: z.enum(programmeRoles), url: z.string().nullable() }),
  ),
  contact: z.object({
    email: z.string().nullable(),
    phone: z.string().nullable(),
    address: z.string().nullable(),
  }),
  regionalContacts: z.array(
    z.object({
      area: localizedOut,
      name: z.string(),
      email: z.string().nullable(),
      phone: z.string().nullable(),
    }),
  ),
});

/** What the caller may do with a site page's content. */
const sitePermissionsSchema = z.object({ edit: z.boolean() });
const meta = {
  version: z.number().int(),
  updatedAt: z.string(),
  permissions: sitePermissionsSchema,
};

export const accessibilityStatementSchema = z.object({
  ...accessibilityOutputSchema.shape,
  ...meta,
});
export type AccessibilityStatement = z.infer<typeof accessibilityStatementSchema>;

export const aboutPageSchema = z.object({ ...aboutOutputSchema.shape, ...meta });
export type AboutPage = z.infer<typeof aboutPageSchema>;

/** A replacement of the whole content, based on `version` (409 when it is stale). */
export const updateAccessibilityBodySchema = accessibilityDataSchema.extend({
  version: versionSchema,
});
export const updateAboutBodySchema = aboutDataSchema.extend({ version: versionSchema });

export const sitePageKeys = ['accessibility', 'about'] as const;
export type SitePageKey = (typeof sitePageKeys)[number];
