/**
 * Constants of the registry's fields, without zod: the schemas (schemas/organisations.ts) build on
 * them, and the web app's first download (the directory's search state) uses them directly.
 */

/** Limits of organisation fields, shared by the API and the forms. */
export const organisationLimits = {
  name: 200,
  shortText: 300,
  description: 5000,
  socialAimText: 2000,
  reason: 2000,
  listItems: 20,
  logoBytes: 512 * 1024,
} as const;

export const organisationStates = ['pending', 'published', 'rejected', 'merged'] as const;
export const organisationStatuses = ['active', 'inactive', 'closed'] as const;
export const memberRoles = ['owner', 'editor'] as const;
export type MemberRole = (typeof memberRoles)[number];
export const definitionIds = [
  'eu_operational',
  'esem',
  'finnish_mark',
  'work_integration',
] as const;
export const tradingIncomeBands = ['0', '1-24', '25-49', '50-74', '75-100'] as const;

export const searchSorts = ['relevance', 'name', 'updated'] as const;

export const facetNames = [
  'region',
  'municipality',
  'actorType',
  'family',
  'legalForm',
  'tolSection',
  'theme',
  'sdg',
  'targetGroup',
  'recognition',
  'meets',
  'partialWorkAbility',
  'status',
] as const;
export type FacetName = (typeof facetNames)[number];
