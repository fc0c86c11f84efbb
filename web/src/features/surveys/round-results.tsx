import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { styled } from 'styled-components';
import { Heading, Paragraph, suomifiDesignTokens, Table } from 'suomifi-ui-components';
import type { PublicResults } from '../../../../common/schemas/surveys.js';
import { useLang, useNumberFormat, usePercentFormat } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { DelayedLoading } from '../../ui/delayed-loading.js';
import { ErrorBox } from '../../ui/error-box.js';
import { FactList } from '../../ui/facts.js';
import { Section } from '../../ui/section.js';
import { AnswerFiles } from '../survey-answer/answer-files.js';
import { roundResultsPath, roundResultsQuery } from './api.js';

const Question = styled.section`
  margin-bottom: ${suomifiDesignTokens.spacing.l};
`;

const Texts = styled.ul`
  margin: 0 0 ${suomifiDesignTokens.spacing.m};
  padding-left: ${suomifiDesignTokens.spacing.l};
  white-space: pre-line;
  overflow-wrap: anywhere;

  & li + li {
    margin-top: ${suomifiDesignTokens.spacing.xs};
  }
`;

type Result = PublicResults['questions'][number];

/** One question's results: its choices counted, its numbers' spread, its latest written answers. */
function QuestionResult({ q, index }: { q: Result; index: number }) {
  const { t } = useTranslation();
  const number = useNumberFormat();
  const decimal = (n: number) => number(Math.round(n * 10) / 10);
  const percent = usePercentFormat();
  const share = (count: number) => (q.answered > 0 ? percent(count / q.answered) : '–');
  const id = `result-${index}`;
  return (
    <Question aria-labelledby={id}>
      <Heading variant="h3" id={id}>
        {q.title}
      </Heading>
      <Paragraph mb="s">
        {t('surveys.results.answered', { count: q.answered, formatted: number(q.answered) })}
      </Paragraph>
      {q.choices && q.choices.length > 0 && (
        <Table
          caption={t('surveys.results.choicesCaption', { question: q.title })}
          columns={[
            { key: 'label', labelText: t('surveys.results.choice') },
            { key: 'count', labelText: t('surveys.results.count') },
            { key: 'share', labelText: t('surveys.results.share') },
          ]}
          data={q.choices.map((c) => ({
            id: c.value,
            label: c.label,
            count: number(c.count),
            share: share(c.count),
          }))}
          condensed
          mb="m"
        />
      )}
      {q.numbers && (
        <FactList>
          <dt>{t('surveys.results.mean')}</dt>
          <dd>{decimal(q.numbers.mean)}</dd>
          <dt>{t('surveys.results.median')}</dt>
          <dd>{decimal(q.numbers.median)}</dd>
          <dt>{t('surveys.results.range')}</dt>
          <dd>{`${number(q.numbers.min)}–${number(q.numbers.max)}`}</dd>
        </FactList>
      )}
      {q.texts && q.texts.length > 0 && (
        <>
          <Paragraph mb="xs">
            {q.texts.length < q.answered
              ? t('surveys.results.latestTexts', { count: q.texts.length })
              : t('surveys.results.allTexts')}
          </Paragraph>
          {/* Written answers are text: React draws any markup in them as characters. */}
          <Texts>
            {q.texts.map((text, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the same answer may come twice
              <li key={i}>{text}</li>
            ))}
          </Texts>
        </>
      )}
    </Question>
  );
}

/**
 * What a public round's anonymous respondents answered (submitted responses), question by
 * question, with the whole set to download.
 */
export function RoundResults({ roundId }: { roundId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const number = useNumberFormat();
  const query = useQuery(roundResultsQuery(lang, roundId));
  const file = (format: 'xlsx' | 'excel-csv') =>
    `${roundResultsPath(roundId)}/export?format=${format}&lang=${lang}`;
  let body: ReactNode;
  if (query.isPending) body = <DelayedLoading />;
  else if (query.isError) {
    body = <ErrorBox error={query.error} onRetry={() => void query.refetch()} />;
  } else if (query.data.submitted === 0) {
    body = <Paragraph mb="l">{t('surveys.results.none')}</Paragraph>;
  } else {
    body = (
      <>
        <Paragraph mb="m">
          {t('surveys.results.summary', {
            count: query.data.submitted,
            formatted: number(query.data.submitted),
          })}{' '}
          {t('surveys.admin.downloadAnswers')} <AnswerFiles href={file} />
        </Paragraph>
        {query.data.questions.map((q, i) => (
          <QuestionResult key={q.name} q={q} index={i} />
        ))}
      </>
    );
  }
  return (
    <Section aria-labelledby="round-results">
      <Heading variant="h2" id="round-results">
        {t('surveys.results.heading')}
      </Heading>
      {body}
    </Section>
  );
}
