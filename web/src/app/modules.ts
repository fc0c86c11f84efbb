import type { PageId } from '../../../common/routes.js';

/**
 * The areas of Kudos, in order: the one place a module registers itself. The main menu links the
 * built ones (those with a page); the front page shows the built ones as links and the rest as
 * coming. When a module lands, it gives its entry a `page` and nothing else needs to change.
 * Titles and texts are catalog keys under `home.areas.<id>`.
 */
export interface ModuleEntry {
  id: AreaId;
  /** The area's main page, once it is built. */
  page?: PageId;
}

export type AreaId =
  | 'organisations'
  | 'regions'
  | 'projects'
  | 'networks'
  | 'observatory'
  | 'knowledge'
  | 'events'
  | 'impact';

export const modules: readonly ModuleEntry[] = [
  { id: 'organisations', page: 'organisations' },
  { id: 'regions', page: 'regions' },
  { id: 'projects', page: 'projects' },
  { id: 'networks', page: 'networks' },
  { id: 'observatory', page: 'statistics' },
  { id: 'knowledge' },
  { id: 'events' },
  { id: 'impact' },
];

/** The built areas, with their pages. */
export const builtModules = modules.filter(
  (m): m is ModuleEntry & { page: PageId } => m.page !== undefined,
);
