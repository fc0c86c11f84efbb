import { useId } from 'react';
import { styled } from 'styled-components';
import { Link, suomifiDesignTokens } from 'suomifi-ui-components';
import { useTranslation } from '../i18n/use-translation.js';

const { colors, spacing, typography } = suomifiDesignTokens;

const Downloads = styled.div`
  margin: 0 0 ${spacing.l};

  & a + a {
    margin-left: ${spacing.m};
  }
`;

const Hint = styled.p`
  margin: ${spacing.xxs} 0 0;
  ${typography.bodyTextSmall};
  color: ${colors.blackLight1};
`;

/** The export formats of a list: for people (Excel) first, then for programs. */
export const exportFormats = ['xlsx', 'excel-csv', 'csv', 'json'] as const;
export type ExportFormat = (typeof exportFormats)[number];

const keys = {
  xlsx: 'directory.export.xlsx',
  'excel-csv': 'directory.export.excelCsv',
  csv: 'directory.export.csv',
  json: 'directory.export.json',
} as const;

/**
 * A list's current search as files: plain links, so that the browser downloads them as it does
 * any file. `hrefOf` gives the export address of a format (in the reader's language).
 */
export function ExportLinks({ hrefOf }: { hrefOf: (format: ExportFormat) => string }) {
  const { t } = useTranslation();
  const hintId = useId();
  return (
    <Downloads>
      <span>
        {t('directory.export.label')}{' '}
        {exportFormats.map((format) => (
          <Link
            key={format}
            href={hrefOf(format)}
            download
            underline="initial"
            aria-describedby={hintId}
          >
            {t(keys[format])}
          </Link>
        ))}
      </span>
      <Hint id={hintId}>{t('directory.export.hint')}</Hint>
    </Downloads>
  );
}
