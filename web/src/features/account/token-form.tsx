import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Heading, RadioButton, RadioButtonGroup } from 'suomifi-ui-components';
import { type ApiToken, tokenScopes } from '../../../../common/schemas/accounts.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { ApiForm } from '../../ui/form/api-form.js';
import { checkTokenName } from '../../ui/form/field-errors.js';
import { SelectField } from '../../ui/form/select-field.js';
import { TextField } from '../../ui/form/text-field.js';
import { useApiForm } from '../../ui/form/use-api-form.js';
import { accountApi, tokensKey } from './api.js';
import { defaultExpiry, type ExpiryChoice, expiryChoices } from './token-status.js';

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
  const [scope, setScope] = useState<ApiToken['scope']>('read');
  const [expiry, setExpiry] = useState<ExpiryChoice>(defaultExpiry);
  const form = useApiForm({
    fields: { name: { id: 'token-name', label: t('account.tokens.nameLabel') } },
    check: (v) => ({ name: checkTokenName(v.name) }),
    send: (v) =>
      accountApi.createToken(lang, { name: v.name.trim(), scope, expiresInDays: expiry }),
    // The answer holds the secret: once shown by the section, it is dropped from the form too.
    forgetResult: true,
    onSuccess: (created) => {
      form.reset();
      void queryClient.invalidateQueries({ queryKey: tokensKey });
      onCreated(created);
    },
  });

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
      <ApiForm form={form} submitText={t('account.tokens.submit')}>
        <TextField
          {...form.field('name')}
          hintText={t('account.tokens.nameHint')}
          autoComplete="off"
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
      </ApiForm>
    </>
  );
}
