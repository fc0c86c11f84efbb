import type { TFunction } from 'i18next';
import type { RegionDetail } from '../../../../common/schemas/regions.js';

/** One figure in the "In this region" section of a region page. */
export interface RegionCount {
  id: string;
  count: (region: RegionDetail) => number;
  /** The figure with its noun in the page language, e.g. "26 kuntaa". */
  label: (t: TFunction, count: number) => string;
}

/**
 * The figures shown for a region, in order. A module that counts something per region
 * (organisations, projects, events) adds its count to the API's `counts` and an entry here.
 */
export const regionCounts: readonly RegionCount[] = [
  {
    id: 'municipalities',
    count: (region) => region.counts.municipalities,
    label: (t, count) => t('regions.detail.municipalityCount', { count }),
  },
  {
    id: 'postalCodes',
    count: (region) => region.counts.postalCodes,
    label: (t, count) => t('regions.detail.postalCodeCount', { count }),
  },
];
