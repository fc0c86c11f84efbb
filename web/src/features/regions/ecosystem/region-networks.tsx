import { styled } from 'styled-components';
import { Heading, Paragraph, suomifiDesignTokens } from 'suomifi-ui-components';
import { pagePath } from '../../../../../common/routes.js';
import type { Ecosystem } from '../../../../../common/schemas/ecosystems.js';
import { useLang } from '../../../i18n/use-lang.js';
import { useTranslation } from '../../../i18n/use-translation.js';
import { AppLink } from '../../../ui/app-link.js';
import { RuledList } from '../../../ui/ruled-list.js';
import { projectText } from '../../projects/labels.js';
import type { RegionSectionProps } from '../region-sections.js';
import { WithEcosystem } from './with-ecosystem.js';

const Name = styled.h3`
  margin: 0 0 ${suomifiDesignTokens.spacing.xxs};
  font-size: 18px;
`;

const Meta = styled.p`
  margin: 0;
`;

function NetworksOf({ networks }: { networks: Ecosystem['networks'] }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (networks.total === 0) {
    return <Paragraph mb="xxl">{t('regions.ecosystem.networks.none')}</Paragraph>;
  }
  return (
    <>
      <Paragraph mb="m">
        {t('regions.ecosystem.networks.count', { count: networks.total })}{' '}
        {t('regions.ecosystem.networks.intro')}
      </Paragraph>
      <RuledList>
        {networks.items.map((n) => {
          // A network's names are written as a project's titles are: Finnish, and others optional.
          const name = projectText(n.name, lang);
          return (
            <li key={n.id}>
              <Name>
                <AppLink to={pagePath('network', lang, { id: n.id })} lang={name.lang}>
                  {name.text}
                </AppLink>
              </Name>
              <Meta>
                {t(`networks.kinds.${n.kind}`)} ·{' '}
                {t('regions.ecosystem.networks.members', {
                  count: n.membersInRegion,
                  total: n.memberCount,
                })}
              </Meta>
            </li>
          );
        })}
      </RuledList>
      {networks.total > networks.items.length && (
        <Paragraph mb="m">
          {t('regions.ecosystem.networks.shown', { shown: networks.items.length })}
        </Paragraph>
      )}
    </>
  );
}

/** The networks present in the region: placed in it or with members in it, the most there first. */
export function RegionNetworks({ region }: RegionSectionProps) {
  const { t } = useTranslation();
  return (
    <>
      <Heading variant="h2" mb="m">
        {t('regions.ecosystem.networks.heading')}
      </Heading>
      <WithEcosystem code={region.code}>
        {(ecosystem) => <NetworksOf networks={ecosystem.networks} />}
      </WithEcosystem>
    </>
  );
}
