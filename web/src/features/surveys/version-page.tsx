import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { styled } from 'styled-components';
import {
  Button,
  Heading,
  InlineAlert,
  Paragraph,
  suomifiDesignTokens,
  Textarea,
} from 'suomifi-ui-components';
import type { Lang } from '../../../../common/languages.js';
import { pagePath } from '../../../../common/routes.js';
import type { SurveyVersion } from '../../../../common/schemas/surveys.js';
import { isUuid } from '../../../../common/uuid.js';
import { ApiError } from '../../app/api-client.js';
import { useDateFormat, useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { AppLink } from '../../ui/app-link.js';
import { DelayedLoading } from '../../ui/delayed-loading.js';
import { ErrorBox } from '../../ui/error-box.js';
import { FocusAlert } from '../../ui/focus-alert.js';
import { FormAlert } from '../../ui/form/form-alert.js';
import { LangChoice } from '../../ui/form/lang-choice.js';
import { PageFrame } from '../../ui/page-frame.js';
import { Section } from '../../ui/section.js';
import { useDebounced } from '../../ui/use-debounced.js';
import { NoPermission, RequireLogin } from '../auth/require-login.js';
import { NotFoundPage } from '../not-found/not-found-page.js';
import { refreshSurveys, surveyApi, surveyVersionQuery } from './api.js';
import { busyProps } from './labels.js';
import { VersionDiff } from './version-diff.js';

const SurveyView = lazy(() => import('../survey-answer/survey-view.js'));

const { colors, spacing } = suomifiDesignTokens;

const Columns = styled.div`
  display: grid;
  grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
  gap: ${spacing.l};

  @media (max-width: 64rem) {
    grid-template-columns: minmax(0, 1fr);
  }

  & textarea {
    font-family: ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', monospace;
    font-size: 14px;
    min-height: 36rem;
  }
`;

const Problems = styled.ul`
  margin: 0 0 ${spacing.m};
  padding-left: ${spacing.l};

  & code {
    overflow-wrap: anywhere;
  }
`;

const Preview = styled.div`
  border: 1px solid ${colors.depthLight1};
  padding: ${spacing.s};
  max-height: 48rem;
  overflow: auto;
`;

/** A short fingerprint of the text: the preview is drawn again when the definition changes. */
function hash(text: string): number {
  let h = 5381;
  for (let i = 0; i < text.length; i += 1) h = ((h << 5) + h + text.charCodeAt(i)) | 0;
  return h;
}

type Parsed = { ok: true; value: Record<string, unknown> } | { ok: false; message: string };

function parse(text: string): Parsed {
  try {
    const value: unknown = JSON.parse(text);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      return { ok: false, message: '' };
    }
    return { ok: true, value: value as Record<string, unknown> };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : '' };
  }
}

function Editor({ version, onReload }: { version: SurveyVersion; onReload: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const formatDate = useDateFormat();
  const queryClient = useQueryClient();
  const frozen = version.frozenAt !== null;
  const [text, setText] = useState(() => JSON.stringify(version.definition, null, 2));
  const [previewLang, setPreviewLang] = useState<Lang>(lang);
  const [saved, setSaved] = useState(false);
  const settled = useDebounced(text, 600);
  const parsed = useMemo(() => parse(settled), [settled]);
  const check = useQuery({
    queryKey: ['surveys', 'check', settled],
    queryFn: () => surveyApi.check(lang, parsed.ok ? parsed.value : null),
    enabled: parsed.ok,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 60_000,
  });
  const save = useMutation({
    mutationFn: () => {
      const current = parse(text);
      if (!current.ok) throw new Error('not json');
      return surveyApi.saveVersion(
        lang,
        version.surveyId,
        version.number,
        current.value,
        version.version,
      );
    },
    onSuccess: async () => {
      setSaved(true);
      await refreshSurveys(queryClient);
    },
  });
  const problems = check.data?.problems ?? [];
  const conflict = save.error instanceof ApiError && save.error.code === 'version_conflict';
  const serverProblems =
    save.error instanceof ApiError
      ? (save.error.details?.fields as { path: string; message: string }[] | undefined)
      : undefined;
  const previewable = parsed.ok && check.isSuccess && problems.length === 0;
  return (
    <>
      <Paragraph mb="m">
        <AppLink to={pagePath('surveys', lang)}>{t('surveys.admin.toSurveys')}</AppLink>
      </Paragraph>
      {frozen ? (
        <InlineAlert mb="l" labelText={t('surveys.admin.frozenHeading')}>
          {t('surveys.admin.frozenText', { date: formatDate(version.frozenAt ?? '') })}
        </InlineAlert>
      ) : (
        <Paragraph mb="l">{t('surveys.admin.editorIntro')}</Paragraph>
      )}
      <Columns>
        <div>
          <Textarea
            id="survey-definition"
            labelText={t('surveys.admin.definitionLabel')}
            hintText={t('surveys.admin.definitionHint')}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setSaved(false);
            }}
            readOnly={frozen}
            spellCheck={false}
            fullWidth
            resize="vertical"
            aria-describedby="survey-check"
            mb="m"
          />
          <div id="survey-check" role="status">
            {!parsed.ok ? (
              <Paragraph mb="m">
                {t('surveys.admin.notJson', { detail: parsed.message || '–' })}
              </Paragraph>
            ) : check.isPending ? (
              <Paragraph mb="m">{t('surveys.admin.checking')}</Paragraph>
            ) : check.isError ? null : problems.length === 0 ? (
              <Paragraph mb="m">
                {t('surveys.admin.noProblems', { count: check.data?.bindings.length ?? 0 })}
              </Paragraph>
            ) : (
              <>
                <Paragraph mb="xs">
                  {t('surveys.admin.problemCount', { count: problems.length })}
                </Paragraph>
                <Problems>
                  {problems.slice(0, 50).map((p) => (
                    <li key={`${p.path}:${p.code}`}>
                      <code>{p.path || '/'}</code>: {t(`surveys.admin.problems.${p.code}`)}
                      {p.detail ? ` (${p.detail})` : ''}
                    </li>
                  ))}
                </Problems>
              </>
            )}
          </div>
          {check.isError && <ErrorBox error={check.error} onRetry={() => void check.refetch()} />}
          {!frozen && (
            <>
              {save.isError && (
                <FocusAlert key={String(save.failureCount) + String(save.submittedAt)}>
                  <FormAlert error={save.error}>
                    {serverProblems && serverProblems.length > 0 && (
                      <Problems>
                        {serverProblems.slice(0, 20).map((p) => (
                          <li key={p.path}>
                            <code>{p.path}</code>: {p.message}
                          </li>
                        ))}
                      </Problems>
                    )}
                    {conflict && (
                      <Button variant="secondary" onClick={onReload}>
                        {t('surveys.admin.reload')}
                      </Button>
                    )}
                  </FormAlert>
                </FocusAlert>
              )}
              <Button
                onClick={() => save.mutate()}
                disabled={!parse(text).ok}
                {...busyProps(save.isPending, t('form.sending'))}
              >
                {t('surveys.admin.saveVersion')}
              </Button>
              <span role="status">{saved && ` ${t('surveys.admin.saved')}`}</span>
            </>
          )}
        </div>
        <Section aria-labelledby="survey-preview">
          <Heading variant="h2" id="survey-preview">
            {t('surveys.admin.preview')}
          </Heading>
          <LangChoice
            id="preview-lang"
            value={previewLang}
            onChange={setPreviewLang}
            label={t('surveys.admin.previewLang')}
          />
          {previewable && parsed.ok ? (
            <Preview lang={previewLang}>
              <Suspense fallback={<DelayedLoading />}>
                <SurveyView
                  key={`${previewLang}:${hash(settled)}`}
                  definition={parsed.value}
                  answers={{}}
                  lang={previewLang}
                  onChange={() => {}}
                  onComplete={async () => false}
                />
              </Suspense>
            </Preview>
          ) : (
            <Paragraph mb="m">{t('surveys.admin.previewWaits')}</Paragraph>
          )}
        </Section>
      </Columns>
      <VersionDiff surveyId={version.surveyId} number={version.number} saved={saved} />
    </>
  );
}

function VersionLoader({ id, number }: { id: string; number: number }) {
  const lang = useLang();
  const query = useQuery(surveyVersionQuery(lang, id, number));
  const [generation, setGeneration] = useState(0);
  if (query.error instanceof ApiError && query.error.status === 403) return <NoPermission />;
  if (query.error instanceof ApiError && query.error.status === 404) return <NotFoundPage />;
  if (query.isPending) return <DelayedLoading />;
  if (query.isError) return <ErrorBox error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <Editor
      key={generation}
      version={query.data}
      onReload={() => {
        void query.refetch().then(() => setGeneration((g) => g + 1));
      }}
    />
  );
}

/**
 * A survey version as SurveyJS JSON: edited as text with the server's checks as one types (each
 * problem by its path), a live preview in each language, and what changed against the version it
 * was copied from. A frozen version is shown, not edited.
 */
export function SurveyVersionPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { id = '', number = '' } = useParams();
  const n = Number(number);
  if (!isUuid(id) || !Number.isInteger(n) || n < 1) return <NotFoundPage />;
  return (
    <PageFrame
      title={t('surveys.admin.versionTitle', { number: n })}
      parents={[{ label: t('surveys.admin.title'), to: pagePath('surveys', lang) }]}
    >
      <RequireLogin permission="manageSurveys">
        {() => <VersionLoader id={id} number={n} />}
      </RequireLogin>
    </PageFrame>
  );
}
