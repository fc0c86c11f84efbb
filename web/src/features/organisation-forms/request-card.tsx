import { styled } from 'styled-components';
import { Button, Heading, suomifiDesignTokens, VisuallyHidden } from 'suomifi-ui-components';
import { pickText } from '../../../../common/languages.js';
import { pagePath } from '../../../../common/routes.js';
import type { ModerationRequest } from '../../../../common/schemas/organisations.js';
import { useDateTimeFormat, useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
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

/** What a card shows of a request, whatever it asks about (an organisation, a project). */
export interface CardRequest {
  id: string;
  state: 'pending' | 'approved' | 'rejected';
  requester: { name: string; email: string } | null;
  createdAt: string;
  message?: string | null;
  decidedAt: string | null;
  reason: string | null;
}

interface RequestCardProps {
  request: CardRequest;
  /** What the request is about: the card's heading. */
  name: string;
  /** What kind of request it is ("A new organisation"). */
  kind: string;
  /** Where it is, in words; empty when not known. */
  place: string;
  /** Links to the object (its page, its form). */
  links: { to: string; label: string }[];
  /** 3 when the cards stand under a heading of their own. */
  headingLevel?: 2 | 3;
  busy: boolean;
  onApprove: () => void;
  onReject: () => void;
}

/** One request: who asks, about what, and the decision buttons. */
export function RequestCard(props: RequestCardProps) {
  const { request, name, kind, place, links, busy, onApprove, onReject } = props;
  const headingLevel = props.headingLevel ?? 2;
  const { t } = useTranslation();
  const formatTime = useDateTimeFormat();
  const { requester } = request;
  const headingId = `request-${request.id}`;

  return (
    <Card aria-labelledby={headingId}>
      <Heading variant={headingLevel === 3 ? 'h3' : 'h2'} id={headingId} mb="s">
        {name}
      </Heading>
      <Facts>
        <dt>{t('moderation.kind')}</dt>
        <dd>{kind}</dd>
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
              aria-label={t('moderation.approveNamed', { name })}
            >
              {t('moderation.approve')}
            </Button>
            <Button
              variant="secondary"
              disabled={busy}
              onClick={onReject}
              aria-label={t('moderation.rejectNamed', { name })}
            >
              {t('moderation.reject')}
            </Button>
          </>
        )}
        {links.map((link) => (
          <AppLink key={link.to} to={link.to}>
            {link.label}
            <VisuallyHidden>: {name}</VisuallyHidden>
          </AppLink>
        ))}
      </Row>
    </Card>
  );
}

/** The card of an organisation's request: a proposal or a request to represent it. */
export function OrganisationRequestCard({
  request,
  ...rest
}: { request: ModerationRequest } & Pick<
  RequestCardProps,
  'busy' | 'onApprove' | 'onReject' | 'headingLevel'
>) {
  const { t } = useTranslation();
  const lang = useLang();
  const { organisation } = request;
  const id = organisation.id;
  const place = [organisation.municipality, organisation.region]
    .filter((p) => p !== null)
    .map((p) => pickText(p.name, lang).text)
    .join(', ');
  const links = [{ to: pagePath('organisation', lang, { id }), label: t('moderation.open') }];
  if (request.kind === 'propose' && request.state === 'pending') {
    links.push({ to: pagePath('organisationEdit', lang, { id }), label: t('moderation.edit') });
  }
  return (
    <RequestCard
      request={request}
      name={organisation.name}
      kind={t(`moderation.kinds.${request.kind}`)}
      place={place}
      links={links}
      {...rest}
    />
  );
}
