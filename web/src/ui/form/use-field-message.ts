import { useCallback } from 'react';
import { limits } from '../../../../common/limits.js';
import { useTranslation } from '../../i18n/use-translation.js';
import type { FieldMessage } from './field-errors.js';

// The limits come from the shared table, so the texts follow when a limit changes.
const values = {
  min: limits.passwordMinLength,
  max: limits.passwordMaxLength,
  nameMax: limits.nameMaxLength,
  tokenNameMax: limits.tokenNameMaxLength,
};

/** The text of a field message in the page language. */
export function useFieldMessage(): (message: FieldMessage) => string {
  const { t } = useTranslation();
  return useCallback((message: FieldMessage) => t(`form.errors.${message}`, values), [t]);
}
