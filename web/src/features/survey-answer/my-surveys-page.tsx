import { useQuery } from '@tanstack/react-query';
import { Heading, Paragraph } from 'suomifi-ui-components';
import { pagePath } from '../../../../common/routes.js';
import { useDateFormat, useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { AppLink } from '../../ui/app-link.js';
import { DelayedLoading } from '../../ui/delayed-loading.js';
import { ErrorBox } from '../../ui/error-box.js';
import { PageFrame } from '../../ui/page-frame.js';
import { RuledList } from '../../ui/ruled-list.js';
import { RequireLogin } from '../auth/require-login.js';
import { AnswerFiles } from './answer-files.js';
import { answersFile, myInvitationsQuery } from './api.js';

function MySurveys() {
  const { t } = useTranslation();
  const lang = useLang();
  const formatDate = useDateFormat();
  const mine = useQuery(myInvitationsQuery(lang));
  if (mine.isPending) return <DelayedLoading />;
  if (mine.isError) return <ErrorBox error={mine.error} onRetry={() => void mine.refetch()} />;
  if (mine.data.items.length === 0) {
    return <Paragraph mb="l">{t('surveys.mine.empty')}</Paragraph>;
  }
  return (
    <>
      <Paragraph mb="l">{t('surveys.mine.intro')}</Paragraph>
      <RuledList>
        {mine.data.items.map((item) => {
          const r = item.round;
          const name = r.name[lang] ?? r.name.fi;
          const answer = `${pagePath('surveyAnswer', lang)}?${new URLSearchParams({
            round: r.id,
            organisation: item.organisation.id,
          })}`;
          const canAnswer = r.status === 'open' && item.state !== 'submitted';
          return (
            <li key={`${r.id}:${item.organisation.id}`}>
              <Heading variant="h2">
                {name} – {item.organisation.name}
              </Heading>
              <Paragraph mb="xs">
                {t(`surveys.mine.state.${item.state}`)}
                {item.submittedAt &&
                  ` (${t('surveys.mine.submittedOn', { date: formatDate(item.submittedAt) })})`}
                {' · '}
                {r.status === 'open'
                  ? t('surveys.mine.openUntil', { date: formatDate(r.closesOn) })
                  : r.status === 'scheduled'
                    ? t('surveys.mine.opensOn', { date: formatDate(r.opensOn) })
                    : t('surveys.mine.closedOn', { date: formatDate(r.closesOn) })}
              </Paragraph>
              {canAnswer && (
                <Paragraph mb="xs">
                  <AppLink to={answer}>
                    {item.state === 'in_progress'
                      ? t('surveys.mine.continue')
                      : t('surveys.mine.answer')}
                  </AppLink>
                </Paragraph>
              )}
              {item.state !== 'not_started' && (
                <Paragraph mb="xs">
                  {t('surveys.mine.download')}{' '}
                  <AnswerFiles
                    href={(format) => answersFile(r.id, item.organisation.id, format, lang)}
                  />
                </Paragraph>
              )}
            </li>
          );
        })}
      </RuledList>
    </>
  );
}

/** The surveys a representative's organisations are invited to: answer, continue, download. */
export function MySurveysPage() {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <PageFrame
      title={t('surveys.mine.title')}
      parents={[{ label: t('account.title'), to: pagePath('account', lang) }]}
    >
      <RequireLogin>{() => <MySurveys />}</RequireLogin>
    </PageFrame>
  );
}
