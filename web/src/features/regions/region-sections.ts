import type { ComponentType } from 'react';
import type { RegionDetail } from '../../../../common/schemas/regions.js';
import { RegionGraph } from './ecosystem/graph-section.js';
import { OrganisationKinds } from './ecosystem/organisation-kinds.js';
import { RegionContacts } from './ecosystem/region-contacts.js';
import { RegionNetworks } from './ecosystem/region-networks.js';
import { RegionProjects } from './ecosystem/region-projects.js';
import { InThisRegion } from './in-this-region.js';
import { MunicipalityList } from './municipality-list.js';
import { RegionOrganisations } from './region-organisations.js';

export interface RegionSectionProps {
  region: RegionDetail;
}

/** A section of the region page below the facts; it renders its own h2. */
export interface RegionSection {
  id: string;
  Component: ComponentType<RegionSectionProps>;
}

/**
 * The sections of a region page after its facts, in order. A module with content per region
 * (organisations, projects, events) appends its section here; a plain count belongs in
 * region-counts.ts instead.
 */
export const regionSections: readonly RegionSection[] = [
  { id: 'in-this-region', Component: InThisRegion },
  { id: 'organisations', Component: RegionOrganisations },
  { id: 'organisation-kinds', Component: OrganisationKinds },
  { id: 'projects', Component: RegionProjects },
  { id: 'networks', Component: RegionNetworks },
  { id: 'contacts', Component: RegionContacts },
  { id: 'municipalities', Component: MunicipalityList },
  // Last: as a list it is long, and the drawing is taller than a screen on a phone.
  { id: 'graph', Component: RegionGraph },
];
