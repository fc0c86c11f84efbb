import { useCallback, useState } from 'react';
import { type FieldErrors, type FieldKind, serverFieldErrors } from './field-errors.js';

/**
 * The problems a form shows after a submit: field messages, or an error about the whole form.
 * `attempt` grows every time problems are shown, so focus moves to them again on each failed
 * submit even when they are the same as before.
 */
export function useFormProblems<F extends string>(kinds: Record<F, FieldKind>) {
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<F>>({});
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);

  const clear = useCallback(() => {
    setFieldErrors({});
    setError(null);
  }, []);

  const show = useCallback((fields: FieldErrors<F>, general: unknown = null) => {
    setFieldErrors(fields);
    setError(general);
    setAttempt((n) => n + 1);
  }, []);

  /** A failed request: its field problems beside the fields, anything else as one message. */
  const showServerError = useCallback(
    (failure: unknown) => {
      const fields = serverFieldErrors(failure, kinds);
      show(fields ?? {}, fields ? null : failure);
    },
    [kinds, show],
  );

  return { fieldErrors, error, attempt, clear, show, showServerError };
}
