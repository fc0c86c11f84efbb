import { useQuery } from '@tanstack/react-query';
import { styled } from 'styled-components';
import { Heading, Paragraph, suomifiDesignTokens } from 'suomifi-ui-components';
import { pagePath } from '../../../../common/routes.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { AppLink } from '../../ui/app-link.js';
import { DelayedLoading } from '../../ui/delayed-loading.js';
import { ErrorBox } from '../../ui/error-box.js';
import { regionOrganisationsQuery } from './api.js';
import type { RegionSectionProps } from './region-sections.js';

const { spacing } = suomifiDesignTokens;

const List = styled.ul`
  columns: 18rem auto;
  column-gap: ${spacing.xl};
  margin: 0 0 ${spacing.m};
  padding-left: ${spacing.m};

  & li {
    break-inside: avoid;
    margin-bottom: ${spacing.xxs};
  }
`;

/** How many shown here; the directory has the rest. */
const shown = 10;

/** The region's published organisations: their number, the first few by name, the way to all. */
export function RegionOrganisations({ region }: RegionSectionProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const query = useQuery(regionOrganisationsQuery(region.code, lang, shown));
  const directory = `${pagePath('organisations', lang)}?region=${encodeURIComponent(region.code)}`;

  return (
    <>
      <Heading variant="h2" mb="m">
        {t('regions.detail.organisationsHeading')}
      </Heading>
      {query.isPending && <DelayedLoading />}
      {query.isError && <ErrorBox error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess &&
        (query.data.total === 0 ? (
          <Paragraph mb="xxl">{t('regions.detail.organisationsEmpty')}</Paragraph>
        ) : (
          <>
            <Paragraph mb="m">
              {t('regions.detail.organisationCount', { count: query.data.total })}
            </Paragraph>
            <List>
              {query.data.items.map((o) => (
                <li key={o.id}>
                  <AppLink to={pagePath('organisation', lang, { id: o.id })}>
                    {(lang === 'sv' && o.nameSv) || (lang === 'en' && o.nameEn) || o.name}
                  </AppLink>
                </li>
              ))}
            </List>
            <Paragraph mb="xxl">
              <AppLink to={directory}>{t('regions.detail.organisationsAll')}</AppLink>
            </Paragraph>
          </>
        ))}
    </>
  );
}
