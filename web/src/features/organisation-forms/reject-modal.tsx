import { useIsMutating } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Paragraph, Textarea } from 'suomifi-ui-components';
import { organisationLimits } from '../../../../common/organisation-fields.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { FormAlert } from '../../ui/form/form-alert.js';
import { FormModal } from '../../ui/form-modal.js';

export const decideKey = ['moderation', 'decide'];

/** What is being rejected: its name, and what the dialog says about rejecting it. */
export interface RejectTarget {
  id: string;
  name: string;
  intro: string;
}

interface RejectFormProps {
  formId: string;
  request: RejectTarget;
  error: unknown;
  onReject: (reason: string) => void;
}

function RejectForm({ formId, request, error, onReject }: RejectFormProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<'required' | 'tooLong'>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = reason.trim();
    const found = !text
      ? 'required'
      : text.length > organisationLimits.reason
        ? 'tooLong'
        : undefined;
    setProblem(found);
    if (!found) onReject(text);
  };

  return (
    <form id={formId} noValidate onSubmit={submit}>
      {Boolean(error) && <FormAlert error={error} />}
      <Paragraph mb="m">{request.intro}</Paragraph>
      <Textarea
        id="reject-reason"
        labelText={t('moderation.reason')}
        hintText={t('moderation.reasonHint')}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        status={problem ? 'error' : 'default'}
        statusText={
          problem
            ? t(`moderation.reasonProblems.${problem}`, { max: organisationLimits.reason })
            : undefined
        }
        // Inside a dialog there is no summary: the field's own message is announced.
        statusTextAriaLiveMode="assertive"
        fullWidth
        mb="m"
      />
    </form>
  );
}

interface RejectModalProps {
  /** The request being rejected, or undefined when the dialog is closed. */
  request: RejectTarget | undefined;
  error: unknown;
  onReject: (request: RejectTarget, reason: string) => void;
  onCancel: () => void;
}

/** Rejecting needs a reason: the requester gets it by e-mail. */
export function RejectModal({ request, error, onReject, onCancel }: RejectModalProps) {
  const { t } = useTranslation();
  const busy = useIsMutating({ mutationKey: decideKey }) > 0;
  return (
    <FormModal
      visible={Boolean(request)}
      title={t('moderation.rejectTitle', { name: request?.name ?? '' })}
      submitText={t('moderation.reject')}
      busy={busy}
      onCancel={onCancel}
    >
      {(formId) =>
        request && (
          <RejectForm
            key={request.id}
            formId={formId}
            request={request}
            error={error}
            onReject={(reason) => onReject(request, reason)}
          />
        )
      }
    </FormModal>
  );
}
