import { useCallback, useState } from 'react';
import { checkProject, type ProjectFormValues, type ProjectProblems } from './form-values.js';

/** The state of the project form: values, problems, and a count of failed submits (for focus). */
export function useProjectForm(initial: () => ProjectFormValues) {
  const [values, setValues] = useState(initial);
  const [problems, setProblems] = useState<ProjectProblems>({});
  const [attempt, setAttempt] = useState(0);
  const update = useCallback(
    (patch: Partial<ProjectFormValues>) => setValues((current) => ({ ...current, ...patch })),
    [],
  );
  /** Shows problems (none: a message about the whole form) and moves focus to them. */
  const show = useCallback((found: ProjectProblems) => {
    setProblems(found);
    setAttempt((n) => n + 1);
  }, []);
  /** Checks before sending; false when there is something to fix. */
  const check = () => {
    const found = checkProject(values);
    if (Object.keys(found).length > 0) {
      show(found);
      return false;
    }
    setProblems({});
    return true;
  };
  return { values, setValues, update, problems, attempt, show, check };
}
