import { type FormEvent, type ReactNode, type RefObject, useState } from 'react';
import { styled } from 'styled-components';
import { Heading, Paragraph, suomifiDesignTokens } from 'suomifi-ui-components';
import type { ImportEncoding } from '../../../../common/schemas/import.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { FormActions } from '../../ui/form/form-layout.js';
import { BusyButton } from './busy-button.js';
import { type ColumnOption, ColumnSelect } from './column-select.js';
import { shorten, useColumnHeading } from './columns.js';
import type { ImportKind, ImportPreviewBase, Mapping } from './kind.js';
import { ProblemSummary } from './problem-summary.js';
import { SampleTable } from './sample-table.js';
import { Step } from './step.js';

const { spacing } = suomifiDesignTokens;

/** Two columns of selects while they fit, one on narrow screens. */
const Grid = styled.div`
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(min(100%, 20rem), 1fr));
  column-gap: ${spacing.l};
  max-width: 48rem;
`;

const EncodingBox = styled.div`
  max-width: 24rem;
`;

const encodings = ['utf-8', 'windows-1252', 'iso-8859-15'] as const;

// The Dropdown needs a value for "not imported"; a column index is never this.
const notImported = 'none';

const selectId = (field: string) => `import-field-${field}`;

interface MappingStepProps {
  kind: ImportKind;
  preview: ImportPreviewBase;
  fileName: string;
  mapping: Mapping;
  onChange: (field: string, column: number | undefined) => void;
  /** Reads the file again in another encoding. */
  onEncodingChange: (encoding: ImportEncoding) => void;
  onCheck: () => void;
  busy: boolean;
  locked: boolean;
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** What went wrong when the file was checked. */
  problem?: ReactNode;
  /** The kind's own choices, shown before the check button. */
  options?: ReactNode;
}

/** Step 2: which column of the file fills which field, suggested from the headings. */
export function MappingStep({
  kind,
  preview,
  fileName,
  mapping,
  onChange,
  onEncodingChange,
  onCheck,
  busy,
  locked,
  headingRef,
  problem,
  options,
}: MappingStepProps) {
  const isRequired = (field: string) => kind.required.includes(field);
  const { t } = useTranslation();
  const columnHeading = useColumnHeading();
  const [missing, setMissing] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  const firstRow = preview.sample[0] ?? [];

  const columnOptions: ColumnOption[] = preview.columns.map((heading, i) => {
    const name = columnHeading(heading, i);
    const sample = shorten(firstRow[i] ?? '', 40);
    return {
      value: String(i),
      label: sample ? t('import.mapping.option', { column: name, sample }) : name,
    };
  });
  const optionalOptions = [
    { value: notImported, label: t('import.mapping.notImported') },
    ...columnOptions,
  ];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy || locked) return;
    const unmapped = kind.required.find((field) => mapping[field] === undefined);
    setMissing(unmapped);
    if (unmapped) setAttempt((n) => n + 1);
    else onCheck();
  };

  const fieldLabel = (field: string) =>
    // Only the name must be chosen; marking the 21 others optional would say little.
    isRequired(field)
      ? t('import.mapping.required', { label: kind.fieldLabel(t, field) })
      : kind.fieldLabel(t, field);

  return (
    <Step heading={t('import.mapping.heading')} headingRef={headingRef}>
      <Paragraph mb="m">
        {t('import.mapping.fileInfo', {
          file: fileName,
          count: preview.rowCount,
          columns: preview.columns.length,
        })}
      </Paragraph>
      {/* A CSV file's encoding can be only guessed from its bytes; the reader sees and decides. */}
      {preview.format === 'csv' && preview.encoding !== 'utf-16le' && (
        <EncodingBox>
          <ColumnSelect
            id="import-encoding"
            label={t('import.mapping.encoding')}
            hint={t('import.mapping.encodingHint')}
            value={preview.encoding}
            placeholder={t('import.mapping.encoding')}
            options={encodings.map((value) => ({
              value,
              label: t(`import.mapping.encodings.${value}`),
            }))}
            onChange={(value) => {
              if (value !== preview.encoding) onEncodingChange(value as ImportEncoding);
            }}
            disabled={locked || busy}
          />
        </EncodingBox>
      )}
      <SampleTable preview={preview} fileName={fileName} />
      <form noValidate onSubmit={submit}>
        <Heading variant="h3" mb="s">
          {t('import.mapping.choicesHeading')}
        </Heading>
        {missing && (
          <ProblemSummary
            inputId={selectId(missing)}
            label={kind.fieldLabel(t, missing)}
            message={kind.text(t, 'mappingMissing')}
            attempt={attempt}
          />
        )}
        <Paragraph mb="s">{t('import.mapping.intro')}</Paragraph>
        <Paragraph mb="l">{t('import.mapping.listHint')}</Paragraph>
        <Grid>
          {kind.fields.map((field) => {
            const column = mapping[field];
            const required = isRequired(field);
            return (
              <ColumnSelect
                key={field}
                id={selectId(field)}
                label={fieldLabel(field)}
                value={column === undefined ? (required ? null : notImported) : String(column)}
                placeholder={t('import.mapping.placeholder')}
                options={required ? columnOptions : optionalOptions}
                onChange={(value) => {
                  onChange(field, value === notImported ? undefined : Number(value));
                  if (field === missing) setMissing(undefined);
                }}
                error={field === missing ? kind.text(t, 'mappingMissing') : undefined}
                disabled={locked}
              />
            );
          })}
        </Grid>
        {options}
        <FormActions>
          <BusyButton busy={busy} busyText={t('import.mapping.checking')} disabled={locked}>
            {t('import.mapping.check')}
          </BusyButton>
        </FormActions>
      </form>
      {problem}
    </Step>
  );
}
