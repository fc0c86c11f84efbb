import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { styled } from 'styled-components';
import { Heading, Paragraph, RouterLink, suomifiDesignTokens } from 'suomifi-ui-components';
import { pagePath } from '../../../../common/routes.js';
import type { ModerationRequest } from '../../../../common/schemas/organisations.js';
import { ApiError } from '../../app/api-client.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { AppLink } from '../../ui/app-link.js';
import { DelayedLoading } from '../../ui/delayed-loading.js';
import { ErrorBox } from '../../ui/error-box.js';
import { FocusAlert } from '../../ui/focus-alert.js';
import { FocusMessage } from '../../ui/focus-message.js';
import { PageFrame } from '../../ui/page-frame.js';
import { PageLinks } from '../../ui/page-links.js';
import { NoPermission, RequireLogin } from '../auth/require-login.js';
import { ProjectRequests } from '../project-forms/project-requests.js';
import { moderationQuery, orgApi, type RequestState, refreshOrganisation } from './api.js';
import { decideKey, RejectModal } from './reject-modal.js';
import { OrganisationRequestCard } from './request-card.js';

const { spacing, colors } = suomifiDesignTokens;
const states: RequestState[] = ['pending', 'approved', 'rejected'];

// The chosen list is marked by a border and weight, not by colour alone.
const Tabs = styled.ul`
  display: flex;
  flex-wrap: wrap;
  gap: ${spacing.m};
  margin: 0 0 ${spacing.l};
  padding: 0;
  list-style: none;

  & a {
    display: inline-block;
    padding: ${spacing.xs} ${spacing.s};
  }

  & a[aria-current] {
    font-weight: 600;
    border-bottom: 3px solid ${colors.highlightBase};
    text-decoration: none;
  }
`;

function stateOf(params: URLSearchParams): RequestState {
  return states.find((s) => s === params.get('state')) ?? 'pending';
}

function pageOf(params: URLSearchParams): number {
  const page = Number(params.get('page'));
  return Number.isInteger(page) && page > 1 ? page : 1;
}

function searchOf(state: RequestState, page: number): string {
  const params = new URLSearchParams();
  if (state !== 'pending') params.set('state', state);
  if (page > 1) params.set('page', String(page));
  const search = params.toString();
  return search ? `?${search}` : '';
}

interface Decided {
  request: ModerationRequest;
  decision: 'approve' | 'reject';
}

function ModerationView() {
  const { t } = useTranslation();
  const lang = useLang();
  const queryClient = useQueryClient();
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  const state = stateOf(params);
  const page = pageOf(params);
  const query = useQuery(moderationQuery(lang, state, page));
  const [rejecting, setRejecting] = useState<ModerationRequest>();
  const [decided, setDecided] = useState<Decided>();

  const decide = useMutation({
    mutationKey: decideKey,
    mutationFn: ({ request, reason }: { request: ModerationRequest; reason?: string }) =>
      orgApi.decide(
        lang,
        request.id,
        reason === undefined ? { decision: 'approve' } : { decision: 'reject', reason },
      ),
    onSuccess: async (_, { request, reason }) => {
      refreshOrganisation(queryClient, request.organisation.id);
      // The list is fresh before the dialog closes, so focus lands on the message.
      await queryClient.invalidateQueries({ queryKey: ['moderation'] });
      setRejecting(undefined);
      setDecided({ request, decision: reason === undefined ? 'approve' : 'reject' });
    },
    onError: (error) => {
      // Decided meanwhile by someone else: the list shows how things are now.
      if (error instanceof ApiError && error.status === 404) {
        void queryClient.invalidateQueries({ queryKey: ['moderation'] });
      }
    },
  });

  if (query.error instanceof ApiError && query.error.status === 403) return <NoPermission />;

  return (
    <>
      <Paragraph mb="m">{t('moderation.intro')}</Paragraph>
      <Paragraph mb="l">
        <AppLink to={pagePath('staleOrganisations', lang)}>{t('moderation.toUnconfirmed')}</AppLink>
      </Paragraph>
      <nav aria-label={t('moderation.statesLabel')}>
        <Tabs>
          {states.map((s) => (
            <li key={s}>
              <RouterLink
                asComponent={Link}
                to={`${pathname}${searchOf(s, 1)}`}
                aria-current={s === state ? 'page' : undefined}
              >
                {t(`moderation.states.${s}`)}
              </RouterLink>
            </li>
          ))}
        </Tabs>
      </nav>
      {decided && (
        <FocusMessage
          key={`${decided.request.id}-${decided.decision}`}
          heading={t(`moderation.decided.${decided.decision}`, {
            name: decided.request.organisation.name,
          })}
        >
          <Paragraph>{t('moderation.decided.told')}</Paragraph>
        </FocusMessage>
      )}
      {decide.isError && !rejecting && (
        <FocusAlert key={decide.submittedAt}>
          <ErrorBox error={decide.error} />
        </FocusAlert>
      )}
      <Heading variant="h2" mb="m">
        {t('moderation.organisationsHeading')}
      </Heading>
      <div role="status">
        {query.isSuccess && (
          <Paragraph mb="m">
            {t(`moderation.count.${state}`, { count: query.data.total })}
          </Paragraph>
        )}
      </div>
      {query.isPending && <DelayedLoading />}
      {query.isError && <ErrorBox error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && (
        <>
          {query.data.items.length === 0 && (
            <Paragraph mb="l">{t(`moderation.empty.${state}`)}</Paragraph>
          )}
          {query.data.items.map((request) => (
            <OrganisationRequestCard
              headingLevel={3}
              key={request.id}
              request={request}
              busy={decide.isPending}
              onApprove={() => {
                setDecided(undefined);
                decide.mutate({ request });
              }}
              onReject={() => {
                setDecided(undefined);
                decide.reset();
                setRejecting(request);
              }}
            />
          ))}
          <PageLinks
            page={query.data.page}
            pageSize={query.data.pageSize}
            total={query.data.total}
            hrefFor={(p) => `${pathname}${searchOf(state, p)}`}
          />
        </>
      )}
      <ProjectRequests state={state} />
      <RejectModal
        request={
          rejecting && {
            id: rejecting.id,
            name: rejecting.organisation.name,
            intro: t(`moderation.rejectIntro.${rejecting.kind}`, {
              name: rejecting.organisation.name,
            }),
          }
        }
        error={decide.error}
        onReject={(_, reason) => rejecting && decide.mutate({ request: rejecting, reason })}
        onCancel={() => {
          setRejecting(undefined);
          decide.reset();
        }}
      />
    </>
  );
}

/** Coordinators approve or reject proposed organisations and requests to represent them. */
export function ModerationPage() {
  const { t } = useTranslation();
  return (
    <PageFrame title={t('moderation.title')}>
      <RequireLogin permission="moderate">{() => <ModerationView />}</RequireLogin>
    </PageFrame>
  );
}
