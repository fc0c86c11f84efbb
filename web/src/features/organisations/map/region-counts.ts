import type { Label } from '../labels.js';

/** A region as the map and its table show it: how many organisations, and where it leads. */
export interface RegionCount {
  code: string;
  name: Label;
  count: number;
  /** The directory's list narrowed to this region, other choices kept. */
  href: string;
  /** The region filter already has it. */
  selected: boolean;
  /** Its accessible name: "Pirkanmaa, 42 organisations". */
  description: string;
}

/** Shade steps of the map, 0 for none and 1–4 in proportion to the largest count. */
export function shadeStep(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(4, Math.ceil((count / max) * 4));
}
