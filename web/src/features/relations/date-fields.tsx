import { styled } from 'styled-components';
import { DateInput } from 'suomifi-ui-components';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { type RelationProblem, useProblemText } from './problems.js';

// A date needs no full-width box; the picker button stays beside it.
const Narrow = styled.div`
  & .fi-date-input_input-and-picker-wrapper {
    max-width: 14rem;
  }
`;

/** The ids of a form's date inputs, also for its summary of problems. */
export const dateFieldIds = (idPrefix: string): Record<keyof DateValues, string> => ({
  startDate: `${idPrefix}-start`,
  endDate: `${idPrefix}-end`,
});

export interface DateValues {
  startDate: string;
  endDate: string;
}

interface DateFieldsProps {
  /** The inputs' ids are made from it (dateFieldIds). */
  idPrefix: string;
  values: DateValues;
  onChange: (values: DateValues) => void;
  problems: Partial<Record<keyof DateValues, RelationProblem>>;
  /**
   * Where a form has a summary of problems, it is read out and the fields stay silent; in a
   * dialog there is none, so the field's own problem is announced.
   */
  announce?: boolean;
}

/**
 * Optional start and end dates (of a relation, a network membership), typed as 31.12.2026 or
 * picked from a calendar.
 */
export function DateFields({ idPrefix, values, onChange, problems, announce }: DateFieldsProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const text = useProblemText();
  const ids = dateFieldIds(idPrefix);
  const field = (key: keyof DateValues, label: string) => {
    const problem = problems[key];
    return (
      <Narrow key={key}>
        <DateInput
          id={ids[key]}
          labelText={label}
          hintText={t('relations.dates.hint')}
          optionalText={t('form.optional')}
          value={values[key]}
          onChange={({ value }) => onChange({ ...values, [key]: value })}
          datePickerEnabled
          language={lang}
          status={problem ? 'error' : 'default'}
          statusText={problem ? text(problem) : undefined}
          statusTextAriaLiveMode={announce ? 'assertive' : 'off'}
          fullWidth
          mb="l"
        />
      </Narrow>
    );
  };
  return (
    <>
      {field('startDate', t('relations.dates.start'))}
      {field('endDate', t('relations.dates.end'))}
    </>
  );
}
