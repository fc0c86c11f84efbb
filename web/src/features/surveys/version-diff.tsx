import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useEffect } from 'react';
import { styled } from 'styled-components';
import { Heading, Paragraph, suomifiDesignTokens, VisuallyHidden } from 'suomifi-ui-components';
import type {
  DefinitionDiff,
  ElementChange,
  FieldChange,
} from '../../../../common/surveys/diff.js';
import { ApiError } from '../../app/api-client.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { DelayedLoading } from '../../ui/delayed-loading.js';
import { ErrorBox } from '../../ui/error-box.js';
import { Section } from '../../ui/section.js';
import { versionDiffQuery } from './api.js';

const { spacing } = suomifiDesignTokens;

const List = styled.ul`
  margin: 0 0 ${spacing.m};
  padding-left: ${spacing.l};

  & code {
    overflow-wrap: anywhere;
  }

  & del {
    text-decoration: line-through;
  }

  & ins {
    text-decoration: underline;
  }
`;

/** A value as text (never drawn as HTML: definitions may hold markup). */
const shown = (value: unknown) =>
  value === undefined ? '–' : typeof value === 'string' ? value : JSON.stringify(value);

function Fields({ changes }: { changes: FieldChange[] }) {
  const { t } = useTranslation();
  if (changes.length === 0) return null;
  return (
    <List>
      {changes.slice(0, 30).map((c) => (
        <li key={c.field}>
          <code>{c.field}</code>: <VisuallyHidden>{t('surveys.admin.diffBefore')}: </VisuallyHidden>
          <del>{shown(c.before)}</del> →{' '}
          <VisuallyHidden>{t('surveys.admin.diffAfter')}: </VisuallyHidden>
          <ins>{shown(c.after)}</ins>
        </li>
      ))}
    </List>
  );
}

function Elements({ title, items }: { title: string; items: ElementChange[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <>
      <Heading variant="h4">{title}</Heading>
      <List>
        {items.map((e) => (
          <li key={`${e.name}:${e.path}`}>
            <code>{e.name}</code> ({e.path}
            {e.from ? `, ${t('surveys.admin.diffMovedFrom', { from: e.from })}` : ''})
            <Fields changes={e.changes} />
          </li>
        ))}
      </List>
    </>
  );
}

function Changes({ heading, diff }: { heading: string; diff: DefinitionDiff['elements'] }) {
  const { t } = useTranslation();
  const count = diff.added.length + diff.removed.length + diff.changed.length;
  if (count === 0) return null;
  return (
    <>
      <Heading variant="h3">{heading}</Heading>
      <Elements title={t('surveys.admin.diffAdded')} items={diff.added} />
      <Elements title={t('surveys.admin.diffRemoved')} items={diff.removed} />
      <Elements title={t('surveys.admin.diffChanged')} items={diff.changed} />
    </>
  );
}

/** What changed in a version against the one it was copied from, asked again after each save. */
export function VersionDiff({
  surveyId,
  number,
  saved,
}: {
  surveyId: string;
  number: number;
  saved: boolean;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const diff = useQuery(versionDiffQuery(lang, surveyId, number));
  const { refetch } = diff;
  useEffect(() => {
    if (saved) void refetch();
  }, [saved, refetch]);
  if (number === 1) return null;
  let body: ReactNode;
  if (diff.isPending) body = <DelayedLoading />;
  else if (diff.isError) {
    body =
      diff.error instanceof ApiError && diff.error.status === 404 ? null : (
        <ErrorBox error={diff.error} onRetry={() => void diff.refetch()} />
      );
  } else {
    const d = diff.data;
    const none =
      d.survey.length === 0 &&
      [d.pages, d.elements].every(
        (c) => c.added.length + c.removed.length + c.changed.length === 0,
      );
    body = none ? (
      <Paragraph mb="m">{t('surveys.admin.diffNone', { from: d.from })}</Paragraph>
    ) : (
      <>
        <Paragraph mb="m">{t('surveys.admin.diffIntro', { from: d.from, to: d.to })}</Paragraph>
        {d.survey.length > 0 && (
          <>
            <Heading variant="h3">{t('surveys.admin.diffSurvey')}</Heading>
            <Fields changes={d.survey} />
          </>
        )}
        <Changes heading={t('surveys.admin.diffPages')} diff={d.pages} />
        <Changes heading={t('surveys.admin.diffElements')} diff={d.elements} />
      </>
    );
  }
  return (
    <Section aria-labelledby="survey-diff">
      <Heading variant="h2" id="survey-diff">
        {t('surveys.admin.diffTitle')}
      </Heading>
      {body}
    </Section>
  );
}
