import { useCallback } from 'react';
import type fi from '../../i18n/fi.members.json';
import { useTranslation } from '../../i18n/use-translation.js';

export type FieldKey = keyof typeof fi.orgForm.field;

/** The catalog key of an API field path: `criteria.employees` → `criteriaEmployees`. */
export function fieldKey(path: string): string {
  if (path === 'industry.code' || path === 'industry.version') return 'industry';
  return path.replace(/\.(\w)/g, (_, c: string) => c.toUpperCase());
}

/**
 * The label of a field by its API path, the same in the form, its error summary and the history.
 * Fields the catalog does not know (added to the API later) show their path.
 */
export function useFieldLabel(): (path: string) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (path: string) => {
      const recognition = /^recognitions\.(\d+)\.(type|since|validUntil)$/.exec(path);
      if (recognition) {
        const part = `recognition${(recognition[2] as string).replace(/^\w/, (c) => c.toUpperCase())}`;
        return t('orgForm.recognitions.itemField', {
          n: Number(recognition[1]) + 1,
          field: t(`orgForm.field.${part as FieldKey}`),
        });
      }
      const key = fieldKey(path);
      return i18n.exists(`orgForm.field.${key}`) ? t(`orgForm.field.${key as FieldKey}`) : path;
    },
    [t, i18n],
  );
}
