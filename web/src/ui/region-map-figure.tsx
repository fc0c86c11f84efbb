import { type ComponentProps, lazy, Suspense } from 'react';
import { styled } from 'styled-components';
import { suomifiDesignTokens } from 'suomifi-ui-components';
import { useTranslation } from '../i18n/use-translation.js';
import { useHydrated } from './use-hydrated.js';

// The outlines and their drawing come only when a map is first shown.
const RegionMap = lazy(() => import('./region-map.js').then((m) => ({ default: m.RegionMap })));

const { colors, spacing, typography } = suomifiDesignTokens;

/** A map and its table side by side where there is room, the table below it on a phone. */
export const MapLayout = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${spacing.l} ${spacing.xl};
  margin-bottom: ${spacing.l};

  & > figure {
    flex: 0 1 20rem;
    min-width: 12rem;
  }

  & > div {
    flex: 1 1 16rem;
    min-width: 0;
  }
`;

const Figure = styled.figure<{ $small: boolean }>`
  margin: 0;
  max-width: ${({ $small }) => ($small ? '12rem' : '20rem')};
`;

const Source = styled.figcaption`
  margin-top: ${spacing.xs};
  ${typography.bodyTextSmall};
  color: ${colors.blackLight1};
`;

/**
 * Room kept for the map while its code loads, so that what is below does not jump: the outlines'
 * proportions, written here because importing them would bring them with the page.
 */
const Placeholder = styled.div`
  aspect-ratio: 574 / 1000;
`;

type RegionMapFigureProps = ComponentProps<typeof RegionMap> & {
  /** A small map beside facts (a project's regions) rather than one to choose from. */
  small?: boolean;
};

/** Finland's regions on a map, loaded when first shown, with the source of the outlines. */
export function RegionMapFigure({ small = false, ...map }: RegionMapFigureProps) {
  const { t } = useTranslation();
  // Drawn in the browser only: the server cannot wait for the map's code, and a page it sent
  // half-drawn would have to be drawn again in the browser.
  const hydrated = useHydrated();
  return (
    <Figure $small={small}>
      {hydrated ? (
        <Suspense fallback={<Placeholder />}>
          <RegionMap {...map} />
        </Suspense>
      ) : (
        <Placeholder />
      )}
      <Source>{t('directory.map.source')}</Source>
    </Figure>
  );
}
