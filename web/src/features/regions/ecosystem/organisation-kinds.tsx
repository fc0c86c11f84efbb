import { Heading, Paragraph, Table } from 'suomifi-ui-components';
import { pagePath } from '../../../../../common/routes.js';
import type { Ecosystem } from '../../../../../common/schemas/ecosystems.js';
import { useLang, useNumberFormat } from '../../../i18n/use-lang.js';
import { useTranslation } from '../../../i18n/use-translation.js';
import { AppLink } from '../../../ui/app-link.js';
import { definitionName, vocabularyText } from '../../organisations/labels.js';
import { emptyFilters, searchParamsOf } from '../../organisations/search-state.js';
import type { RegionSectionProps } from '../region-sections.js';
import { WithEcosystem } from './with-ecosystem.js';

type Facet = 'actorType' | 'family' | 'meets';
type Counts = Ecosystem['organisations'][Facet];

interface CountTableProps {
  code: string;
  facet: Facet;
  heading: string;
  counts: Counts;
}

/** One way of counting the region's organisations; each name leads to them in the directory. */
function CountTable({ code, facet, heading, counts }: CountTableProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const formatNumber = useNumberFormat();
  const headingId = `ecosystem-${facet}`;
  const nameOf = (value: string) =>
    facet === 'meets'
      ? definitionName(t, value)
      : vocabularyText(facet === 'actorType' ? 'actorTypes' : 'families', value, lang);
  const directory = (value: string) => {
    const filters = emptyFilters();
    filters.region = [code];
    filters[facet] = [value];
    return `${pagePath('organisations', lang)}?${searchParamsOf({ filters })}`;
  };

  const columns = [
    { key: 'name', labelText: t(`directory.filters.${facet}`) },
    { key: 'count', labelText: t('regions.ecosystem.kinds.countColumn'), textAlign: 'right' },
  ] as const;
  // The most common first; a kind with none is left out.
  const rows = counts
    .filter((c) => c.count > 0)
    .map((c) => ({ ...c, name: nameOf(c.value) }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, lang))
    .map((c) => ({
      id: c.value,
      name: <AppLink to={directory(c.value)}>{c.name}</AppLink>,
      count: formatNumber(c.count),
    }));
  if (rows.length === 0) return null;

  return (
    <>
      <Heading variant="h3" id={headingId} mb="s">
        {heading}
      </Heading>
      <Table aria-labelledby={headingId} columns={columns} data={rows} condensed mb="l" />
    </>
  );
}

/** The region's organisations counted by actor type, by family and by the definitions they meet. */
export function OrganisationKinds({ region }: RegionSectionProps) {
  const { t } = useTranslation();
  return (
    <>
      <Heading variant="h2" mb="m">
        {t('regions.ecosystem.kinds.heading')}
      </Heading>
      <WithEcosystem code={region.code}>
        {({ organisations: o }) =>
          o.total === 0 ? (
            <Paragraph mb="xxl">{t('regions.ecosystem.kinds.none')}</Paragraph>
          ) : (
            <>
              <Paragraph mb="m">{t('regions.ecosystem.kinds.help')}</Paragraph>
              <CountTable
                code={region.code}
                facet="actorType"
                heading={t('regions.ecosystem.kinds.actorType')}
                counts={o.actorType}
              />
              <CountTable
                code={region.code}
                facet="family"
                heading={t('regions.ecosystem.kinds.family')}
                counts={o.family}
              />
              {o.meets.some((c) => c.count > 0) ? (
                <>
                  <CountTable
                    code={region.code}
                    facet="meets"
                    heading={t('regions.ecosystem.kinds.meets')}
                    counts={o.meets}
                  />
                  <Paragraph mb="xxl">{t('regions.ecosystem.kinds.meetsHint')}</Paragraph>
                </>
              ) : (
                <>
                  <Heading variant="h3" mb="s">
                    {t('regions.ecosystem.kinds.meets')}
                  </Heading>
                  <Paragraph mb="xxl">{t('regions.ecosystem.kinds.meetsNone')}</Paragraph>
                </>
              )}
            </>
          )
        }
      </WithEcosystem>
    </>
  );
}
