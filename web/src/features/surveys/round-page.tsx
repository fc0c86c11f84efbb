import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useParams } from 'react-router';
import { styled } from 'styled-components';
import { Button, Heading, Paragraph, suomifiDesignTokens } from 'suomifi-ui-components';
import { pagePath } from '../../../../common/routes.js';
import type { Round } from '../../../../common/schemas/surveys.js';
import { isUuid } from '../../../../common/uuid.js';
import { ApiError } from '../../app/api-client.js';
import { useDateFormat, useLang, useNumberFormat } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { AppLink } from '../../ui/app-link.js';
import { ConfirmModal } from '../../ui/confirm-modal.js';
import { DelayedLoading } from '../../ui/delayed-loading.js';
import { ErrorBox } from '../../ui/error-box.js';
import { FactList } from '../../ui/facts.js';
import { FocusAlert } from '../../ui/focus-alert.js';
import { FormAlert } from '../../ui/form/form-alert.js';
import { PageFrame } from '../../ui/page-frame.js';
import { Section } from '../../ui/section.js';
import { NoPermission, RequireLogin } from '../auth/require-login.js';
import { NotFoundPage } from '../not-found/not-found-page.js';
import { refreshSurveys, roundQuery, surveyApi } from './api.js';
import { busyProps, nameIn } from './labels.js';
import { RoundAddresses } from './round-addresses.js';
import { RoundClassifications } from './round-classifications.js';
import { RoundForm, roundBody, roundValues } from './round-form.js';
import { RoundProgress } from './round-progress.js';
import { RoundResponses } from './round-responses.js';
import { RoundResults } from './round-results.js';

const Actions = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${suomifiDesignTokens.spacing.m};
  margin-bottom: ${suomifiDesignTokens.spacing.m};
`;

function Facts({ round }: { round: Round }) {
  const { t } = useTranslation();
  // The whole address, to copy into an invitation (drawn after the page is taken over).
  const origin = typeof window === 'undefined' ? '' : window.location.origin;
  const lang = useLang();
  const formatDate = useDateFormat();
  const number = useNumberFormat();
  return (
    <FactList>
      <dt>{t('surveys.admin.version')}</dt>
      <dd>
        <AppLink
          to={pagePath('surveyVersion', lang, {
            id: round.surveyId,
            number: String(round.versionNumber),
          })}
        >
          {t('surveys.admin.versionName', { number: round.versionNumber })}
        </AppLink>
      </dd>
      <dt>{t('surveys.admin.answeringDays')}</dt>
      <dd>
        {t('surveys.admin.days', {
          from: formatDate(round.opensOn),
          to: formatDate(round.closesOn),
        })}
      </dd>
      <dt>{t('surveys.admin.state')}</dt>
      <dd>{t(`surveys.admin.status.${round.status}`)}</dd>
      {round.audience === 'public' ? (
        <>
          <dt>{t('surveys.admin.publicAddress')}</dt>
          <dd>
            <AppLink to={pagePath('surveyPublic', lang, { id: round.id })}>
              {`${origin}${pagePath('surveyPublic', lang, { id: round.id })}`}
            </AppLink>
          </dd>
        </>
      ) : (
        <>
          <dt>{t('surveys.admin.target')}</dt>
          <dd>
            <AppLink
              to={`${pagePath('organisations', lang)}${round.target ? `?${round.target}` : ''}`}
            >
              {t('surveys.admin.targetCount', {
                count: round.targetCount ?? 0,
                formatted: number(round.targetCount ?? 0),
              })}
            </AppLink>
            {round.target ? '' : ` (${t('surveys.admin.targetAll')})`}
          </dd>
          <dt>{t('surveys.admin.reminderDays')}</dt>
          <dd>
            {round.reminderDays
              ? t('surveys.admin.reminderEvery', { count: round.reminderDays })
              : t('surveys.admin.reminderNone')}
          </dd>
        </>
      )}
    </FactList>
  );
}

type Done =
  | {
      kind: 'invited';
      invited: number;
      withoutAddress: number;
      alreadyInvited: number;
      messages: number;
    }
  | { kind: 'reminded'; reminded: number; notDue: number; answered: number; messages: number }
  | { kind: 'closed' };

function RoundActions({ round }: { round: Round }) {
  const { t } = useTranslation();
  const lang = useLang();
  const queryClient = useQueryClient();
  const [done, setDone] = useState<Done | null>(null);
  const [confirmClose, setConfirmClose] = useState(false);
  const after = async (result: Done) => {
    setDone(result);
    await refreshSurveys(queryClient);
  };
  const invite = useMutation({
    mutationFn: () => surveyApi.invite(lang, round.id),
    onSuccess: (r) => after({ kind: 'invited', ...r }),
  });
  const remind = useMutation({
    mutationFn: () => surveyApi.remind(lang, round.id),
    onSuccess: (r) => after({ kind: 'reminded', ...r }),
  });
  const close = useMutation({
    mutationFn: () => surveyApi.closeRound(lang, round.id),
    onSuccess: async () => {
      setConfirmClose(false);
      await after({ kind: 'closed' });
    },
  });
  const failed = invite.error ?? remind.error ?? close.error;
  const busy = (pending: boolean) => busyProps(pending, t('form.sending'));
  let message: ReactNode = null;
  if (done?.kind === 'invited') {
    message = t('surveys.admin.invitedReport', {
      count: done.invited,
      withoutAddress: done.withoutAddress,
      alreadyInvited: done.alreadyInvited,
      messages: done.messages,
    });
  } else if (done?.kind === 'reminded') {
    message = t('surveys.admin.remindedReport', {
      count: done.reminded,
      notDue: done.notDue,
      answered: done.answered,
      messages: done.messages,
    });
  } else if (done?.kind === 'closed') message = t('surveys.admin.closedReport');
  return (
    <Section aria-labelledby="round-actions">
      <Heading variant="h2" id="round-actions">
        {t('surveys.admin.roundActions')}
      </Heading>
      {round.status === 'closed' ? (
        <Paragraph mb="m">{t('surveys.admin.closedHint')}</Paragraph>
      ) : (
        <Actions>
          {round.audience === 'organisations' && (
            <Button onClick={() => invite.mutate()} {...busy(invite.isPending)}>
              {t('surveys.admin.invite')}
            </Button>
          )}
          {round.status === 'open' && round.audience === 'organisations' && (
            <Button variant="secondary" onClick={() => remind.mutate()} {...busy(remind.isPending)}>
              {t('surveys.admin.remind')}
            </Button>
          )}
          <Button variant="secondary" onClick={() => setConfirmClose(true)}>
            {t('surveys.admin.close')}
          </Button>
        </Actions>
      )}
      <div role="status">{message && <Paragraph mb="m">{message}</Paragraph>}</div>
      {failed && (
        <FocusAlert key={String(failed)}>
          <FormAlert error={failed} />
        </FocusAlert>
      )}
      <ConfirmModal
        visible={confirmClose}
        title={t('surveys.admin.closeTitle')}
        confirmText={t('surveys.admin.close')}
        onConfirm={() => close.mutate()}
        onCancel={() => setConfirmClose(false)}
        busy={close.isPending}
      >
        <Paragraph>{t('surveys.admin.closeText')}</Paragraph>
      </ConfirmModal>
    </Section>
  );
}

function ChangeRound({ round, onReload }: { round: Round; onReload: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState(false);
  const [conflict, setConflict] = useState(false);
  const started = round.status !== 'scheduled';
  return (
    <Section aria-labelledby="round-change">
      <Heading variant="h2" id="round-change">
        {t('surveys.admin.changeRound')}
      </Heading>
      <RoundForm
        initial={roundValues(round)}
        started={started}
        isPublic={round.audience === 'public'}
        submitText={t('surveys.admin.saveRound')}
        send={(values) => {
          setSaved(false);
          setConflict(false);
          const body = roundBody(values);
          const invited = round.audience === 'organisations';
          return surveyApi.updateRound(lang, round.id, {
            name: body.name,
            closesOn: body.closesOn,
            ...(invited ? { reminderDays: body.reminderDays } : {}),
            ...(started
              ? {}
              : { opensOn: body.opensOn, ...(invited ? { target: body.target } : {}) }),
            version: round.version,
          });
        }}
        onSaved={async () => {
          setSaved(true);
          await refreshSurveys(queryClient);
        }}
        onError={(error) =>
          setConflict(error instanceof ApiError && error.code === 'version_conflict')
        }
        errorHelp={
          conflict && (
            <Button variant="secondary" onClick={onReload}>
              {t('surveys.admin.reload')}
            </Button>
          )
        }
        actions={<span role="status">{saved && t('surveys.admin.saved')}</span>}
      />
    </Section>
  );
}

function RoundView({ id }: { id: string }) {
  const lang = useLang();
  const query = useQuery(roundQuery(lang, id));
  const [generation, setGeneration] = useState(0);
  if (query.error instanceof ApiError && query.error.status === 403) return <NoPermission />;
  if (query.error instanceof ApiError && query.error.status === 404) return <NotFoundPage />;
  if (query.isPending) return <DelayedLoading />;
  if (query.isError) return <ErrorBox error={query.error} onRetry={() => void query.refetch()} />;
  const round = query.data;
  return (
    <>
      <Facts round={round} />
      <RoundActions round={round} />
      <RoundProgress roundId={round.id} isPublic={round.audience === 'public'} />
      {round.audience === 'organisations' ? (
        <>
          <RoundResponses roundId={round.id} open={round.status === 'open'} />
          <RoundClassifications roundId={round.id} />
        </>
      ) : (
        <>
          {round.status !== 'closed' && <RoundAddresses round={round} />}
          <RoundResults roundId={round.id} />
        </>
      )}
      <ChangeRound
        key={generation}
        round={round}
        onReload={() => void query.refetch().then(() => setGeneration((g) => g + 1))}
      />
    </>
  );
}

function RoundTitle({ id }: { id: string }) {
  const lang = useLang();
  const { t } = useTranslation();
  const round = useQuery({ ...roundQuery(lang, id), enabled: isUuid(id) });
  const name = round.data ? nameIn(round.data.name, lang) : null;
  return (
    <PageFrame
      title={name?.text ?? t('surveys.admin.roundTitle')}
      parents={[{ label: t('surveys.admin.title'), to: pagePath('surveys', lang) }]}
    >
      <RequireLogin permission="manageSurveys">{() => <RoundView id={id} />}</RequireLogin>
    </PageFrame>
  );
}

/** A round: its facts, invitations, reminders and closing, the response rate, who has answered. */
export function SurveyRoundPage() {
  const { id = '' } = useParams();
  if (!isUuid(id)) return <NotFoundPage />;
  return <RoundTitle id={id} />;
}
