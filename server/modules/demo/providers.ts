import type { DemoKind } from '../../../common/schemas/demo.js';
import type { Db } from '../../db/client.js';
import {
  countDemoOrganisations,
  deleteDemoOrganisations,
  insertDemoOrganisations,
} from '../organisations/demo.service.js';
import {
  countDemoProjects,
  deleteDemoProjects,
  insertDemoProjects,
} from '../projects/demo.service.js';

/**
 * One module's demo data. A module that lands adds its provider here (and its kind in
 * common/schemas/demo.ts); `npm run demo:load` then loads it with the rest.
 */
export interface DemoProvider {
  kind: DemoKind;
  /** How many of its rows are demo data (0 = none loaded). */
  count(db: Db): Promise<number>;
  /** Adds its demo rows, in one transaction; returns how many. */
  load(db: Db): Promise<number>;
  /** Deletes exactly its demo rows and what depends on them; returns how many. */
  unload(db: Db): Promise<number>;
}

/** In load order: a provider may refer to the data of those before it; unload goes backwards. */
export const demoProviders: readonly DemoProvider[] = [
  {
    kind: 'organisations',
    count: countDemoOrganisations,
    load: (db) => insertDemoOrganisations(db),
    unload: deleteDemoOrganisations,
  },
  {
    kind: 'projects',
    count: countDemoProjects,
    load: (db) => insertDemoProjects(db),
    unload: deleteDemoProjects,
  },
];
