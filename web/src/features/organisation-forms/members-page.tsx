import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { styled } from 'styled-components';
import { Button, Heading, Paragraph, suomifiDesignTokens, Table } from 'suomifi-ui-components';
import type { z } from 'zod';
import { pagePath } from '../../../../common/routes.js';
import type { Me } from '../../../../common/schemas/accounts.js';
import type {
  MemberRole,
  memberSchema,
  OrganisationDetail,
} from '../../../../common/schemas/organisations.js';
import { useDateTimeFormat, useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { ConfirmModal } from '../../ui/confirm-modal.js';
import { DelayedLoading } from '../../ui/delayed-loading.js';
import { ErrorBox } from '../../ui/error-box.js';
import { FocusAlert } from '../../ui/focus-alert.js';
import { FocusMessage } from '../../ui/focus-message.js';
import { FormAlert } from '../../ui/form/form-alert.js';
import { Section } from '../../ui/section.js';
import { membersQuery, orgApi, refreshOrganisation } from './api.js';
import { InviteForm } from './invite-form.js';
import { OrganisationFrame } from './organisation-frame.js';
import { OrganisationLinks } from './organisation-links.js';

type Member = z.infer<typeof memberSchema>;

const Actions = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${suomifiDesignTokens.spacing.xs};
`;

/** A change asked about first: removing someone, or leaving oneself. */
interface Pending {
  member: Member;
  role: MemberRole | null;
}

function MembersView({ organisation, me }: { organisation: OrganisationDetail; me: Me }) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const formatTime = useDateTimeFormat();
  const query = useQuery(membersQuery(lang, organisation.id));
  const [asking, setAsking] = useState<Pending>();
  const [done, setDone] = useState<string>();
  const manage = organisation.permissions.manageMembers;

  const change = useMutation({
    mutationFn: ({ member, role }: Pending) =>
      orgApi.changeMember(lang, organisation.id, member.userId, role),
    onSuccess: async (list, { member, role }) => {
      setAsking(undefined);
      refreshOrganisation(queryClient, organisation.id);
      if (member.userId === me.id && role === null) {
        // Leaving: this page is no longer the reader's to see.
        await navigate(pagePath('organisation', lang, { id: organisation.id }));
        return;
      }
      queryClient.setQueryData(membersQuery(lang, organisation.id).queryKey, list);
      setDone(
        role === null
          ? t('orgForm.members.removed', { name: member.name })
          : t('orgForm.members.roleChanged', {
              name: member.name,
              role: t(`orgForm.roles.${role}`),
            }),
      );
    },
  });

  if (query.isPending) return <DelayedLoading />;
  if (query.isError) return <ErrorBox error={query.error} onRetry={() => void query.refetch()} />;
  const { items, invitations } = query.data;

  const columns = [
    { key: 'name', labelText: t('form.name') },
    { key: 'email', labelText: t('form.email') },
    { key: 'role', labelText: t('orgForm.members.role') },
    { key: 'since', labelText: t('orgForm.members.since') },
    { key: 'actions', labelText: t('orgForm.members.actions') },
  ] as const;
  const rows = items.map((member) => {
    const self = member.userId === me.id;
    const other: MemberRole = member.role === 'owner' ? 'editor' : 'owner';
    return {
      id: member.userId,
      name: member.name,
      email: member.email,
      role: t(`orgForm.roles.${member.role}`),
      since: formatTime(member.since),
      actions: (
        <Actions>
          {manage && (
            <Button
              variant="secondary"
              disabled={change.isPending}
              onClick={() => {
                setDone(undefined);
                change.mutate({ member, role: other });
              }}
              aria-label={t(`orgForm.members.makeNamed.${other}`, { name: member.name })}
            >
              {t(`orgForm.members.make.${other}`)}
            </Button>
          )}
          {(manage || self) && (
            <Button
              variant="secondary"
              onClick={() => {
                setDone(undefined);
                change.reset();
                setAsking({ member, role: null });
              }}
              aria-label={
                self ? undefined : t('orgForm.members.removeNamed', { name: member.name })
              }
            >
              {self ? t('orgForm.members.leave') : t('orgForm.members.remove')}
            </Button>
          )}
        </Actions>
      ),
    };
  });

  const leaving = asking?.member.userId === me.id;
  return (
    <>
      <OrganisationLinks organisation={organisation} current="members" />
      {done && <FocusMessage key={done} heading={done} />}
      {change.isError && !asking && (
        <FocusAlert>
          <FormAlert error={change.error} />
        </FocusAlert>
      )}
      <Section aria-labelledby="members-heading">
        <Heading variant="h2" id="members-heading" mb="m">
          {t('orgForm.members.heading')}
        </Heading>
        <Paragraph mb="m">{t('orgForm.members.intro')}</Paragraph>
        <Table
          caption={t('orgForm.members.count', { count: items.length })}
          columns={columns}
          data={rows}
          condensed
          mb="l"
        />
      </Section>
      {manage && (
        <Section aria-labelledby="invite-heading">
          <Heading variant="h2" id="invite-heading" mb="m">
            {t('orgForm.invite.heading')}
          </Heading>
          <InviteForm organisationId={organisation.id} />
          {invitations.length > 0 ? (
            <Table
              caption={t('orgForm.invite.open', { count: invitations.length })}
              columns={[
                { key: 'email', labelText: t('form.email') },
                { key: 'role', labelText: t('orgForm.members.role') },
                { key: 'expiresAt', labelText: t('orgForm.invite.expires') },
              ]}
              data={invitations.map((i) => ({
                id: i.id,
                email: i.email,
                role: t(`orgForm.roles.${i.role}`),
                expiresAt: formatTime(i.expiresAt),
              }))}
              condensed
              mb="l"
            />
          ) : (
            <Paragraph mb="l">{t('orgForm.invite.none')}</Paragraph>
          )}
        </Section>
      )}
      <ConfirmModal
        visible={Boolean(asking)}
        title={
          leaving
            ? t('orgForm.members.leaveTitle', { name: organisation.name })
            : t('orgForm.members.removeTitle', { name: asking?.member.name ?? '' })
        }
        confirmText={leaving ? t('orgForm.members.leave') : t('orgForm.members.remove')}
        busy={change.isPending}
        onConfirm={() => asking && change.mutate(asking)}
        onCancel={() => {
          setAsking(undefined);
          change.reset();
        }}
      >
        {change.isError && <FormAlert error={change.error} />}
        <Paragraph>
          {leaving
            ? t('orgForm.members.leaveText', { name: organisation.name })
            : t('orgForm.members.removeText', {
                name: asking?.member.name ?? '',
                organisation: organisation.name,
              })}
        </Paragraph>
      </ConfirmModal>
    </>
  );
}

/** The people who represent an organisation, their roles, and invitations to new ones. */
export function MembersPage() {
  const { t } = useTranslation();
  return (
    <OrganisationFrame
      title={(name) => (name ? t('orgForm.members.title', { name }) : t('orgForm.members.crumb'))}
      crumb={t('orgForm.members.crumb')}
    >
      {(organisation, me) => <MembersView organisation={organisation} me={me} />}
    </OrganisationFrame>
  );
}
