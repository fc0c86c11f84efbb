import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, RadioButton, RadioButtonGroup } from 'suomifi-ui-components';
import { type ApiToken, tokenScopes } from '../../../../common/schemas/accounts.js';
import { useLang } from '../../i18n/use-lang.js';
import { checkTokenName, collect, type FieldKind, hasErrors } from '../../ui/form/field-errors.js';
import { FormActions, FormColumn } from '../../ui/form/form-layout.js';
import { FormProblems } from '../../ui/form/form-problems.js';
import { SelectField } from '../../ui/form/select-field.js';
import { SubmitButton } from '../../ui/form/submit-button.js';
import { TextField } from '../../ui/form/text-field.js';
import { useFormProblems } from '../../ui/form/use-form-problems.js';
import { accountApi, type NewToken, tokensKey } from './api.js';
import { defaultExpiry, type ExpiryChoice, expiryChoices } from './token-status.js';

const kinds = { name: 'other' } as const satisfies Record<string, FieldKind>;

/** A new token: its secret, which the server shows only this once, and the token itself. */
export interface CreatedToken {
  token: string;
  item: ApiToken;
}

const noExpiry = 'none';
const expiryValue = (choice: ExpiryChoice) => (choice === null ? noExpiry : String(choice));

interface TokenFormProps {
  onCreated: (created: CreatedToken) => void;
}

/** Creating a personal API token: a name to recognise it by, what it may do, how long it works. */
export function TokenForm({ onCreated }: TokenFormProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [scope, setScope] = useState<ApiToken['scope']>('read');
  const [expiry, setExpiry] = useState<ExpiryChoice>(defaultExpiry);
  const problems = useFormProblems(kinds);

  const create = useMutation({
    mutationFn: (body: NewToken) => accountApi.createToken(lang, body),
    // The answer holds the secret: keep it no longer than the form needs it.
    gcTime: 0,
    onSuccess: (created) => {
      setName('');
      void queryClient.invalidateQueries({ queryKey: tokensKey });
      onCreated(created);
    },
    onError: problems.showServerError,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (create.isPending) return;
    const errors = collect({ name: checkTokenName(name) });
    if (hasErrors(errors)) return problems.show(errors);
    problems.clear();
    // Once shown by the section, the secret is dropped from the mutation too.
    create.mutate(
      { name: name.trim(), scope, expiresInDays: expiry },
      { onSuccess: () => create.reset() },
    );
  };

  const expiryOptions = expiryChoices.map((choice) => ({
    value: expiryValue(choice),
    label:
      choice === null
        ? t('account.tokens.expiryNone')
        : t('account.tokens.expiryDays', { count: choice }),
  }));

  return (
    <>
      <Heading variant="h3" mb="s">
        {t('account.tokens.createHeading')}
      </Heading>
      <FormColumn noValidate onSubmit={submit}>
        <FormProblems
          attempt={problems.attempt}
          fields={[
            {
              id: 'token-name',
              label: t('account.tokens.nameLabel'),
              message: problems.fieldErrors.name,
            },
          ]}
          error={problems.error}
        />
        <TextField
          id="token-name"
          label={t('account.tokens.nameLabel')}
          hintText={t('account.tokens.nameHint')}
          autoComplete="off"
          value={name}
          onChange={setName}
          message={problems.fieldErrors.name}
        />
        <RadioButtonGroup
          id="token-scope"
          name="token-scope"
          labelText={t('account.tokens.scope')}
          value={scope}
          onChange={(value) => {
            const next = tokenScopes.find((s) => s === value);
            if (next) setScope(next);
          }}
          mb="l"
        >
          {tokenScopes.map((s) => (
            <RadioButton key={s} value={s} hintText={t(`account.tokens.scopeHints.${s}`)}>
              {t(`account.tokens.scopes.${s}`)}
            </RadioButton>
          ))}
        </RadioButtonGroup>
        <SelectField
          id="token-expiry"
          label={t('account.tokens.expiry')}
          value={expiryValue(expiry)}
          options={expiryOptions}
          onChange={(value) => {
            const next = expiryChoices.find((choice) => expiryValue(choice) === value);
            if (next !== undefined) setExpiry(next);
          }}
        />
        <FormActions>
          <SubmitButton busy={create.isPending}>{t('account.tokens.submit')}</SubmitButton>
        </FormActions>
      </FormColumn>
    </>
  );
}
