import { type MouseEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { styled } from 'styled-components';
import { suomifiDesignTokens } from 'suomifi-ui-components';
import { regionOutlines } from '../../../common/region-outlines.js';

const { colors } = suomifiDesignTokens;

/** Fills from none to most: a light grey, then four blues light enough for black numbers. */
export const regionShades = [
  colors.depthLight2,
  'hsl(212, 63%, 93%)',
  'hsl(212, 63%, 84%)',
  'hsl(212, 63%, 74%)',
  'hsl(212, 63%, 63%)',
];

const [, , viewWidth, viewHeight] = regionOutlines.viewBox.split(' ').map(Number);

const Svg = styled.svg`
  display: block;
  width: 100%;
  max-width: 20rem;
  height: auto;
  aspect-ratio: ${viewWidth} / ${viewHeight};

  & path {
    stroke: ${colors.whiteBase};
    stroke-width: 1px;
    stroke-linejoin: round;
    fill-rule: evenodd;
  }

  & a,
  & .pointer-link {
    cursor: pointer;
    outline: none;
  }

  & a:hover path,
  & .pointer-link:hover path {
    stroke: ${colors.blackBase};
    stroke-width: 2px;
  }

  & .selected {
    fill: none;
    stroke: ${colors.blackBase};
    stroke-width: 3px;
    pointer-events: none;
  }

  /* A dark ring with a light edge inside: visible on every shade and on the white page. */
  & .focus-outer {
    fill: none;
    stroke: ${colors.blackBase};
    stroke-width: 6px;
    pointer-events: none;
  }

  & .focus-inner {
    fill: none;
    stroke: ${colors.whiteBase};
    stroke-width: 2px;
    pointer-events: none;
  }

  & text {
    font-size: 27px;
    font-weight: 600;
    fill: ${colors.blackBase};
    stroke: ${colors.whiteBase};
    stroke-width: 5px;
    stroke-linejoin: round;
    paint-order: stroke;
    text-anchor: middle;
    dominant-baseline: central;
    pointer-events: none;
  }
`;

/** A region as a map draws it; a region the map is not given stays grey and inert. */
export interface MapRegion {
  code: string;
  /** Fill step from `regionShades`: 0 for none, 4 for most. */
  shade: number;
  /** Where the region leads; without one it is drawn but is not a link. */
  href?: string | undefined;
  /** The link's accessible name: "Pirkanmaa, 42 organisations". */
  description?: string;
  /** Written on the region (a count); screen readers have it in the description. */
  mark?: string | undefined;
  /** Outlined in black: chosen (the directory's filter) or meant (a project's regions). */
  selected?: boolean;
}

/**
 * A map to use with any means, named for screen readers; or, where the page has the same links
 * in text right beside it (the regions page's table), one whose regions lead on when clicked but
 * that stays out of the keyboard's and screen readers' way instead of doubling every link.
 */
type RegionMapProps = { regions: MapRegion[] } & (
  | { label: string; pointerOnly?: false }
  | { pointerOnly: true; label?: never }
);

/**
 * Finland's regions shaded and marked as the caller says (organisations per region in the
 * directory, a project's regions on its page). A region with an address is a link, reached with
 * the keyboard in the regions' order. Drawn from outlines made once from Natural Earth
 * (common/reference/region-outlines.md).
 */
export function RegionMap({ regions, label, pointerOnly = false }: RegionMapProps) {
  const navigate = useNavigate();
  const [focused, setFocused] = useState<string | null>(null);
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const outlines = regionOutlines.regions.map((outline) => ({
    outline,
    region: byCode.get(outline.code),
  }));

  // Followed inside the app; a click with a modifier opens a new tab as any link does.
  const follow = (href: string) => (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    void navigate(href);
  };

  return (
    <Svg
      viewBox={regionOutlines.viewBox}
      preserveAspectRatio="xMidYMid meet"
      {...(pointerOnly ? { 'aria-hidden': true } : { role: 'group', 'aria-label': label })}
    >
      {outlines.map(({ outline, region }) => {
        const shape = (
          <path
            d={outline.d}
            fill={regionShades[region?.shade ?? 0]}
            vectorEffect="non-scaling-stroke"
          />
        );
        if (!region?.href) return <g key={outline.code}>{shape}</g>;
        if (pointerOnly) {
          const { href } = region;
          return (
            // biome-ignore lint/a11y/noStaticElementInteractions: the same link is in the text beside the map
            <g
              key={outline.code}
              className="pointer-link"
              data-region={outline.code}
              onClick={() => void navigate(href)}
            >
              <title>{region.description}</title>
              {shape}
            </g>
          );
        }
        return (
          <a
            key={outline.code}
            href={region.href}
            aria-label={region.description}
            onClick={follow(region.href)}
            onFocus={() => setFocused(outline.code)}
            onBlur={() => setFocused((code) => (code === outline.code ? null : code))}
          >
            <title>{region.description}</title>
            {shape}
          </a>
        );
      })}
      {outlines
        .filter(({ region }) => region?.selected)
        .map(({ outline }) => (
          <path
            key={outline.code}
            className="selected"
            d={outline.d}
            vectorEffect="non-scaling-stroke"
          />
        ))}
      {/* The marks are in each link's name already: screen readers skip them here. */}
      {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG g is never focusable */}
      <g aria-hidden="true">
        {outlines.map(({ outline, region }) =>
          region?.mark ? (
            <text key={outline.code} x={outline.label[0]} y={outline.label[1]}>
              {region.mark}
            </text>
          ) : null,
        )}
      </g>
      {outlines
        .filter(({ outline }) => outline.code === focused)
        .map(({ outline }) => (
          <g key={outline.code}>
            <path className="focus-outer" d={outline.d} vectorEffect="non-scaling-stroke" />
            <path className="focus-inner" d={outline.d} vectorEffect="non-scaling-stroke" />
          </g>
        ))}
    </Svg>
  );
}
