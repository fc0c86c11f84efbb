import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { Button, Heading, Paragraph, Table } from 'suomifi-ui-components';
import type {
  RoundClassifications as Classifications,
  triAnswers,
} from '../../../../common/schemas/surveys.js';
import { useLang, useNumberFormat } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { DelayedLoading } from '../../ui/delayed-loading.js';
import { ErrorBox } from '../../ui/error-box.js';
import { FocusAlert } from '../../ui/focus-alert.js';
import { FocusMessage } from '../../ui/focus-message.js';
import { FormAlert } from '../../ui/form/form-alert.js';
import { ProgressBar } from '../../ui/progress-bar.js';
import { Section } from '../../ui/section.js';
import { roundClassificationsQuery, surveyApi } from './api.js';
import { busyProps } from './labels.js';

type Answer = (typeof triAnswers)[number];
type Model = Classifications['icsem']['counts'][number]['model'];

/**
 * Which definitions of a social enterprise the organisations that submitted met in the round,
 * counted (never named), by the rules' version that computed them; a coordinator runs today's
 * rules again after they change and sees what moved.
 */
export function RoundClassifications({ roundId }: { roundId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const number = useNumberFormat();
  const queryClient = useQueryClient();
  const query = useQuery(roundClassificationsQuery(lang, roundId));
  const [report, setReport] = useState<{ added: number; changed: number } | null>(null);
  const [progress, setProgress] = useState<{ processed: number; total: number } | null>(null);
  const [stopped, setStopped] = useState<string | null>(null);
  const recompute = useMutation({
    mutationFn: () => {
      setReport(null);
      setStopped(null);
      setProgress(null);
      return surveyApi.recomputeClassifications(lang, roundId, (processed, total) =>
        setProgress({ processed, total }),
      );
    },
    onSuccess: async (outcome) => {
      setProgress(null);
      if (outcome.state === 'done') {
        setReport({ added: outcome.added, changed: outcome.changed });
        const { state: _state, ...result } = outcome;
        queryClient.setQueryData(roundClassificationsQuery(lang, roundId).queryKey, result);
        return;
      }
      // Stopped or broken off: the batches done are kept; the counts show where it got to.
      setStopped(
        outcome.state === 'failed' ? outcome.message : t('surveys.classifications.interrupted'),
      );
      await queryClient.invalidateQueries({
        queryKey: roundClassificationsQuery(lang, roundId).queryKey,
      });
    },
    onError: () => setProgress(null),
  });
  const answer = (a: Answer) => t(`surveys.classifications.answers.${a}`);
  const model = (m: Model) =>
    m ? t(`organisation.definitions.icsemModels.${m}`) : t('surveys.classifications.noModel');
  let body: ReactNode;
  if (query.isPending) body = <DelayedLoading />;
  else if (query.isError) {
    body = <ErrorBox error={query.error} onRetry={() => void query.refetch()} />;
  } else {
    const c = query.data;
    const moves = (changes: { from: string; to: string; count: number }[]) =>
      changes
        .map((m) => t('surveys.classifications.move', { from: m.from, to: m.to, count: m.count }))
        .join('; ');
    const anyChanges =
      c.definitions.some((d) => d.changes.length > 0) || c.icsem.changes.length > 0;
    const stale = c.versions
      .filter((v) => v.version !== c.version)
      .reduce((a, v) => a + v.count, 0);
    body =
      c.submitted === 0 ? (
        <Paragraph mb="l">{t('surveys.classifications.none')}</Paragraph>
      ) : (
        <>
          <Paragraph mb="m">
            {t('surveys.classifications.summary', {
              classified: number(c.classified),
              submitted: number(c.submitted),
              version: c.version,
            })}
          </Paragraph>
          {(stale > 0 || c.classified < c.submitted) && (
            <Paragraph mb="m">
              {t('surveys.classifications.outdated', {
                stale: number(stale),
                missing: number(c.submitted - c.classified),
              })}
            </Paragraph>
          )}
          <Table
            caption={t('surveys.classifications.definitionsCaption')}
            columns={[
              { key: 'name', labelText: t('surveys.classifications.definition') },
              { key: 'yes', labelText: answer('yes') },
              { key: 'no', labelText: answer('no') },
              { key: 'unknown', labelText: answer('unknown') },
              { key: 'changes', labelText: t('surveys.classifications.changes') },
            ]}
            data={c.definitions.map((d) => ({
              id: d.id,
              name: t(`organisation.definitions.${d.id}.name`),
              yes: number(d.counts.yes),
              no: number(d.counts.no),
              unknown: number(d.counts.unknown),
              changes:
                moves(d.changes.map((m) => ({ ...m, from: answer(m.from), to: answer(m.to) }))) ||
                '–',
            }))}
            condensed
            mb="l"
          />
          <Table
            caption={t('surveys.classifications.icsemCaption')}
            columns={[
              { key: 'name', labelText: t('surveys.classifications.model') },
              { key: 'count', labelText: t('surveys.classifications.organisations') },
            ]}
            data={c.icsem.counts.map((m) => ({
              id: m.model ?? 'none',
              name: model(m.model),
              count: number(m.count),
            }))}
            condensed
            mb="m"
          />
          {c.icsem.changes.length > 0 && (
            <Paragraph mb="m">
              {t('surveys.classifications.icsemChanges', {
                moves: moves(
                  c.icsem.changes.map((m) => ({ ...m, from: model(m.from), to: model(m.to) })),
                ),
              })}
            </Paragraph>
          )}
          {!anyChanges && c.classified > 0 && (
            <Paragraph mb="m">{t('surveys.classifications.noChanges')}</Paragraph>
          )}
          <Paragraph mb="s">{t('surveys.classifications.recomputeHint')}</Paragraph>
          <Button
            variant="secondary"
            onClick={() => recompute.mutate()}
            {...busyProps(recompute.isPending, t('surveys.classifications.recomputing'))}
          >
            {t('surveys.classifications.recompute')}
          </Button>
          {recompute.isPending && progress && (
            <ProgressBar
              label={t('surveys.classifications.progress', {
                processed: number(progress.processed),
                total: number(progress.total),
              })}
              processed={progress.processed}
              total={progress.total}
              announce={(percent) => t('surveys.classifications.announce', { percent })}
            />
          )}
        </>
      );
  }
  return (
    <Section aria-labelledby="round-classifications">
      <Heading variant="h2" id="round-classifications">
        {t('surveys.classifications.heading')}
      </Heading>
      {body}
      <div role="status">
        {report && (
          <Paragraph mb="m">
            {t('surveys.classifications.recomputed', {
              added: number(report.added),
              changed: number(report.changed),
            })}
          </Paragraph>
        )}
      </div>
      {stopped && (
        <FocusMessage key={stopped} heading={t('surveys.classifications.stopped')} status="error">
          {stopped}
        </FocusMessage>
      )}
      {recompute.error && (
        <FocusAlert key={String(recompute.error)}>
          <FormAlert error={recompute.error} />
        </FocusAlert>
      )}
    </Section>
  );
}
