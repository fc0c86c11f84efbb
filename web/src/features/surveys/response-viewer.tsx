import { useQuery } from '@tanstack/react-query';
import { type FormEvent, lazy, Suspense, useState } from 'react';
import { Heading, Paragraph, Textarea } from 'suomifi-ui-components';
import { getJson } from '../../app/api-client.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { DelayedLoading } from '../../ui/delayed-loading.js';
import { ErrorBox } from '../../ui/error-box.js';
import { FocusAlert } from '../../ui/focus-alert.js';
import { FormModal } from '../../ui/form-modal.js';
import { Section } from '../../ui/section.js';

import { AnswerFiles } from '../survey-answer/answer-files.js';

const SurveyView = lazy(() => import('../survey-answer/survey-view.js'));
const responseSchema = async () =>
  (await import('../../../../common/schemas/surveys.js')).organisationResponseSchema;

const responsePath = (roundId: string, organisationId: string) =>
  `/api/v1/surveys/rounds/${encodeURIComponent(roundId)}/responses/${encodeURIComponent(organisationId)}`;

/** Asks why, before a coordinator opens an organisation's answers (the audit log keeps it). */
function ReasonModal({
  name,
  onGiven,
  onCancel,
}: {
  name: string;
  onGiven: (reason: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [short, setShort] = useState(false);
  return (
    <FormModal
      visible
      title={t('surveys.admin.reasonTitle', { name })}
      submitText={t('surveys.admin.viewAnswers')}
      busy={false}
      onCancel={onCancel}
    >
      {(formId) => (
        <form
          id={formId}
          noValidate
          onSubmit={(event: FormEvent) => {
            event.preventDefault();
            if (reason.trim().length < 5) return setShort(true);
            onGiven(reason.trim());
          }}
        >
          <Textarea
            id="answers-reason"
            labelText={t('surveys.admin.reasonLabel')}
            hintText={t('surveys.admin.reasonHint')}
            value={reason}
            onChange={(event) => {
              setReason(event.target.value);
              setShort(false);
            }}
            status={short ? 'error' : 'default'}
            statusText={short ? t('surveys.admin.reasonShort') : undefined}
            statusTextAriaLiveMode="assertive"
            maxLength={300}
            fullWidth
          />
        </form>
      )}
    </FormModal>
  );
}

function Answers({
  roundId,
  organisation,
  reason,
}: {
  roundId: string;
  organisation: { id: string; name: string };
  reason: string;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const path = `${responsePath(roundId, organisation.id)}`;
  const query = `reason=${encodeURIComponent(reason)}`;
  const seen = useQuery({
    queryKey: ['surveys', 'response', roundId, organisation.id, reason],
    queryFn: ({ signal }) => getJson(`${path}?${query}`, lang, responseSchema, signal),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
    retry: false,
  });
  const file = (format: 'xlsx' | 'excel-csv') =>
    `${path}/export?format=${format}&lang=${lang}&${query}`;
  return (
    <Section aria-labelledby="response-answers">
      <FocusAlert>
        <Heading variant="h2" id="response-answers">
          {t('surveys.admin.answersOf', { name: organisation.name })}
        </Heading>
      </FocusAlert>
      {seen.isPending && <DelayedLoading />}
      {seen.isError && <ErrorBox error={seen.error} onRetry={() => void seen.refetch()} />}
      {seen.data && (
        <>
          <Paragraph mb="m">
            {t(`surveys.admin.responseState.${seen.data.response?.state ?? 'not_started'}`)}
            {' · '}
            {t('surveys.admin.downloadAnswers')} <AnswerFiles href={file} />
          </Paragraph>
          <Suspense fallback={<DelayedLoading />}>
            <SurveyView
              definition={seen.data.definition}
              answers={seen.data.response?.answers ?? {}}
              lang={lang}
              onChange={() => {}}
              onComplete={async () => false}
              readOnly
            />
          </Suspense>
        </>
      )}
    </Section>
  );
}

/**
 * A coordinator reading an organisation's answers: the reason is asked first and goes with the
 * request, so that the audit log keeps it with the view (and with a download).
 */
export function ResponseViewer({
  roundId,
  organisation,
  onClose,
}: {
  roundId: string;
  organisation: { id: string; name: string };
  onClose: () => void;
}) {
  const [reason, setReason] = useState<string | null>(null);
  if (reason === null) {
    return <ReasonModal name={organisation.name} onGiven={setReason} onCancel={onClose} />;
  }
  return <Answers roundId={roundId} organisation={organisation} reason={reason} />;
}
