import type { ReactNode } from 'react';
import { FormActions, FormColumn } from './form-layout.js';
import { FormProblems } from './form-problems.js';
import { SubmitButton } from './submit-button.js';
import { UntilReady } from './until-ready.js';
import type { ApiFormState } from './use-api-form.js';

interface ApiFormProps {
  form: ApiFormState;
  submitText: string;
  /** What the reader can do about an error of the whole form, e.g. links. */
  errorHelp?: ReactNode;
  /** Beside the submit button: a link, or a status message such as "Saved". */
  actions?: ReactNode;
  children: ReactNode;
}

/** A one-column form from useApiForm: its problems at the top, the fields, the submit button. */
export function ApiForm({ form, submitText, errorHelp, actions, children }: ApiFormProps) {
  return (
    <FormColumn noValidate onSubmit={form.onSubmit}>
      <UntilReady>
        <FormProblems
          attempt={form.attempt}
          fields={form.summary}
          error={form.error}
          errorHelp={errorHelp}
        />
        {children}
        <FormActions>
          <SubmitButton busy={form.busy}>{submitText}</SubmitButton>
          {actions}
        </FormActions>
      </UntilReady>
    </FormColumn>
  );
}
