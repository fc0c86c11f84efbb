import { styled } from 'styled-components';
import { suomifiDesignTokens, VisuallyHidden } from 'suomifi-ui-components';
import type { StatisticsCell, StatisticsTable } from '../../../../common/schemas/statistics.js';
import { useNumberFormat, usePercentFormat } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';

const { colors, spacing, typography } = suomifiDesignTokens;

const Scroll = styled.div`
  overflow-x: auto;
  margin-bottom: ${spacing.m};
`;

const Grid = styled.table`
  border-collapse: collapse;
  ${typography.bodyTextSmall};

  caption {
    text-align: left;
    ${typography.bodySemiBold};
    margin-bottom: ${spacing.xs};
  }
  th,
  td {
    border: 1px solid ${colors.depthLight1};
    padding: ${spacing.xxs} ${spacing.xs};
  }
  thead th {
    background: ${colors.depthLight3};
    vertical-align: bottom;
  }
  th[scope='row'] {
    text-align: left;
    font-weight: normal;
  }
  td {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  .total {
    font-weight: 600;
  }
`;

const totalCode = 'total';

/**
 * A statistics table as an HTML table: the last dimension across, the others down (each with its
 * total), a hidden figure as `..` with its meaning for screen readers, an empty one as `–`.
 */
export function StatisticsTableView({ table }: { table: StatisticsTable }) {
  const { t } = useTranslation();
  const formatNumber = useNumberFormat();
  const formatPercent = usePercentFormat();
  const dims = table.dimensions;
  const byKey = new Map(table.cells.map((c) => [c.at.join('|'), c]));
  const nameOf = (d: number, code: string) =>
    code === totalCode
      ? t('statistics.table.total')
      : (dims[d]?.categories.find((c) => c.code === code)?.label ?? code);
  const show = (cell: StatisticsCell | undefined) => {
    if (!cell) return '';
    if (cell.suppressed) {
      return (
        <>
          <span aria-hidden="true">..</span>
          <VisuallyHidden>{t('statistics.table.suppressedCell')}</VisuallyHidden>
        </>
      );
    }
    if (cell.value === null) {
      return (
        <>
          <span aria-hidden="true">–</span>
          <VisuallyHidden>{t('statistics.table.emptyCell')}</VisuallyHidden>
        </>
      );
    }
    return table.measure === 'share'
      ? formatPercent(cell.value / 100)
      : formatNumber(round(cell.value));
  };
  const caption = `${table.indicator.label}: ${table.measure === 'count' ? t('statistics.table.countCaption') : t(`statistics.measure.${table.measure}`)} (${table.population.label})`;

  if (dims.length === 0) {
    return (
      <Scroll>
        <Grid>
          <caption>{caption}</caption>
          <tbody>
            <tr>
              <th scope="row">{t('statistics.table.total')}</th>
              <td>{show(table.cells[0])}</td>
            </tr>
          </tbody>
        </Grid>
      </Scroll>
    );
  }
  const across = dims.length === 1 ? null : (dims[dims.length - 1] ?? null);
  const down = across ? dims.slice(0, -1) : dims;
  const codesOf = (d: (typeof dims)[number]) => [...d.categories.map((c) => c.code), totalCode];
  const rows = down.reduce<string[][]>(
    (acc, d) => acc.flatMap((r) => codesOf(d).map((c) => [...r, c])),
    [[]],
  );
  const columns = across ? codesOf(across) : [null];
  return (
    <Scroll>
      <Grid>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {down.map((d) => (
              <th key={d.code} scope="col">
                {d.label}
              </th>
            ))}
            {columns.map((c) => (
              <th key={c ?? 'value'} scope="col" className={c === totalCode ? 'total' : undefined}>
                {c === null ? t(`statistics.measure.${table.measure}`) : nameOf(dims.length - 1, c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const isTotal = r.includes(totalCode);
            return (
              <tr key={r.join('|')} className={isTotal ? 'total' : undefined}>
                {r.map((code, k) => (
                  <th key={`${down[k]?.code}-${code}`} scope="row">
                    {nameOf(k, code)}
                  </th>
                ))}
                {columns.map((c) => (
                  <td key={c ?? 'value'}>
                    {show(byKey.get((c === null ? r : [...r, c]).join('|')))}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </Grid>
    </Scroll>
  );
}

/** Figures to at most one decimal (means, shares); counts and sums stay whole. */
const round = (v: number) => Math.round(v * 10) / 10;
