import { useEffect, useRef } from 'react';
import { ErrorSummary } from 'suomifi-ui-components';
import { useTranslation } from '../../i18n/use-translation.js';

interface ProblemSummaryProps {
  /** Id of the field with the problem, for the summary's link. */
  inputId: string;
  label: string;
  message: string;
  /** Grows on every failed submit: focus moves to the summary again each time. */
  attempt: number;
}

/**
 * The summary at the top of a step's form after a failed submit, as on every form of the service
 * (ui/form/form-problems.tsx): it links to the field and takes focus, so it is read at once.
 */
export function ProblemSummary({ inputId, label, message, attempt }: ProblemSummaryProps) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (attempt > 0) headingRef.current?.focus();
  }, [attempt]);
  return (
    <ErrorSummary
      headingText={t('form.summaryHeading', { count: 1 })}
      headingVariant="h3"
      headingRef={headingRef}
      items={[{ inputId, text: t('form.summaryItem', { label, message }) }]}
      mb="l"
    />
  );
}
