import { styled } from 'styled-components';
import { suomifiDesignTokens } from 'suomifi-ui-components';
import { useLang } from '../../../i18n/use-lang.js';
import { useTranslation } from '../../../i18n/use-translation.js';
import { AppLink } from '../../../ui/app-link.js';
import type { RegionCount } from './region-counts.js';

const { colors, spacing } = suomifiDesignTokens;

const Table = styled.table`
  width: 100%;
  border-collapse: collapse;

  /* The section's heading says the same just above: the caption names the table for screen
     readers only. */
  & caption {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  & th,
  & td {
    padding: ${spacing.insetS} ${spacing.insetM};
    border-bottom: 1px solid ${colors.depthLight1};
    text-align: left;
    vertical-align: top;
  }

  & thead th {
    border-bottom: 2px solid ${colors.depthDark1};
  }

  & tbody th {
    font-weight: 400;
  }

  & .count {
    text-align: right;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
`;

const Selected = styled.span`
  font-weight: 600;
`;

/**
 * The map's content as a table: every region with its count, each name a link to the list of
 * that region. It is the map's equivalent for screen readers, keyboards and enlarged text.
 */
export function RegionTable({ regions }: { regions: RegionCount[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const number = new Intl.NumberFormat(lang);
  return (
    <Table>
      <caption>{t('directory.map.heading')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('directory.map.regionColumn')}</th>
          <th scope="col" className="count">
            {t('directory.map.countColumn')}
          </th>
        </tr>
      </thead>
      <tbody>
        {regions.map((region) => (
          <tr key={region.code}>
            <th scope="row">
              <span lang={region.name.lang}>
                {region.count > 0 ? (
                  <AppLink to={region.href}>{region.name.text}</AppLink>
                ) : (
                  region.name.text
                )}
              </span>
              {region.selected && <Selected> ({t('directory.map.selected')})</Selected>}
            </th>
            <td className="count">{number.format(region.count)}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
