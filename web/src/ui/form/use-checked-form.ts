import { useCallback, useState } from 'react';

/**
 * The state of a form checked before it is sent (a project, a network): values, problems by field
 * and a count of failed submits, which moves focus to the problems each time.
 */
export function useCheckedForm<V, M>(
  initial: () => V,
  /** The problems of the values, by field (API path), each a message key. */
  checkValues: (values: V) => Record<string, M>,
) {
  const [values, setValues] = useState(initial);
  const [problems, setProblems] = useState<Record<string, M>>({});
  const [attempt, setAttempt] = useState(0);
  const update = useCallback(
    (patch: Partial<V>) => setValues((current) => ({ ...current, ...patch })),
    [],
  );
  /** Shows problems (none: a message about the whole form) and moves focus to them. */
  const show = useCallback((found: Record<string, M>) => {
    setProblems(found);
    setAttempt((n) => n + 1);
  }, []);
  /** Checks before sending; false when there is something to fix. */
  const check = () => {
    const found = checkValues(values);
    if (Object.keys(found).length > 0) {
      show(found);
      return false;
    }
    setProblems({});
    return true;
  };
  return { values, setValues, update, problems, attempt, show, check };
}
