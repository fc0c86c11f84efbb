import { type ReactNode, useEffect, useRef } from 'react';
import { styled } from 'styled-components';
import { ErrorSummary } from 'suomifi-ui-components';
import { useTranslation } from '../../i18n/use-translation.js';
import type { FieldMessage } from './field-errors.js';
import { FormAlert } from './form-alert.js';
import { useFieldMessage } from './use-field-message.js';

export interface ProblemField {
  /** Id of the input, for the summary's link. */
  id: string;
  label: string;
  /** A common field message, or a form's own text of the problem (already in the page language). */
  message: FieldMessage | { text: string } | undefined;
}

interface FormProblemsProps {
  /** The form's fields in order; those with a message are listed. */
  fields: ProblemField[];
  /** A problem with the whole form (wrong password, expired link, server down). */
  error?: unknown;
  /** What the reader can do about `error`, e.g. links. */
  errorHelp?: ReactNode;
  /** From useFormProblems: focus moves here every time it changes. */
  attempt: number;
  /** The summary's heading level: h2 for a page's form, lower for a form inside a section. */
  headingVariant?: 'h2' | 'h3' | 'h4';
}

// Takes focus from script only, so it needs no outline of its own.
export const AlertFocus = styled.div`
  &:focus {
    outline: none;
  }
`;

/**
 * Focus for the top of a form after a failed submit: the summary's heading, or else the alert.
 * `attempt` is the trigger: focus moves again on every failed submit, even with the same problems.
 */
export function useFocusOnAttempt(attempt: number) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (attempt === 0) return;
    (headingRef.current ?? alertRef.current)?.focus();
  }, [attempt]);
  return { headingRef, alertRef };
}

/**
 * The top of a form after a failed submit: a summary linking to each field with a problem, or the
 * error about the whole form. It takes focus so that screen readers read it at once; the fields'
 * own messages stay silent (statusTextAriaLiveMode="off") to avoid announcing twice.
 */
export function FormProblems({
  fields,
  error,
  errorHelp,
  attempt,
  headingVariant = 'h2',
}: FormProblemsProps) {
  const { t } = useTranslation();
  const text = useFieldMessage();
  const { headingRef, alertRef } = useFocusOnAttempt(attempt);
  const listed = fields.filter((field) => field.message);
  const showAlert = listed.length === 0 && Boolean(error);

  if (listed.length > 0) {
    return (
      <ErrorSummary
        headingText={t('form.summaryHeading', { count: listed.length })}
        headingVariant={headingVariant}
        headingRef={headingRef}
        items={listed.map((field) => ({
          inputId: field.id,
          text: t('form.summaryItem', {
            label: field.label,
            message:
              typeof field.message === 'object'
                ? field.message.text
                : text(field.message ?? 'checkField'),
          }),
        }))}
        mb="l"
      />
    );
  }
  if (!showAlert) return null;
  return (
    <AlertFocus ref={alertRef} tabIndex={-1}>
      <FormAlert error={error}>{errorHelp}</FormAlert>
    </AlertFocus>
  );
}
