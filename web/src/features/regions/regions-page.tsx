import { useQuery } from '@tanstack/react-query';
import { Paragraph } from 'suomifi-ui-components';
import { pagePath } from '../../../../common/routes.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { Breadcrumbs } from '../../ui/breadcrumbs.js';
import { DelayedLoading } from '../../ui/delayed-loading.js';
import { ErrorBox } from '../../ui/error-box.js';
import { PageHeading } from '../../ui/page-heading.js';
import { PageTitle } from '../../ui/page-title.js';
import { MapLayout } from '../../ui/region-map-figure.js';
import { regionListQuery } from './api.js';
import { RegionsMap } from './regions-map.js';
import { RegionsTable } from './regions-table.js';

function RegionList() {
  const { t } = useTranslation();
  const lang = useLang();
  const query = useQuery(regionListQuery(lang));

  if (query.isPending) return <DelayedLoading />;
  if (query.isError) return <ErrorBox error={query.error} onRetry={() => void query.refetch()} />;
  if (query.data.items.length === 0) return <Paragraph>{t('regions.list.empty')}</Paragraph>;
  return (
    <>
      <Paragraph mb="m">{t('regions.ecosystem.map.regionsHelp')}</Paragraph>
      {/* The table first, the map beside it: the keyboard and screen readers meet the table first. */}
      <MapLayout>
        <div>
          <RegionsTable regions={query.data.items} total={query.data.total} />
        </div>
        <RegionsMap regions={query.data.items} />
      </MapLayout>
    </>
  );
}

/** All regions (maakunnat) of Finland. */
export function RegionsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <>
      <PageTitle page={t('regions.list.title')} />
      <Breadcrumbs
        items={[
          { label: t('nav.home'), to: pagePath('home', lang) },
          { label: t('regions.list.title') },
        ]}
      />
      <PageHeading>{t('regions.list.title')}</PageHeading>
      <Paragraph mb="l">{t('regions.list.intro')}</Paragraph>
      <RegionList />
    </>
  );
}
