import { pickText } from '../../../../common/languages.js';
import { pagePath } from '../../../../common/routes.js';
import type { RegionSummary } from '../../../../common/schemas/regions.js';
import { useLang } from '../../i18n/use-lang.js';
import type { MapRegion } from '../../ui/region-map.js';
import { RegionMapFigure } from '../../ui/region-map-figure.js';

/**
 * Every region on the map in one shade, each leading to its page when clicked: a way in by place
 * for the pointer. The table beside it has the same links for the keyboard and screen readers.
 */
export function RegionsMap({ regions }: { regions: RegionSummary[] }) {
  const lang = useLang();
  const mapRegions: MapRegion[] = regions.map((r) => ({
    code: r.code,
    shade: 2,
    href: pagePath('region', lang, { code: r.code }),
    description: pickText(r.name, lang).text,
  }));
  return <RegionMapFigure regions={mapRegions} pointerOnly />;
}
