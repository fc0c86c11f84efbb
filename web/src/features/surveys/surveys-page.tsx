import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Button, Heading, Paragraph, Table } from 'suomifi-ui-components';
import { pagePath } from '../../../../common/routes.js';
import type { Survey } from '../../../../common/schemas/surveys.js';
import { ApiError } from '../../app/api-client.js';
import { useDateFormat, useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { AppLink } from '../../ui/app-link.js';
import { DelayedLoading } from '../../ui/delayed-loading.js';
import { ErrorBox } from '../../ui/error-box.js';
import { FocusAlert } from '../../ui/focus-alert.js';
import { FormAlert } from '../../ui/form/form-alert.js';
import { PageFrame } from '../../ui/page-frame.js';
import { Section } from '../../ui/section.js';
import { NoPermission, RequireLogin } from '../auth/require-login.js';
import { refreshSurveys, roundListQuery, surveyApi, surveyListQuery } from './api.js';
import { busyProps, langAttr, nameIn } from './labels.js';

function Versions({ survey }: { survey: Survey }) {
  const { t } = useTranslation();
  const lang = useLang();
  const formatDate = useDateFormat();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [from, setFrom] = useState<number | null>(null);
  const copy = useMutation({
    mutationFn: (number: number) => surveyApi.copyVersion(lang, survey.id, number),
    onSuccess: async (created) => {
      await refreshSurveys(queryClient);
      await navigate(
        pagePath('surveyVersion', lang, { id: survey.id, number: String(created.number) }),
      );
    },
  });
  const name = survey.name[lang];
  const rows = [...survey.versions].reverse().map((v) => ({
    id: String(v.number),
    number: (
      <AppLink to={pagePath('surveyVersion', lang, { id: survey.id, number: String(v.number) })}>
        {t('surveys.admin.versionName', { number: v.number })}
      </AppLink>
    ),
    basedOn: v.basedOn ? t('surveys.admin.versionName', { number: v.basedOn }) : '–',
    indicators: String(v.indicatorCount),
    state: v.frozenAt
      ? t('surveys.admin.frozenSince', { date: formatDate(v.frozenAt) })
      : t('surveys.admin.editable'),
    actions: (
      <Button
        variant="secondary"
        onClick={() => {
          setFrom(v.number);
          copy.mutate(v.number);
        }}
        {...busyProps(copy.isPending && from === v.number, t('form.sending'))}
        aria-label={t('surveys.admin.copyVersionOf', { number: v.number })}
      >
        {t('surveys.admin.copyVersion')}
      </Button>
    ),
  }));
  return (
    <Section aria-labelledby={`survey-${survey.id}`}>
      <Heading variant="h2" id={`survey-${survey.id}`}>
        {name}
      </Heading>
      {copy.isError && (
        <FocusAlert>
          <FormAlert error={copy.error} />
        </FocusAlert>
      )}
      <Paragraph mb="s">
        <AppLink to={`${pagePath('surveyRoundNew', lang)}?survey=${survey.id}`}>
          {t('surveys.admin.newRoundOf', { survey: name })}
        </AppLink>
      </Paragraph>
      <Table
        caption={t('surveys.admin.versionsCaption', { survey: name })}
        columns={[
          { key: 'number', labelText: t('surveys.admin.version') },
          { key: 'basedOn', labelText: t('surveys.admin.basedOn') },
          { key: 'indicators', labelText: t('surveys.admin.indicatorCount') },
          { key: 'state', labelText: t('surveys.admin.state') },
          { key: 'actions', labelText: t('surveys.admin.actions') },
        ]}
        data={rows}
        condensed
        mb="l"
      />
    </Section>
  );
}

function Rounds() {
  const { t } = useTranslation();
  const lang = useLang();
  const formatDate = useDateFormat();
  const rounds = useQuery(roundListQuery(lang));
  if (rounds.isPending) return <DelayedLoading />;
  if (rounds.isError)
    return <ErrorBox error={rounds.error} onRetry={() => void rounds.refetch()} />;
  if (rounds.data.items.length === 0) {
    return <Paragraph mb="l">{t('surveys.admin.noRounds')}</Paragraph>;
  }
  const rows = rounds.data.items.map((r) => {
    const name = nameIn(r.name, lang);
    return {
      id: r.id,
      name: (
        <span {...langAttr(name.lang, lang)}>
          <AppLink to={pagePath('surveyRound', lang, { id: r.id })}>{name.text}</AppLink>
        </span>
      ),
      version: t('surveys.admin.versionName', { number: r.versionNumber }),
      days: t('surveys.admin.days', { from: formatDate(r.opensOn), to: formatDate(r.closesOn) }),
      status: t(`surveys.admin.status.${r.status}`),
    };
  });
  return (
    <Table
      caption={t('surveys.admin.roundsCaption')}
      columns={[
        { key: 'name', labelText: t('surveys.admin.roundName') },
        { key: 'version', labelText: t('surveys.admin.version') },
        { key: 'days', labelText: t('surveys.admin.answeringDays') },
        { key: 'status', labelText: t('surveys.admin.state') },
      ]}
      data={rows}
      condensed
      mb="l"
    />
  );
}

function SurveysView() {
  const { t } = useTranslation();
  const lang = useLang();
  const surveys = useQuery(surveyListQuery(lang));
  if (surveys.error instanceof ApiError && surveys.error.status === 403) return <NoPermission />;
  if (surveys.isPending) return <DelayedLoading />;
  if (surveys.isError) {
    return <ErrorBox error={surveys.error} onRetry={() => void surveys.refetch()} />;
  }
  return (
    <>
      <Paragraph mb="l">{t('surveys.admin.intro')}</Paragraph>
      {surveys.data.items.map((survey) => (
        <Versions key={survey.id} survey={survey} />
      ))}
      <Section aria-labelledby="survey-rounds">
        <Heading variant="h2" id="survey-rounds">
          {t('surveys.admin.rounds')}
        </Heading>
        <Paragraph mb="m">
          <AppLink to={pagePath('surveyRoundNew', lang)}>{t('surveys.admin.newRound')}</AppLink>
        </Paragraph>
        <Rounds />
      </Section>
    </>
  );
}

/** The observatory's surveys, their versions and rounds, for coordinators and administrators. */
export function SurveysPage() {
  const { t } = useTranslation();
  return (
    <PageFrame title={t('surveys.admin.title')}>
      <RequireLogin permission="manageSurveys">{() => <SurveysView />}</RequireLogin>
    </PageFrame>
  );
}
