import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Heading, Paragraph, Table } from 'suomifi-ui-components';
import { vocabularyLabel } from '../../../../common/organisations.js';
import { useLang, useNumberFormat, usePercentFormat } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { DelayedLoading } from '../../ui/delayed-loading.js';
import { ErrorBox } from '../../ui/error-box.js';
import { Section } from '../../ui/section.js';
import { roundProgressQuery } from './api.js';
import { nameIn } from './labels.js';

interface Counts {
  invited: number;
  started: number;
  submitted: number;
  rate: number;
}

/** The response rate now (asked again every half minute): overall, by region and by family. */
export function RoundProgress({ roundId, isPublic }: { roundId: string; isPublic: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const number = useNumberFormat();
  const progress = useQuery(roundProgressQuery(lang, roundId));
  const percent = usePercentFormat();
  const columns = (first: string) => [
    { key: 'name', labelText: first },
    { key: 'invited', labelText: t('surveys.admin.invited') },
    { key: 'started', labelText: t('surveys.admin.started') },
    { key: 'submitted', labelText: t('surveys.admin.submitted') },
    { key: 'rate', labelText: t('surveys.admin.rate') },
  ];
  const row = (id: string, name: string, c: Counts) => ({
    id,
    name,
    invited: number(c.invited),
    started: number(c.started),
    submitted: number(c.submitted),
    rate: percent(c.rate),
  });
  let body: ReactNode;
  if (progress.isPending) body = <DelayedLoading />;
  else if (progress.isError) {
    body = <ErrorBox error={progress.error} onRetry={() => void progress.refetch()} />;
  } else {
    const p = progress.data;
    body = isPublic ? (
      <Paragraph mb="l">
        {t('surveys.admin.publicCounts', {
          started: number(p.started),
          submitted: number(p.submitted),
        })}
      </Paragraph>
    ) : p.invited === 0 ? (
      <Paragraph mb="l">{t('surveys.admin.noneInvited')}</Paragraph>
    ) : (
      <>
        <Paragraph mb="m">
          {t('surveys.admin.rateSummary', {
            submitted: number(p.submitted),
            invited: number(p.invited),
            rate: percent(p.rate),
            started: number(p.started),
          })}
        </Paragraph>
        <Table
          caption={t('surveys.admin.byRegion')}
          columns={columns(t('surveys.admin.region'))}
          data={p.byRegion.map((r) =>
            row(
              r.code ?? 'none',
              r.name ? nameIn(r.name, lang).text : t('surveys.admin.unknown'),
              r,
            ),
          )}
          condensed
          mb="l"
        />
        <Table
          caption={t('surveys.admin.byFamily')}
          columns={columns(t('surveys.admin.family'))}
          data={p.byFamily.map((r) =>
            row(
              r.code ?? 'none',
              r.code ? vocabularyLabel('families', r.code, lang) : t('surveys.admin.unknown'),
              r,
            ),
          )}
          condensed
          mb="l"
        />
      </>
    );
  }
  return (
    <Section aria-labelledby="round-progress">
      <Heading variant="h2" id="round-progress">
        {t('surveys.admin.progress')}
      </Heading>
      {body}
    </Section>
  );
}
