/**
 * Constants of a network's fields, without zod (as project-fields.ts): the schemas
 * (schemas/networks.ts) build on them, and the web app can use them without the schemas.
 */

export const networkLimits = {
  name: 200,
  description: 5000,
  shortText: 300,
  /** Members given with a new network; more are added one at a time. */
  initialMembers: 200,
} as const;

/** published → archived (kept with its history, shown to coordinators only). */
export const networkStates = ['published', 'archived'] as const;
export type NetworkState = (typeof networkStates)[number];

export const networkKinds = [
  'programme_consortium',
  'regional',
  'thematic',
  'sector',
  'international',
] as const;
export type NetworkKind = (typeof networkKinds)[number];

/** A member organisation's role; representatives of a coordinator member edit the network. */
export const networkMemberRoles = ['coordinator', 'member', 'observer'] as const;
export type NetworkMemberRole = (typeof networkMemberRoles)[number];

/** Orders of the network list: relevance (with text; the default then), name (else), members, updated. */
export const networkSorts = ['relevance', 'name', 'members', 'updated'] as const;

export const networkFacetNames = ['kind', 'region'] as const;
export type NetworkFacetName = (typeof networkFacetNames)[number];
