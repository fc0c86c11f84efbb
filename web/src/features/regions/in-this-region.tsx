import { styled } from 'styled-components';
import { Heading, suomifiDesignTokens } from 'suomifi-ui-components';
import { useTranslation } from '../../i18n/use-translation.js';
import { regionCounts } from './region-counts.js';
import type { RegionSectionProps } from './region-sections.js';

const { colors, spacing } = suomifiDesignTokens;

const Figures = styled.ul`
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
  gap: ${spacing.m};
  margin: 0 0 ${spacing.xxl};
  padding: 0;
  list-style: none;
`;

const Figure = styled.li`
  padding: ${spacing.m};
  border-left: 4px solid ${colors.highlightBase};
  background: ${colors.highlightLight4};
  font-size: 22px;
  font-weight: 600;
`;

/** The region's figures: municipalities, postal code areas and what later modules count. */
export function InThisRegion({ region }: RegionSectionProps) {
  const { t } = useTranslation();
  return (
    <>
      <Heading variant="h2" mb="m">
        {t('regions.detail.inRegionHeading')}
      </Heading>
      <Figures>
        {regionCounts.map((item) => (
          <Figure key={item.id}>{item.label(t, item.count(region))}</Figure>
        ))}
      </Figures>
    </>
  );
}
