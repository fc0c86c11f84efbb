import { useTranslation } from 'react-i18next';
import { styled } from 'styled-components';
import { Heading, Paragraph, suomifiDesignTokens } from 'suomifi-ui-components';
import { pagePath } from '../../../../common/routes.js';
import { useLang } from '../../i18n/use-lang.js';
import { AppLink } from '../../ui/app-link.js';
import { PageHeading } from '../../ui/page-heading.js';
import { AreaList } from './area-list.js';

const Lead = styled(Paragraph)`
  &.fi-paragraph {
    max-width: 60ch;
    margin-bottom: ${suomifiDesignTokens.spacing.xxl};
    font-size: 22px;
  }
`;

const Text = styled(Paragraph)`
  &.fi-paragraph {
    max-width: 70ch;
  }
`;

const comingAreas = ['registry', 'observatory', 'knowledge', 'events', 'impact'] as const;

/** The front page: what Kudos is, the areas built so far and those to come, and who runs it. */
export function HomePage() {
  const { t } = useTranslation();
  const lang = useLang();

  const built = [
    {
      id: 'regions',
      title: <AppLink to={pagePath('regions', lang)}>{t('nav.regions')}</AppLink>,
      text: t('home.nowRegions'),
    },
  ];
  // Planned areas are described without links until they exist.
  const coming = comingAreas.map((id) => ({
    id,
    title: t(`home.coming.${id}Title`),
    text: t(`home.coming.${id}Text`),
  }));

  return (
    <>
      <title>{t('home.documentTitle')}</title>
      <PageHeading>{t('home.heading')}</PageHeading>
      <Lead>{t('home.lead')}</Lead>

      <Heading variant="h2" mb="m">
        {t('home.nowHeading')}
      </Heading>
      <AreaList areas={built} built />

      <Heading variant="h2" mb="s">
        {t('home.comingHeading')}
      </Heading>
      <Paragraph mb="m">{t('home.comingIntro')}</Paragraph>
      <AreaList areas={coming} built={false} />

      <Heading variant="h2" mb="s">
        {t('home.whoHeading')}
      </Heading>
      <Text>{t('home.whoText')}</Text>
    </>
  );
}
