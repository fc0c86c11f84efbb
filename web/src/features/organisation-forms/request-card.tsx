import { useTranslation } from 'react-i18next';
import { styled } from 'styled-components';
import { Button, Heading, suomifiDesignTokens, VisuallyHidden } from 'suomifi-ui-components';
import { pickText } from '../../../../common/languages.js';
import { pagePath } from '../../../../common/routes.js';
import type { ModerationRequest } from '../../../../common/schemas/organisations.js';
import { useDateTimeFormat, useLang } from '../../i18n/use-lang.js';
import { AppLink } from '../../ui/app-link.js';

const { spacing, colors } = suomifiDesignTokens;

const Card = styled.article`
  margin-bottom: ${spacing.l};
  padding: ${spacing.m};
  border: 1px solid ${colors.depthLight1};
`;

const Facts = styled.dl`
  display: grid;
  grid-template-columns: max-content 1fr;
  gap: ${spacing.xs} ${spacing.l};
  margin: 0 0 ${spacing.m};

  & dt {
    font-weight: 600;
  }

  & dd {
    margin: 0;
    overflow-wrap: anywhere;
    white-space: pre-line;
  }
`;

const Row = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${spacing.m};
`;

interface RequestCardProps {
  request: ModerationRequest;
  busy: boolean;
  onApprove: () => void;
  onReject: () => void;
}

/** One proposal or request to represent: who asks, about what, and the decision buttons. */
export function RequestCard({ request, busy, onApprove, onReject }: RequestCardProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const formatTime = useDateTimeFormat();
  const { organisation, requester } = request;
  const id = organisation.id;
  const headingId = `request-${request.id}`;
  const place = [organisation.municipality, organisation.region]
    .filter((p) => p !== null)
    .map((p) => pickText(p.name, lang).text)
    .join(', ');

  return (
    <Card aria-labelledby={headingId}>
      <Heading variant="h2" id={headingId} mb="s">
        {organisation.name}
      </Heading>
      <Facts>
        <dt>{t('moderation.kind')}</dt>
        <dd>{t(`moderation.kinds.${request.kind}`)}</dd>
        <dt>{t('moderation.place')}</dt>
        <dd>{place || t('common.unknown')}</dd>
        <dt>{t('moderation.requester')}</dt>
        <dd>
          {requester ? `${requester.name} (${requester.email})` : t('moderation.noRequester')}
        </dd>
        <dt>{t('moderation.sent')}</dt>
        <dd>{formatTime(request.createdAt)}</dd>
        {request.message && (
          <>
            <dt>{t('moderation.message')}</dt>
            <dd>{request.message}</dd>
          </>
        )}
        {request.decidedAt && (
          <>
            <dt>{t('moderation.decidedAt')}</dt>
            <dd>{formatTime(request.decidedAt)}</dd>
          </>
        )}
        {request.reason && (
          <>
            <dt>{t('moderation.reason')}</dt>
            <dd>{request.reason}</dd>
          </>
        )}
      </Facts>
      <Row>
        {request.state === 'pending' && (
          <>
            <Button
              disabled={busy}
              onClick={onApprove}
              aria-label={t('moderation.approveNamed', { name: organisation.name })}
            >
              {t('moderation.approve')}
            </Button>
            <Button
              variant="secondary"
              disabled={busy}
              onClick={onReject}
              aria-label={t('moderation.rejectNamed', { name: organisation.name })}
            >
              {t('moderation.reject')}
            </Button>
          </>
        )}
        <AppLink to={pagePath('organisation', lang, { id })}>
          {t('moderation.open')}
          <VisuallyHidden>: {organisation.name}</VisuallyHidden>
        </AppLink>
        {request.kind === 'propose' && request.state === 'pending' && (
          <AppLink to={pagePath('organisationEdit', lang, { id })}>
            {t('moderation.edit')}
            <VisuallyHidden>: {organisation.name}</VisuallyHidden>
          </AppLink>
        )}
      </Row>
    </Card>
  );
}
