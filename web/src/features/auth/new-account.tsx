import { useTranslation } from '../../i18n/use-translation.js';
import { checkEmail, checkName, checkNewPassword } from '../../ui/form/field-errors.js';
import { NewPasswordField, TextField, type TextFieldProps } from '../../ui/form/text-field.js';
import type { FormFieldSpec } from '../../ui/form/use-api-form.js';

type AccountField = 'name' | 'email' | 'password';

/** The fields of a new account, for useApiForm: registering, and the first administrator. */
export function useNewAccountFields(): Record<AccountField, FormFieldSpec> {
  const { t } = useTranslation();
  return {
    name: { id: 'name', label: t('form.name') },
    email: { id: 'email', label: t('form.email'), kind: 'email' },
    password: { id: 'password', label: t('form.password'), kind: 'password' },
  };
}

export const checkNewAccount = (v: Record<AccountField, string>) => ({
  name: checkName(v.name),
  email: checkEmail(v.email),
  password: checkNewPassword(v.password),
});

/** Name, e-mail address and a new password, each with its problem beneath it. */
export function NewAccountFields({ field }: { field: (name: AccountField) => TextFieldProps }) {
  return (
    <>
      <TextField {...field('name')} autoComplete="name" />
      <TextField {...field('email')} type="email" autoComplete="email" />
      <NewPasswordField {...field('password')} />
    </>
  );
}
