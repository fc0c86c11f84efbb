/**
 * Constants of a project's fields, without zod (as organisation-fields.ts): the schemas
 * (schemas/projects.ts) build on them, and the web app can use them without the schemas.
 */

export const projectLimits = {
  title: 300,
  description: 5000,
  shortText: 300,
  reason: 2000,
  listItems: 20,
  partners: 60,
  /** Euros; a bound far above any project, so that a typo of many zeros is caught. */
  money: 10_000_000_000,
} as const;

/** pending (proposed) → published | rejected, as organisations. */
export const projectStates = ['pending', 'published', 'rejected'] as const;
export type ProjectState = (typeof projectStates)[number];

export const projectStatuses = ['planned', 'running', 'ended'] as const;
export type ProjectStatus = (typeof projectStatuses)[number];

/**
 * Funding programmes: the EU funds of the 2021–2027 period that fund projects in Finland (ESF+,
 * ERDF, the Just Transition Fund, Interreg, Erasmus+) and national, municipal, foundation or other
 * funding.
 */
export const fundingProgrammes = [
  'esf_plus',
  'erdf',
  'jtf',
  'interreg',
  'erasmus_plus',
  'national',
  'municipal',
  'foundation',
  'other',
] as const;
export type FundingProgramme = (typeof fundingProgrammes)[number];

/** A partner organisation's role in a project; exactly one partner is the lead. */
export const partnerRoles = ['lead', 'partner', 'co_implementer', 'funder', 'other'] as const;
export type PartnerRole = (typeof partnerRoles)[number];

/** The programme's eight goals (shared/reference/programme.md), by number. */
export const programmeGoals = [1, 2, 3, 4, 5, 6, 7, 8] as const;

/** Orders of a project list: relevance (with text; the default then), title (else), start (latest first), updated. */
export const projectSorts = ['relevance', 'title', 'start', 'updated'] as const;

export const projectFacetNames = ['region', 'status', 'fundingProgramme', 'goal', 'theme'] as const;
export type ProjectFacetName = (typeof projectFacetNames)[number];
