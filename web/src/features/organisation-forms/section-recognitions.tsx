import { useEffect, useRef, useState } from 'react';
import { styled } from 'styled-components';
import { Button, DateInput, Heading, Paragraph, suomifiDesignTokens } from 'suomifi-ui-components';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { dropdownId, fieldId, Narrow, SelectField, useProblemText } from './fields.js';
import { Fieldset } from './fieldset.js';
import { newRecognition, type RecognitionValues } from './form-values.js';
import { useVocabulary } from './reference.js';
import type { SectionProps } from './section-basic.js';

const { spacing, colors } = suomifiDesignTokens;

const Row = styled.fieldset`
  margin: 0 0 ${spacing.l};
  padding: ${spacing.m};
  border: 1px solid ${colors.depthLight1};
  min-width: 0;

  & > legend {
    padding: 0 ${spacing.xs};
  }
`;

interface DateFieldProps {
  path: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  problem: SectionProps['problems'][string] | undefined;
}

function DateField({ path, label, value, onChange, problem }: DateFieldProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const text = useProblemText();
  return (
    <Narrow>
      <DateInput
        id={fieldId(path)}
        name={path}
        labelText={label}
        hintText={t('orgForm.hints.date')}
        optionalText={t('form.optional')}
        value={value}
        onChange={({ value: next }) => onChange(next)}
        datePickerEnabled
        language={lang}
        status={problem ? 'error' : 'default'}
        statusText={problem ? text(problem) : undefined}
        statusTextAriaLiveMode="off"
        fullWidth
        mb="m"
      />
    </Narrow>
  );
}

/** Marks and memberships (Social Enterprise mark, Arvo ry), each with the dates it is valid. */
export function RecognitionsSection({ values, update, problems }: SectionProps) {
  const { t } = useTranslation();
  const types = useVocabulary('recognitions');
  const rows = values.recognitions;
  const addButton = useRef<HTMLButtonElement>(null);
  const [focusRow, setFocusRow] = useState<number>();

  // A new row takes focus at its first field; a removed one hands focus to the add button.
  useEffect(() => {
    if (focusRow === undefined) return;
    if (focusRow < 0) addButton.current?.focus();
    else document.getElementById(dropdownId(`recognitions.${focusRow}.type`))?.focus();
    setFocusRow(undefined);
  }, [focusRow]);

  const change = (index: number, patch: Partial<RecognitionValues>) =>
    update({ recognitions: rows.map((r, i) => (i === index ? { ...r, ...patch } : r)) });

  return (
    <Fieldset legend={t('orgForm.sections.recognitions')} intro={t('orgForm.hints.recognitions')}>
      {rows.length === 0 && <Paragraph mb="m">{t('orgForm.recognitions.none')}</Paragraph>}
      {rows.map((row, i) => {
        const n = i + 1;
        return (
          <Row key={row.key}>
            <legend>
              <Heading variant="h3">{t('orgForm.recognitions.item', { n })}</Heading>
            </legend>
            <SelectField
              path={`recognitions.${i}.type`}
              label={t('orgForm.field.recognitionType')}
              noneLabel={t('orgForm.notChosen')}
              options={types}
              value={row.type}
              onChange={(type) => change(i, { type })}
              problem={problems[`recognitions.${i}.type`]}
            />
            <DateField
              path={`recognitions.${i}.since`}
              label={t('orgForm.field.recognitionSince')}
              value={row.since}
              onChange={(since) => change(i, { since })}
              problem={problems[`recognitions.${i}.since`]}
            />
            <DateField
              path={`recognitions.${i}.validUntil`}
              label={t('orgForm.field.recognitionValidUntil')}
              value={row.validUntil}
              onChange={(validUntil) => change(i, { validUntil })}
              problem={problems[`recognitions.${i}.validUntil`]}
            />
            <Button
              variant="secondary"
              onClick={() => {
                update({ recognitions: rows.filter((r) => r.key !== row.key) });
                setFocusRow(-1);
              }}
            >
              {t('orgForm.recognitions.remove', { n })}
            </Button>
          </Row>
        );
      })}
      {rows.length < 10 && (
        <Button
          ref={addButton}
          variant="secondary"
          onClick={() => {
            update({ recognitions: [...rows, newRecognition()] });
            setFocusRow(rows.length);
          }}
        >
          {t('orgForm.recognitions.add')}
        </Button>
      )}
    </Fieldset>
  );
}
