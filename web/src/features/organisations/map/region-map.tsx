import { type MouseEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { styled } from 'styled-components';
import { suomifiDesignTokens } from 'suomifi-ui-components';
import { regionOutlines } from '../../../../../common/region-outlines.js';
import { useLang } from '../../../i18n/use-lang.js';
import { type RegionCount, shadeStep } from './region-counts.js';

const { colors } = suomifiDesignTokens;

/** Fills from none to most: a light grey, then four blues light enough for black numbers. */
const shades = [
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

  & a {
    cursor: pointer;
    outline: none;
  }

  & a:hover path {
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

interface RegionMapProps {
  regions: RegionCount[];
  /** The map's accessible name. */
  label: string;
}

/**
 * Finland's regions shaded by how many organisations each has, with the count on each; a region
 * with none stays grey and unnumbered (nineteen zeros would hide the few numbers that matter).
 * A region with organisations is a link to their list, reached with the keyboard in the regions'
 * order. Drawn from outlines made once from Natural Earth (common/reference/region-outlines.md).
 */
export function RegionMap({ regions, label }: RegionMapProps) {
  const navigate = useNavigate();
  const number = new Intl.NumberFormat(useLang());
  const [focused, setFocused] = useState<string | null>(null);
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const max = Math.max(0, ...regions.map((r) => r.count));
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
      role="group"
      aria-label={label}
      preserveAspectRatio="xMidYMid meet"
    >
      {outlines.map(({ outline, region }) => {
        const shape = (
          <path
            d={outline.d}
            fill={shades[shadeStep(region?.count ?? 0, max)]}
            vectorEffect="non-scaling-stroke"
          />
        );
        if (!region || region.count === 0) return <g key={outline.code}>{shape}</g>;
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
      {/* The numbers are in each link's name already: screen readers skip them here. */}
      {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG g is never focusable */}
      <g aria-hidden="true">
        {outlines.map(({ outline, region }) =>
          region && region.count > 0 ? (
            <text key={outline.code} x={outline.label[0]} y={outline.label[1]}>
              {number.format(region.count)}
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
