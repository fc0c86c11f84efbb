import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { Paragraph, RadioButton, RadioButtonGroup } from 'suomifi-ui-components';
import { pagePath } from '../../../../common/routes.js';
import { ApiError } from '../../app/api-client.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { AppLink } from '../../ui/app-link.js';
import { DelayedLoading } from '../../ui/delayed-loading.js';
import { ErrorBox } from '../../ui/error-box.js';
import { SelectField } from '../../ui/form/select-field.js';
import { PageFrame } from '../../ui/page-frame.js';
import { NoPermission, RequireLogin } from '../auth/require-login.js';
import { refreshSurveys, surveyApi, surveyListQuery } from './api.js';
import { RoundForm, roundBody, roundValues } from './round-form.js';

function NewRound() {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const surveys = useQuery(surveyListQuery(lang));
  const [chosen, setChosen] = useState('');
  const [audience, setAudience] = useState<'organisations' | 'public'>('organisations');
  if (surveys.error instanceof ApiError && surveys.error.status === 403) return <NoPermission />;
  if (surveys.isPending) return <DelayedLoading />;
  if (surveys.isError) {
    return <ErrorBox error={surveys.error} onRetry={() => void surveys.refetch()} />;
  }
  const options = surveys.data.items.flatMap((s) =>
    [...s.versions].reverse().map((v) => ({
      value: `${s.id}:${v.number}`,
      label: t('surveys.admin.surveyVersion', { survey: s.name[lang], number: v.number }),
    })),
  );
  // By default the latest version of the survey in the address, else of the first (the barometer).
  const asked = params.get('survey');
  const value =
    chosen ||
    options.find((o) => asked && o.value.startsWith(`${asked}:`))?.value ||
    options[0]?.value ||
    '';
  const [surveyId = '', number = '1'] = value.split(':');
  return (
    <>
      <Paragraph mb="l">{t('surveys.admin.newRoundIntro')}</Paragraph>
      <RoundForm
        initial={{ ...roundValues(), target: params.get('target') ?? '' }}
        started={false}
        submitText={t('surveys.admin.createRound')}
        send={(values) =>
          surveyApi.createRound(lang, {
            surveyId,
            versionNumber: Number(number),
            ...roundBody(values),
            ...(audience === 'public' ? { target: '', reminderDays: null } : {}),
            audience,
          })
        }
        onSaved={async (round) => {
          await refreshSurveys(queryClient);
          await navigate(pagePath('surveyRound', lang, { id: round.id }));
        }}
        actions={<AppLink to={pagePath('surveys', lang)}>{t('common.cancel')}</AppLink>}
        isPublic={audience === 'public'}
      >
        <SelectField
          id="round-version"
          label={t('surveys.admin.roundVersion')}
          hint={t('surveys.admin.roundVersionHint')}
          value={value}
          options={options}
          onChange={setChosen}
        />
        <RadioButtonGroup
          id="round-audience"
          name="round-audience"
          labelText={t('surveys.admin.audience')}
          value={audience}
          onChange={(value) => setAudience(value === 'public' ? 'public' : 'organisations')}
          mb="l"
        >
          <RadioButton
            value="organisations"
            hintText={t('surveys.admin.audienceOrganisationsHint')}
          >
            {t('surveys.admin.audienceOrganisations')}
          </RadioButton>
          <RadioButton value="public" hintText={t('surveys.admin.audiencePublicHint')}>
            {t('surveys.admin.audiencePublic')}
          </RadioButton>
        </RadioButtonGroup>
      </RoundForm>
    </>
  );
}

/** A new round of a survey version: its name, days, target and reminders. */
export function NewRoundPage() {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <PageFrame
      title={t('surveys.admin.newRound')}
      parents={[{ label: t('surveys.admin.title'), to: pagePath('surveys', lang) }]}
    >
      <RequireLogin permission="manageSurveys">{() => <NewRound />}</RequireLogin>
    </PageFrame>
  );
}
