import { type ReactNode, useEffect, useRef } from 'react';
import { styled } from 'styled-components';
import { ErrorSummary } from 'suomifi-ui-components';
import { useTranslation } from '../../i18n/use-translation.js';
import { useFieldLabel } from './field-labels.js';
import type { FieldProblems } from './field-problems.js';
import { fieldId, useProblemText } from './fields.js';

// Takes focus from script only, so it needs no outline of its own.
const Focusable = styled.div`
  &:focus {
    outline: none;
  }
`;

interface FormSummaryProps {
  problems: FieldProblems;
  /** The fields' paths in the order of the form, so that the summary follows it. */
  order: string[];
  /** A problem with the whole form, or what to do next (similar names, a taken business ID). */
  alert?: ReactNode;
  /** Grows on every failed submit: focus moves here each time. */
  attempt: number;
  /** Where a problem's link leads when it is not the field's own id (the industry code). */
  targetOf?: (path: string) => string;
}

/**
 * The top of the organisation form after a failed submit: a summary with a link to each field with
 * a problem, and any message about the whole form. It takes focus, so screen readers read it at once.
 */
export function FormSummary({ problems, order, alert, attempt, targetOf }: FormSummaryProps) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const text = useProblemText();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (attempt === 0) return;
    (headingRef.current ?? alertRef.current)?.focus();
  }, [attempt]);

  const rank = (path: string) => {
    const i = order.findIndex((p) => path === p || path.startsWith(`${p}.`));
    return i === -1 ? order.length : i;
  };
  const paths = Object.keys(problems).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));

  return (
    <>
      {paths.length > 0 && (
        <ErrorSummary
          headingText={t('form.summaryHeading', { count: paths.length })}
          headingVariant="h2"
          headingRef={headingRef}
          items={paths.map((path) => ({
            inputId: targetOf?.(path) ?? fieldId(path),
            text: t('form.summaryItem', {
              label: label(path),
              message: text(problems[path] ?? { code: 'checkField' }),
            }),
          }))}
          mb="l"
        />
      )}
      {alert && (
        <Focusable ref={alertRef} tabIndex={-1}>
          {alert}
        </Focusable>
      )}
    </>
  );
}
