import type { ComponentType } from 'react';
import type { RegionDetail } from '../../../../common/schemas/regions.js';
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
  { id: 'municipalities', Component: MunicipalityList },
];
