import { Link } from 'suomifi-ui-components';
import { useTranslation } from '../../i18n/use-translation.js';

/** The formats answers download in for people: a spreadsheet, and CSV as Finnish Excel reads it. */
export type AnswerFileFormat = 'xlsx' | 'excel-csv';

/**
 * The links to a set of answers as files ("Excel (XLSX), CSV"): a respondent's own, an
 * organisation's for staff, a public round's. `href` gives each format's address.
 */
export function AnswerFiles({ href }: { href: (format: AnswerFileFormat) => string }) {
  const { t } = useTranslation();
  return (
    <>
      <Link href={href('xlsx')} download>
        {t('surveys.mine.xlsx')}
      </Link>
      {', '}
      <Link href={href('excel-csv')} download>
        {t('surveys.mine.csv')}
      </Link>
    </>
  );
}
