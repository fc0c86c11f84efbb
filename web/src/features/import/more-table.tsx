import { useEffect, useRef, useState } from 'react';
import { styled } from 'styled-components';
import { Button, Paragraph, Table, type TableColumn, type TableRow } from 'suomifi-ui-components';
import { useTranslation } from '../../i18n/use-translation.js';

/** Rows shown at first and added by each press of "show more". */
const batchSize = 50;

// Takes focus from script only, when the last rows are shown and the button goes away.
const Count = styled(Paragraph)`
  &:focus {
    outline: none;
  }
`;

interface MoreTableProps<C extends readonly TableColumn[]> {
  /** Id of the heading above, which names the table (a caption would repeat it). */
  labelledBy: string;
  columns: C;
  rows: TableRow<C>[];
}

/**
 * A table that starts with its first 50 rows and shows 50 more at a time, so that hundreds of
 * errors stay readable and quick. The count of rows shown is a status, read when it changes.
 */
export function MoreTable<C extends readonly TableColumn[]>({
  labelledBy,
  columns,
  rows,
}: MoreTableProps<C>) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(batchSize);
  const [focusCount, setFocusCount] = useState(false);
  const countRef = useRef<HTMLParagraphElement>(null);
  const visible = rows.slice(0, shown);

  // The button is gone once every row is shown; focus goes to the count instead of the page's top.
  useEffect(() => {
    if (focusCount) countRef.current?.focus();
  }, [focusCount]);

  return (
    <>
      <Table aria-labelledby={labelledBy} columns={columns} data={visible} condensed mb="s" />
      <div role="status">
        {rows.length > batchSize && (
          <Count ref={countRef} tabIndex={-1} mb="s">
            {t('import.report.shown', { shown: visible.length, total: rows.length })}
          </Count>
        )}
      </div>
      {visible.length < rows.length && (
        <Button
          variant="secondary"
          onClick={() => {
            const next = shown + batchSize;
            setShown(next);
            if (next >= rows.length) setFocusCount(true);
          }}
          mb="l"
        >
          {t('import.report.showMore', { count: Math.min(batchSize, rows.length - shown) })}
        </Button>
      )}
    </>
  );
}
