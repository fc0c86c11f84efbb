import { TextInput } from 'suomifi-ui-components';
import { useTranslation } from '../../i18n/use-translation.js';
import type { FieldMessage } from './field-errors.js';
import { useFieldMessage } from './use-field-message.js';

export interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The field's problem after a submit, shown beneath it and tied to it by aria-describedby. */
  message?: FieldMessage | undefined;
  type?: 'text' | 'email' | 'password';
  autoComplete?: string;
  hintText?: string;
  optional?: boolean;
  disabled?: boolean;
}

/** A labelled text field of a form, with its problem beneath it. */
export function TextField({
  id,
  label,
  value,
  onChange,
  message,
  type = 'text',
  autoComplete,
  hintText,
  optional = false,
  disabled,
}: TextFieldProps) {
  const { t } = useTranslation();
  const text = useFieldMessage();
  return (
    <TextInput
      id={id}
      name={id}
      labelText={label}
      type={type}
      value={value}
      onChange={(next) => onChange(next === undefined ? '' : String(next))}
      autoComplete={autoComplete}
      hintText={hintText}
      optionalText={optional ? t('form.optional') : undefined}
      status={message ? 'error' : 'default'}
      statusText={message ? text(message) : undefined}
      // The error summary takes focus and is read out; announcing each field too would repeat it.
      statusTextAriaLiveMode="off"
      disabled={disabled}
      fullWidth
      mb="l"
    />
  );
}

/** A new password: hidden, with what makes a good one said beneath the label. */
export function NewPasswordField(
  props: Omit<TextFieldProps, 'type' | 'autoComplete' | 'hintText'>,
) {
  const { t } = useTranslation();
  return (
    <TextField
      {...props}
      type="password"
      autoComplete="new-password"
      hintText={t('form.newPasswordHint')}
    />
  );
}
