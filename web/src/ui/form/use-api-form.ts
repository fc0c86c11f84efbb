import { type MutationKey, useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { FieldErrors, FieldKind, FieldMessage } from './field-errors.js';
import { hasErrors } from './field-errors.js';
import type { ProblemField } from './form-problems.js';
import { useFormProblems } from './use-form-problems.js';

/** A text field of a form: its input's id, its label, and how the server's messages are read. */
export interface FormFieldSpec {
  id: string;
  label: string;
  /** Defaults to 'other'. */
  kind?: FieldKind;
  /** Defaults to ''. */
  initial?: string;
}

type Values<F extends string> = Record<F, string>;

interface ApiFormOptions<F extends string, R> {
  /** The form's text fields in the order they stand, which is also the summary's order. */
  fields: Record<F, FormFieldSpec>;
  /** Checks before sending: a message for each field with a problem. */
  check: (values: Values<F>) => Partial<Record<F, FieldMessage | undefined>>;
  /** Sends the form. */
  send: (values: Values<F>) => Promise<R>;
  onSuccess?: (result: R, values: Values<F>) => unknown;
  /** A failure that belongs to one field (a wrong password); other failures go to the summary. */
  fieldError?: (error: unknown) => FieldErrors<F> | undefined;
  /** Runs after a failure has been shown, e.g. to fetch what is saved now. */
  onError?: (error: unknown) => void;
  /** Runs on every submit before anything is checked, e.g. to hide an earlier "saved". */
  onSubmit?: () => void;
  mutationKey?: MutationKey;
  /** Drops the answer as soon as onSuccess has run, for answers that hold a secret. */
  forgetResult?: boolean;
}

/**
 * The plumbing of a form that sends to the API: the fields' values, checks on submit, the request,
 * the server's field problems beside the fields and everything else in the summary, which takes
 * focus after each failed submit. Pair with `ApiForm` and `TextField`:
 * `<TextField {...form.field('email')} type="email" />`.
 */
export function useApiForm<F extends string, R>(options: ApiFormOptions<F, R>) {
  const { fields } = options;
  const names = Object.keys(fields) as F[];
  const initial = () =>
    Object.fromEntries(names.map((name) => [name, fields[name].initial ?? ''])) as Values<F>;
  const [values, setValues] = useState<Values<F>>(initial);
  const kinds = Object.fromEntries(
    names.map((name) => [name, fields[name].kind ?? 'other']),
  ) as Record<F, FieldKind>;
  const problems = useFormProblems(kinds);

  const mutation = useMutation({
    mutationKey: options.mutationKey,
    mutationFn: (sent: Values<F>) => options.send(sent),
    // The answer is only read here, so a secret in it lives no longer than this call.
    gcTime: options.forgetResult ? 0 : undefined,
    onSuccess: (result, sent) => options.onSuccess?.(result, sent),
    onError: (error) => {
      const own = options.fieldError?.(error);
      if (own) problems.show(own);
      else problems.showServerError(error);
      options.onError?.(error);
    },
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (mutation.isPending) return;
    options.onSubmit?.();
    const checked = options.check(values);
    const errors: FieldErrors<F> = {};
    for (const name of names) {
      const message = checked[name];
      if (message) errors[name] = message;
    }
    if (hasErrors(errors)) return problems.show(errors);
    problems.clear();
    mutation.mutate(
      values,
      options.forgetResult ? { onSuccess: () => mutation.reset() } : undefined,
    );
  };

  const set = (name: F, value: string) =>
    setValues((current) => ({ ...current, [name]: value }) as Values<F>);

  /** The props of a TextField for one of the fields. */
  const field = (name: F) => ({
    id: fields[name].id,
    label: fields[name].label,
    value: values[name],
    onChange: (value: string) => set(name, value),
    message: problems.fieldErrors[name],
  });

  const summary: ProblemField[] = names.map((name) => ({
    id: fields[name].id,
    label: fields[name].label,
    message: problems.fieldErrors[name],
  }));

  return {
    values,
    set,
    /** Puts every field back to its initial value, e.g. after a change has been sent. */
    reset: () => setValues(initial()),
    field,
    summary,
    fieldErrors: problems.fieldErrors,
    error: problems.error,
    attempt: problems.attempt,
    busy: mutation.isPending,
    onSubmit,
  };
}

export type ApiFormState = Pick<
  ReturnType<typeof useApiForm>,
  'summary' | 'error' | 'attempt' | 'busy' | 'onSubmit'
>;
