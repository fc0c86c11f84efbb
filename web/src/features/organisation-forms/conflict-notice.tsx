import { styled } from 'styled-components';
import { Button, InlineAlert, Paragraph, suomifiDesignTokens } from 'suomifi-ui-components';
import { z } from 'zod';
import {
  type OrganisationDetail,
  organisationDetailSchema,
} from '../../../../common/schemas/organisations.js';
import { ApiError } from '../../app/api-client.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { useFieldLabel } from './field-labels.js';
import { useFormatValue } from './format-value.js';

const { spacing } = suomifiDesignTokens;

const Changes = styled.dl`
  margin: 0 0 ${spacing.m};

  & dt {
    font-weight: 600;
  }

  & dd {
    margin: 0 0 ${spacing.xs};
    overflow-wrap: anywhere;
    white-space: pre-line;
  }
`;

export interface Conflict {
  error: ApiError;
  current: OrganisationDetail;
  changedFields: string[];
}

/** Reads a 409 version_conflict answer: the organisation as saved now, and what changed. */
export function conflictOf(error: unknown): Conflict | undefined {
  if (!(error instanceof ApiError) || error.code !== 'version_conflict') return undefined;
  const current = organisationDetailSchema.safeParse(error.details?.current);
  if (!current.success) return undefined;
  const fields = z.array(z.string()).safeParse(error.details?.changedFields);
  return { error, current: current.data, changedFields: fields.success ? fields.data : [] };
}

/** A stored field's value from the organisation as answered (`criteria.employees`). */
function valueAt(organisation: OrganisationDetail, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (value, part) =>
        value !== null && typeof value === 'object'
          ? (value as Record<string, unknown>)[part]
          : undefined,
      organisation,
    );
}

interface ConflictNoticeProps {
  conflict: Conflict;
  onReapply: () => void;
}

/**
 * Someone saved the organisation while the reader was editing. Says what they changed and what
 * it is now; the reader's own changes stay in the form until they choose to put them on top.
 */
export function ConflictNotice({ conflict, onReapply }: ConflictNoticeProps) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const format = useFormatValue();
  return (
    <InlineAlert status="error" labelText={conflict.error.message} mb="l">
      {conflict.changedFields.length > 0 && (
        <>
          <Paragraph mb="xs">{t('orgForm.conflict.changed')}</Paragraph>
          <Changes>
            {conflict.changedFields.map((path) => (
              <div key={path}>
                <dt>{label(path)}</dt>
                <dd>{format(path, valueAt(conflict.current, path))}</dd>
              </div>
            ))}
          </Changes>
        </>
      )}
      <Paragraph mb="s">{t('orgForm.conflict.kept')}</Paragraph>
      <Button variant="secondary" onClick={onReapply}>
        {t('orgForm.conflict.reapply')}
      </Button>
    </InlineAlert>
  );
}
