import { type QueryKey, useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import { Paragraph } from 'suomifi-ui-components';
import type { z } from 'zod';
import { useTranslation } from '../../../i18n/use-translation.js';
import { FormActions } from '../../../ui/form/form-layout.js';
import { SubmitButton } from '../../../ui/form/submit-button.js';
import { UntilReady } from '../../../ui/form/until-ready.js';
import { Summary } from './fields.js';
import { serverProblems, useSiteForm } from './form-state.js';
import { changedParts, conflictCurrent, SaveAlert } from './save-alert.js';

interface SitePageFormOptions<P, V, I, K extends keyof P & string> {
  /** The saved page the form starts from. */
  page: P;
  toValues: (page: P) => V;
  /** The API's schema of what is sent, which checks the form before sending. */
  dataSchema: z.ZodType<unknown, I>;
  toInput: (values: V) => I;
  /** The API's schema of the page, to read what a 409 answer says is saved now. */
  pageSchema: z.ZodType<P>;
  queryKey: QueryKey;
  /** The page's parts, by which "someone else changed …" is told, and their names. */
  parts: readonly K[];
  partLabel: (part: K) => string;
  update: (input: I, version: number) => Promise<P>;
}

/**
 * A site page form's state and saving: the values, problems from the schema or the server, and,
 * after someone else saved meanwhile, which parts they changed; the reader's edits stay, and
 * saving again builds on the other version.
 */
export function useSitePageForm<P extends { version: number }, V, I, K extends keyof P & string>(
  options: SitePageFormOptions<P, V, I, K>,
) {
  const { page, toValues, queryKey, parts, partLabel } = options;
  const queryClient = useQueryClient();
  const f = useSiteForm(() => toValues(page), options.dataSchema, options.toInput);
  // The saved version the edits build on: what "changed meanwhile" is measured against.
  const [base, setBase] = useState(page);
  const [changed, setChanged] = useState<string[]>();
  const [failure, setFailure] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);

  const save = useMutation({
    mutationFn: (input: I) => options.update(input, base.version),
    onSuccess: (updated) => {
      queryClient.setQueryData(queryKey, updated);
      setBase(updated);
      f.setValues(toValues(updated));
      setSaved(true);
    },
    onError: (error) => {
      const fields = serverProblems(error);
      const latest = conflictCurrent(error, options.pageSchema);
      if (latest) {
        setChanged(changedParts(parts, base, latest).map(partLabel));
        setBase(latest);
        void queryClient.invalidateQueries({ queryKey });
      }
      setFailure(fields ? null : error);
      f.show(fields ?? {});
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    setSaved(false);
    setFailure(null);
    const input = f.check();
    if (input) save.mutate(input);
  };

  /** Changes the value at a path; "saved" goes away with the first edit. */
  const edit = (path: string, value: unknown) => {
    setSaved(false);
    f.set(path, value);
  };

  return {
    values: f.values,
    problems: f.problems,
    attempt: f.attempt,
    edit,
    submit,
    busy: save.isPending,
    saved,
    alert: failure ? <SaveAlert error={failure} changed={changed} /> : undefined,
  };
}

interface SitePageFormProps {
  /** The prefix of the form's field ids. */
  id: string;
  form: Pick<
    ReturnType<typeof useSitePageForm>,
    'submit' | 'problems' | 'attempt' | 'alert' | 'busy' | 'saved'
  >;
  /** Labels of the form's fields in order, by path, for the summary. */
  labels: [string, string][];
  submitText: string;
  children: ReactNode;
}

/** A site page form: its problems at the top, its parts, and the save button with "saved". */
export function SitePageForm({ id, form, labels, submitText, children }: SitePageFormProps) {
  const { t } = useTranslation();
  return (
    <form noValidate onSubmit={form.submit}>
      <UntilReady>
        <Summary
          form={id}
          problems={form.problems}
          labels={labels}
          attempt={form.attempt}
          alert={form.alert}
        />
        {children}
        <FormActions>
          <SubmitButton busy={form.busy}>{submitText}</SubmitButton>
          <div role="status">{form.saved && <Paragraph>{t('sitePages.saved')}</Paragraph>}</div>
        </FormActions>
      </UntilReady>
    </form>
  );
}
