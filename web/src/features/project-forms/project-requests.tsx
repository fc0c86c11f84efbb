import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Heading, Paragraph } from 'suomifi-ui-components';
import { pickText } from '../../../../common/languages.js';
import { pagePath } from '../../../../common/routes.js';
import type { ProjectRequestList } from '../../../../common/schemas/projects.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { DelayedLoading } from '../../ui/delayed-loading.js';
import { ErrorBox } from '../../ui/error-box.js';
import { FocusAlert } from '../../ui/focus-alert.js';
import { FocusMessage } from '../../ui/focus-message.js';
import { Section } from '../../ui/section.js';
import { decideKey, RejectModal } from '../organisation-forms/reject-modal.js';
import { RequestCard } from '../organisation-forms/request-card.js';
import { regionListQuery } from '../regions/api.js';
import {
  decideProject,
  type ProjectRequestState,
  projectRequestsQuery,
  refreshProjects,
} from './api.js';

type Request = ProjectRequestList['items'][number];

/** Proposed projects in the coordinator's regions: approve, or reject with a reason. */
export function ProjectRequests({ state }: { state: ProjectRequestState }) {
  const { t } = useTranslation();
  const lang = useLang();
  const queryClient = useQueryClient();
  const query = useQuery(projectRequestsQuery(lang, state));
  const regions = useQuery(regionListQuery(lang));
  const [rejecting, setRejecting] = useState<Request>();
  const [decided, setDecided] = useState<{ request: Request; decision: 'approve' | 'reject' }>();
  const decide = useMutation({
    mutationKey: decideKey,
    mutationFn: ({ request, reason }: { request: Request; reason?: string }) =>
      decideProject(
        lang,
        request.id,
        reason === undefined ? { decision: 'approve' } : { decision: 'reject', reason },
      ),
    onSuccess: async (_, { request, reason }) => {
      refreshProjects(queryClient);
      await queryClient.invalidateQueries({ queryKey: ['moderation', 'projects'] });
      setRejecting(undefined);
      setDecided({ request, decision: reason === undefined ? 'approve' : 'reject' });
    },
    onError: () => void queryClient.invalidateQueries({ queryKey: ['moderation', 'projects'] }),
  });
  const regionName = (code: string) => {
    const region = regions.data?.items.find((r) => r.code === code);
    return region ? pickText(region.name, lang).text : code;
  };

  return (
    <Section aria-labelledby="project-requests-heading">
      <Heading variant="h2" id="project-requests-heading" mb="m">
        {t('moderation.projects.heading')}
      </Heading>
      {decided && (
        <FocusMessage
          key={`${decided.request.id}-${decided.decision}`}
          heading={t(`moderation.projects.decided.${decided.decision}`, {
            name: decided.request.project.title,
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
      <div role="status">
        {query.isSuccess && (
          <Paragraph mb="m">
            {t(`moderation.projects.count.${state}`, { count: query.data.total })}
          </Paragraph>
        )}
      </div>
      {query.isPending && <DelayedLoading />}
      {query.isError && <ErrorBox error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess &&
        query.data.items.map((request) => (
          <RequestCard
            key={request.id}
            headingLevel={3}
            request={request}
            name={request.project.title}
            kind={t('moderation.projects.kind')}
            place={
              request.project.regions.length
                ? request.project.regions.map(regionName).join(', ')
                : t('projects.national')
            }
            links={[
              {
                to: pagePath('project', lang, { id: request.project.id }),
                label: t('moderation.open'),
              },
              ...(request.state === 'pending'
                ? [
                    {
                      to: pagePath('projectEdit', lang, { id: request.project.id }),
                      label: t('moderation.edit'),
                    },
                  ]
                : []),
            ]}
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
      <RejectModal
        request={
          rejecting && {
            id: rejecting.id,
            name: rejecting.project.title,
            intro: t('moderation.projects.rejectIntro', { name: rejecting.project.title }),
          }
        }
        error={decide.error}
        onReject={(_, reason) => rejecting && decide.mutate({ request: rejecting, reason })}
        onCancel={() => {
          setRejecting(undefined);
          decide.reset();
        }}
      />
    </Section>
  );
}
