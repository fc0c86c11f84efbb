import { useQuery } from '@tanstack/react-query';
import {
  lazy,
  type ReactNode,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useLocation, useParams, useSearchParams } from 'react-router';
import { styled } from 'styled-components';
import { Paragraph, suomifiDesignTokens } from 'suomifi-ui-components';
import { pickText } from '../../../../common/languages.js';
import { pagePath } from '../../../../common/routes.js';
import type { Answering } from '../../../../common/schemas/surveys.js';
import { isUuid } from '../../../../common/uuid.js';
import { ApiError } from '../../app/api-client.js';
import { useDateFormat, useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { AppLink } from '../../ui/app-link.js';
import { DelayedLoading } from '../../ui/delayed-loading.js';
import { FocusAlert } from '../../ui/focus-alert.js';
import { FocusMessage } from '../../ui/focus-message.js';
import { FormAlert } from '../../ui/form/form-alert.js';
import { PageFrame } from '../../ui/page-frame.js';
import { useHydrated } from '../../ui/use-hydrated.js';
import { NotFoundPage } from '../not-found/not-found-page.js';
import { type AnswerAccess, answerApi } from './api.js';
import { RegistryOffer } from './registry-offer.js';

const SurveyView = lazy(() => import('./survey-view.js'));

/** How long the answers rest before they are saved. */
const saveAfterMs = 800;

const SaveStatus = styled.p`
  min-height: 1.5em;
  margin: 0 0 16px;
  color: ${suomifiDesignTokens.colors.blackBase};
`;

type Saving = 'idle' | 'saving' | 'saved' | 'failed';

function Answer({ access, data }: { access: AnswerAccess; data: Answering }) {
  const { t } = useTranslation();
  const lang = useLang();
  const formatDate = useDateFormat();
  const version = useRef(data.response?.version);
  const pending = useRef<Record<string, unknown> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const [saving, setSaving] = useState<Saving>('idle');
  const [problem, setProblem] = useState<unknown>(null);
  const [submitted, setSubmitted] = useState(data.response?.state === 'submitted');

  const save = useCallback(async () => {
    const answers = pending.current;
    if (!answers) return true;
    pending.current = null;
    setSaving('saving');
    try {
      const saved = await answerApi.save(lang, access, answers, version.current);
      version.current = saved?.version;
      setSaving('saved');
      setProblem(null);
      return true;
    } catch (error) {
      setSaving('failed');
      setProblem(error);
      return false;
    }
  }, [lang, access]);

  useEffect(() => () => clearTimeout(timer.current), []);

  const onChange = useCallback(
    (answers: Record<string, unknown>) => {
      pending.current = answers;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(), saveAfterMs);
    },
    [save],
  );

  const onComplete = useCallback(
    async (answers: Record<string, unknown>) => {
      clearTimeout(timer.current);
      pending.current = answers;
      if (!(await save())) return false;
      try {
        await answerApi.submit(lang, access);
        setSubmitted(true);
        return true;
      } catch (error) {
        setProblem(error);
        return false;
      }
    },
    [lang, access, save],
  );

  if (submitted) {
    return (
      <>
        <FocusMessage heading={t('surveys.answer.submittedHeading')}>
          <Paragraph>
            {data.organisation
              ? t('surveys.answer.submittedText', { organisation: data.organisation.name })
              : t('surveys.answer.publicSubmitted')}
          </Paragraph>
          {'roundId' in access && (
            <Paragraph>
              <AppLink to={pagePath('mySurveys', lang)}>{t('surveys.mine.back')}</AppLink>
            </Paragraph>
          )}
        </FocusMessage>
        {data.organisation && <RegistryOffer access={access} />}
      </>
    );
  }
  if (data.round.status !== 'open') {
    return (
      <FocusMessage heading={t('surveys.answer.closedHeading')} status="error" takeFocus={false}>
        <Paragraph>
          {data.round.status === 'scheduled'
            ? t('surveys.answer.notYetOpen', { date: formatDate(data.round.opensOn) })
            : t('surveys.answer.closed', { date: formatDate(data.round.closesOn) })}
        </Paragraph>
      </FocusMessage>
    );
  }
  const minutes = Number(data.definition.estimatedMinutes) || undefined;
  return (
    <>
      <Paragraph mb="s">
        {data.organisation
          ? t('surveys.answer.intro', {
              organisation: data.organisation.name,
              date: formatDate(data.round.closesOn),
            })
          : t('surveys.answer.publicIntro', { date: formatDate(data.round.closesOn) })}
      </Paragraph>
      {minutes && <Paragraph mb="s">{t('surveys.answer.minutes', { count: minutes })}</Paragraph>}
      {!data.response && data.prefill && Object.keys(data.prefill).length > 0 && (
        <Paragraph mb="s">{t('surveys.answer.prefilled')}</Paragraph>
      )}
      <SaveStatus role="status">
        {saving === 'saving' && t('surveys.answer.saving')}
        {saving === 'saved' && t('surveys.answer.saved')}
        {saving === 'failed' && t('surveys.answer.saveFailed')}
      </SaveStatus>
      {problem !== null && (
        <FocusAlert key={String((problem as ApiError)?.code ?? 'x')}>
          <FormAlert error={problem} />
        </FocusAlert>
      )}
      <Suspense fallback={<DelayedLoading />}>
        <SurveyView
          definition={data.definition}
          answers={data.response?.answers ?? data.prefill ?? {}}
          lang={lang}
          onChange={onChange}
          onComplete={onComplete}
        />
      </Suspense>
    </>
  );
}

/** The survey of an access (a link, a representative's, a public round's), in its page. */
function AnswerFrame({ access, failed }: { access: AnswerAccess | null; failed: ReactNode }) {
  const { t } = useTranslation();
  const lang = useLang();
  const hydrated = useHydrated();
  const { pathname, search } = useLocation();
  const answering = useQuery({
    // The token stays out of the key: keys can end up in the page's state.
    queryKey: [
      'survey-answer',
      access && 'roundId' in access ? access.roundId : null,
      access && 'publicRound' in access ? access.publicRound : null,
    ],
    queryFn: () => answerApi.open(lang, access ?? { token: '' }),
    enabled: hydrated && access !== null,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
    retry: false,
  });
  const data = answering.data;
  const title = data
    ? (pickText(
        {
          fi: data.round.name.fi,
          sv: data.round.name.sv ?? undefined,
          en: data.round.name.en ?? undefined,
        },
        lang,
      ).text ?? t('surveys.answer.title'))
    : t('surveys.answer.title');
  let body: ReactNode;
  if (!access) {
    body = failed;
  } else if (answering.isError) {
    body = (
      <FocusAlert>
        <FormAlert error={answering.error}>
          {answering.error instanceof ApiError &&
            answering.error.status === 404 &&
            !('publicRound' in access) && <Paragraph>{t('surveys.answer.askNew')}</Paragraph>}
          {answering.error instanceof ApiError && answering.error.status === 401 && (
            <Paragraph>
              <AppLink
                to={`${pagePath('login', lang)}?${new URLSearchParams({ next: `${pathname}${search}` })}`}
              >
                {t('surveys.answer.logIn')}
              </AppLink>
            </Paragraph>
          )}
        </FormAlert>
      </FocusAlert>
    );
  } else if (!data) {
    body = <DelayedLoading />;
  } else {
    body = <Answer access={access} data={data} />;
  }
  return <PageFrame title={title}>{body}</PageFrame>;
}

/**
 * Answering a survey by an invitation's link, without an account (or, signed in, as a
 * representative from the list of one's organisations' surveys): answers are saved as the
 * respondent goes, so the same link resumes on any device until the answers are submitted. The
 * link is read after the page has been taken over, never by the server's drawing.
 */
export function SurveyAnswerPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token');
  const roundId = params.get('round');
  const organisationId = params.get('organisation');
  // A link's token, or (signed in) the round and organisation from the representative's list.
  const access = useMemo<AnswerAccess | null>(
    () =>
      token
        ? { token }
        : roundId && organisationId && isUuid(roundId) && isUuid(organisationId)
          ? { roundId, organisationId }
          : null,
    [token, roundId, organisationId],
  );
  return (
    <AnswerFrame
      access={access}
      failed={
        <FocusMessage heading={t('auth.noToken')} status="error" takeFocus={false}>
          <Paragraph>{t('surveys.answer.noToken')}</Paragraph>
        </FocusMessage>
      }
    />
  );
}

/** A public round, answered anonymously by anyone with its address, once per browser. */
export function PublicSurveyPage() {
  const { id = '' } = useParams();
  const access = useMemo<AnswerAccess | null>(
    () => (isUuid(id) ? { publicRound: id } : null),
    [id],
  );
  if (!access) return <NotFoundPage />;
  return <AnswerFrame access={access} failed={null} />;
}
