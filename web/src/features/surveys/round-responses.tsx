import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { styled } from 'styled-components';
import { Button, Heading, Paragraph, suomifiDesignTokens, Table } from 'suomifi-ui-components';
import { vocabularyLabel } from '../../../../common/organisations.js';
import { pagePath } from '../../../../common/routes.js';
import { useDateFormat, useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { AppLink } from '../../ui/app-link.js';
import { ConfirmModal } from '../../ui/confirm-modal.js';
import { FocusAlert } from '../../ui/focus-alert.js';
import { FormAlert } from '../../ui/form/form-alert.js';
import { SelectField } from '../../ui/form/select-field.js';
import { PagedResults } from '../../ui/paged-results.js';
import { Section } from '../../ui/section.js';
import { refreshSurveys, roundResponsesQuery, surveyApi } from './api.js';
import { ResponseViewer } from './response-viewer.js';

const Actions = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${suomifiDesignTokens.spacing.s};
`;

// As common/schemas/surveys.ts has them (that module brings zod; this page's code does not need it).
const responseStates = ['not_started', 'in_progress', 'submitted'] as const;
type State = (typeof responseStates)[number];
const isState = (value: string | null): value is State =>
  (responseStates as readonly string[]).includes(value ?? '');

/**
 * Who has answered a round, by name, filtered by state and paged in the address; a submitted
 * response can be reopened (with a confirmation) while the round is open.
 */
export function RoundResponses({ roundId, open }: { roundId: string; open: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const formatDate = useDateFormat();
  const queryClient = useQueryClient();
  const { pathname } = useLocation();
  const [params, setParams] = useSearchParams();
  const state = params.get('state');
  const page = Math.max(1, Number(params.get('page')) || 1);
  const search = new URLSearchParams({
    ...(isState(state) ? { state } : {}),
    page: String(page),
    pageSize: '50',
  }).toString();
  const list = useQuery(roundResponsesQuery(lang, roundId, search));
  const [reopening, setReopening] = useState<{ id: string; name: string } | null>(null);
  const [reopened, setReopened] = useState('');
  const [viewing, setViewing] = useState<{ id: string; name: string } | null>(null);
  const reopen = useMutation({
    mutationFn: (organisationId: string) => surveyApi.reopen(lang, roundId, organisationId),
    onSuccess: async () => {
      setReopened(reopening?.name ?? '');
      setReopening(null);
      await refreshSurveys(queryClient);
    },
  });
  const hrefFor = (n: number) => {
    const next = new URLSearchParams(params);
    if (n === 1) next.delete('page');
    else next.set('page', String(n));
    const s = next.toString();
    return `${pathname}${s ? `?${s}` : ''}`;
  };
  return (
    <Section aria-labelledby="round-responses">
      <Heading variant="h2" id="round-responses">
        {t('surveys.admin.responses')}
      </Heading>
      <SelectField
        id="responses-state"
        label={t('surveys.admin.stateFilter')}
        value={isState(state) ? state : 'all'}
        options={[
          { value: 'all', label: t('surveys.admin.allStates') },
          ...responseStates.map((s) => ({
            value: s,
            label: t(`surveys.admin.responseState.${s}`),
          })),
        ]}
        onChange={(value) => {
          const next = new URLSearchParams(params);
          next.delete('page');
          if (value === 'all') next.delete('state');
          else next.set('state', value);
          setParams(next, { replace: true });
        }}
      />
      {reopen.isError && (
        <FocusAlert>
          <FormAlert error={reopen.error} />
        </FocusAlert>
      )}
      <PagedResults
        query={list}
        countText={(count) => t('surveys.admin.responseCount', { count })}
        emptyText={t('surveys.admin.noResponses')}
        hrefFor={hrefFor}
        status={
          reopened && (
            <Paragraph mb="s">{t('surveys.admin.reopened', { name: reopened })}</Paragraph>
          )
        }
      >
        {(items) => (
          <Table
            caption={t('surveys.admin.responsesCaption')}
            columns={[
              { key: 'organisation', labelText: t('surveys.admin.organisation') },
              { key: 'family', labelText: t('surveys.admin.family') },
              { key: 'state', labelText: t('surveys.admin.state') },
              { key: 'dates', labelText: t('surveys.admin.dates') },
              { key: 'actions', labelText: t('surveys.admin.actions') },
            ]}
            data={items.map((r) => ({
              id: r.organisation.id,
              organisation: (
                <AppLink to={pagePath('organisation', lang, { id: r.organisation.id })}>
                  {r.organisation.name}
                </AppLink>
              ),
              family: r.organisation.family
                ? vocabularyLabel('families', r.organisation.family, lang)
                : '–',
              state: t(`surveys.admin.responseState.${r.state}`),
              dates: [
                t('surveys.admin.invitedOn', { date: formatDate(r.invitedAt) }),
                r.remindedAt && t('surveys.admin.remindedOn', { date: formatDate(r.remindedAt) }),
                r.submittedAt &&
                  t('surveys.admin.submittedOn', { date: formatDate(r.submittedAt) }),
                r.recipients === 0 && t('surveys.admin.noAddress'),
              ]
                .filter(Boolean)
                .join(' · '),
              actions:
                r.state === 'not_started' ? (
                  '–'
                ) : (
                  <Actions>
                    <Button
                      variant="secondary"
                      onClick={() =>
                        setViewing({ id: r.organisation.id, name: r.organisation.name })
                      }
                      aria-label={t('surveys.admin.viewAnswersOf', { name: r.organisation.name })}
                    >
                      {t('surveys.admin.viewAnswers')}
                    </Button>
                    {open && r.state === 'submitted' && (
                      <Button
                        variant="secondary"
                        onClick={() =>
                          setReopening({ id: r.organisation.id, name: r.organisation.name })
                        }
                        aria-label={t('surveys.admin.reopenOf', { name: r.organisation.name })}
                      >
                        {t('surveys.admin.reopen')}
                      </Button>
                    )}
                  </Actions>
                ),
            }))}
            condensed
            mb="l"
          />
        )}
      </PagedResults>
      {viewing && (
        <ResponseViewer
          key={viewing.id}
          roundId={roundId}
          organisation={viewing}
          onClose={() => setViewing(null)}
        />
      )}
      <ConfirmModal
        visible={reopening !== null}
        title={t('surveys.admin.reopenTitle')}
        confirmText={t('surveys.admin.reopen')}
        onConfirm={() => reopening && reopen.mutate(reopening.id)}
        onCancel={() => setReopening(null)}
        busy={reopen.isPending}
      >
        <Paragraph>{t('surveys.admin.reopenText', { name: reopening?.name ?? '' })}</Paragraph>
      </ConfirmModal>
    </Section>
  );
}
