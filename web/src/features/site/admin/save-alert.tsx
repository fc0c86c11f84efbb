import { InlineAlert, Paragraph } from 'suomifi-ui-components';
import type { z } from 'zod';
import { ApiError } from '../../../app/api-client.js';
import { useTranslation } from '../../../i18n/use-translation.js';
import { FormAlert } from '../../../ui/form/form-alert.js';

/** What a 409 answer says is saved now, read with the page's schema. */
export function conflictCurrent<T>(error: unknown, schema: z.ZodType<T>): T | undefined {
  if (!(error instanceof ApiError) || error.code !== 'version_conflict') return undefined;
  const parsed = schema.safeParse(error.details?.current);
  return parsed.success ? parsed.data : undefined;
}

/** The parts (top-level fields) that differ between two versions of a page's content. */
export function changedParts<K extends string>(
  parts: readonly K[],
  before: Record<K, unknown>,
  after: Record<K, unknown>,
): K[] {
  return parts.filter((part) => JSON.stringify(before[part]) !== JSON.stringify(after[part]));
}

interface SaveAlertProps {
  error: unknown;
  /** After a conflict: the names of the parts someone else changed. */
  changed?: string[] | undefined;
}

/**
 * Why saving failed. After someone else saved meanwhile, it says which parts they changed; the
 * reader's edits stay in the form, and saving again puts them in place of the other version.
 */
export function SaveAlert({ error, changed }: SaveAlertProps) {
  const { t } = useTranslation();
  if (error instanceof ApiError && error.code === 'version_conflict') {
    return (
      <InlineAlert status="error" labelText={error.message} mb="l">
        {changed && changed.length > 0 && (
          <Paragraph mb="s">
            {t('sitePages.conflictChanged', { parts: changed.join(', ') })}
          </Paragraph>
        )}
        <Paragraph>{t('sitePages.conflictKept')}</Paragraph>
      </InlineAlert>
    );
  }
  return <FormAlert error={error} />;
}
