import { useTranslation } from 'react-i18next';
import { InlineAlert, Paragraph } from 'suomifi-ui-components';
import { z } from 'zod';
import { ApiError } from '../../../app/api-client.js';
import { FormAlert } from '../../../ui/form/form-alert.js';

/** The version saved now, from a 409 answer: saving again builds on it. */
export function conflictVersion(error: unknown): number | undefined {
  if (!(error instanceof ApiError) || error.code !== 'version_conflict') return undefined;
  const parsed = z.object({ version: z.number().int() }).safeParse(error.details?.current);
  return parsed.success ? parsed.data.version : undefined;
}

/**
 * Why saving failed. After someone else saved meanwhile, the reader's edits stay in the form:
 * saving again puts them in place of what the other person saved.
 */
export function SaveAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (conflictVersion(error) !== undefined && error instanceof ApiError) {
    return (
      <InlineAlert status="error" labelText={error.message} mb="l">
        <Paragraph>{t('sitePages.conflictKept')}</Paragraph>
      </InlineAlert>
    );
  }
  return <FormAlert error={error} />;
}
