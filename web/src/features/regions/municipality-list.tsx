import { useMemo } from 'react';
import { styled } from 'styled-components';
import { Heading, Paragraph, suomifiDesignTokens } from 'suomifi-ui-components';
import { pickText } from '../../../../common/languages.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import type { RegionSectionProps } from './region-sections.js';

const List = styled.ul`
  columns: 14rem auto;
  column-gap: ${suomifiDesignTokens.spacing.xl};
  margin: 0;
  padding-left: ${suomifiDesignTokens.spacing.m};

  & li {
    break-inside: avoid;
    margin-bottom: ${suomifiDesignTokens.spacing.xxs};
  }
`;

/** The region's municipalities, named and sorted in the page language. */
export function MunicipalityList({ region }: RegionSectionProps) {
  const { t } = useTranslation();
  const lang = useLang();

  const municipalities = useMemo(() => {
    const collator = new Intl.Collator(lang);
    return region.municipalities
      .map((m) => ({ code: m.code, name: pickText(m.name, lang) }))
      .sort((a, b) => collator.compare(a.name.text, b.name.text));
  }, [region.municipalities, lang]);

  return (
    <>
      <Heading variant="h2" mb="m">
        {t('regions.detail.municipalitiesHeading')}
      </Heading>
      {municipalities.length === 0 ? (
        <Paragraph>{t('regions.detail.municipalitiesEmpty')}</Paragraph>
      ) : (
        <List>
          {municipalities.map(({ code, name }) => (
            // English names are often missing: the fallback name is marked with its language.
            <li key={code} lang={name.lang === lang ? undefined : name.lang}>
              {name.text}
            </li>
          ))}
        </List>
      )}
    </>
  );
}
