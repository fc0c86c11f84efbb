import file from './reference/region-outlines.json' with { type: 'json' };

/** One region's outline: SVG path data and where its label fits, in the drawing's units. */
export interface RegionOutline {
  code: string;
  d: string;
  label: [number, number];
}

/**
 * Outlines of Finland's regions for the directory's map, generated from Natural Earth (public
 * domain) by scripts/build-region-outlines.mjs; reference/region-outlines.md names the source.
 */
export const regionOutlines = {
  source: file.source,
  viewBox: file.viewBox,
  regions: file.regions as RegionOutline[],
};
