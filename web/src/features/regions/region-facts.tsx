import type { ReactNode } from 'react';
import { styled } from 'styled-components';
import { Heading, suomifiDesignTokens } from 'suomifi-ui-components';
import { type Lang, languages } from '../../../../common/languages.js';
import type { RegionDetail } from '../../../../common/schemas/regions.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { LocalizedName } from './region-name.js';

const { colors, spacing } = suomifiDesignTokens;

const List = styled.dl`
  display: grid;
  grid-template-columns: minmax(10rem, max-content) 1fr;
  gap: ${spacing.xs} ${spacing.l};
  margin: 0 0 ${spacing.s};

  & dt {
    font-weight: 600;
  }

  & dd {
    margin: 0;
  }
`;

const Source = styled.p`
  margin: 0 0 ${spacing.xxl};
  font-size: 16px;
  color: ${colors.blackBase};
`;

const nameLabels = {
  fi: 'regions.detail.nameFi',
  sv: 'regions.detail.nameSv',
  en: 'regions.detail.nameEn',
} as const satisfies Record<Lang, string>;

function Fact({ term, children, lang }: { term: string; children: ReactNode; lang?: Lang }) {
  return (
    <>
      <dt>{term}</dt>
      <dd lang={lang}>{children}</dd>
    </>
  );
}

/** What the region is: its names in every language and its codes in the classifications. */
export function RegionFacts({ region }: { region: RegionDetail }) {
  const { t } = useTranslation();
  return (
    <>
      <Heading variant="h2" mb="m">
        {t('regions.detail.factsHeading')}
      </Heading>
      <List>
        {languages.map((lang) => {
          const name = region.name[lang];
          return name ? (
            <Fact key={lang} term={t(nameLabels[lang])} lang={lang}>
              {name}
            </Fact>
          ) : null;
        })}
        <Fact term={t('regions.detail.code')}>{region.code}</Fact>
        <Fact term={t('regions.detail.nuts3')}>{region.nuts3}</Fact>
        <Fact term={t('regions.detail.nuts2')}>
          {region.nuts2.code} <LocalizedName name={region.nuts2.name} />
        </Fact>
      </List>
      <Source>{t('regions.detail.factsSource')}</Source>
    </>
  );
}
