import { Table } from 'suomifi-ui-components';
import type { ImportPreview } from '../../../../common/schemas/organisation-import.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { shorten, useColumnHeading } from './columns.js';

/** The file's first rows under their headings, so the reader sees what each column holds. */
export function SampleTable({ preview, fileName }: { preview: ImportPreview; fileName: string }) {
  const { t } = useTranslation();
  const columnHeading = useColumnHeading();
  const columns = [
    { key: 'row', labelText: t('import.report.row') },
    ...preview.columns.map((heading, i) => ({
      key: `c${i}`,
      labelText: columnHeading(heading, i),
    })),
  ];
  const data = preview.sample.map((cells, r) => ({
    // The header is row 1 of the spreadsheet, so the first data row is row 2.
    id: String(r + 2),
    row: r + 2,
    ...Object.fromEntries(preview.columns.map((_, i) => [`c${i}`, shorten(cells[i] ?? '', 80)])),
  }));
  return (
    <Table
      caption={t('import.mapping.sampleCaption', { file: fileName })}
      columns={columns}
      data={data}
      condensed
      mb="l"
    />
  );
}
