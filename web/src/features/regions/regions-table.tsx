import { Table } from 'suomifi-ui-components';
import { pagePath } from '../../../../common/routes.js';
import type { RegionSummary } from '../../../../common/schemas/regions.js';
import { useLang, useNumberFormat } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { AppLink } from '../../ui/app-link.js';
import { LocalizedName } from './region-name.js';

/** The regions in the order the API gives them (by code), each name linking to its page. */
interface RegionsTableProps {
  regions: RegionSummary[];
  total: number;
}

export function RegionsTable({ regions, total }: RegionsTableProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const formatNumber = useNumberFormat();

  const columns = [
    { key: 'name', labelText: t('regions.list.columnName') },
    { key: 'code', labelText: t('regions.list.columnCode') },
    { key: 'nuts3', labelText: t('regions.list.columnNuts3') },
    {
      key: 'municipalities',
      labelText: t('regions.list.columnMunicipalities'),
      textAlign: 'right',
    },
  ] as const;

  const rows = regions.map((region) => ({
    id: region.code,
    name: (
      <AppLink to={pagePath('region', lang, { code: region.code })}>
        <LocalizedName name={region.name} />
      </AppLink>
    ),
    code: region.code,
    nuts3: region.nuts3,
    municipalities: formatNumber(region.counts.municipalities),
  }));

  return (
    <Table
      id="regions-table"
      caption={t('regions.list.count', { count: total })}
      columns={columns}
      data={rows}
    />
  );
}
