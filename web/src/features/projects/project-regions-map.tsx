import { pickText } from '../../../../common/languages.js';
import { pagePath } from '../../../../common/routes.js';
import type { ProjectDetail } from '../../../../common/schemas/projects.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import type { MapRegion } from '../../ui/region-map.js';
import { RegionMapFigure } from '../../ui/region-map-figure.js';

/** The project's regions shaded and outlined on a small map, each a link to its region's page. */
export function ProjectRegionsMap({ regions }: { regions: ProjectDetail['regions'] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const mapRegions: MapRegion[] = regions.map((r) => ({
    code: r.code,
    shade: 4,
    href: pagePath('region', lang, { code: r.code }),
    description: pickText(r.name, lang).text,
    selected: true,
  }));
  return (
    <RegionMapFigure regions={mapRegions} label={t('regions.ecosystem.map.projectLabel')} small />
  );
}
