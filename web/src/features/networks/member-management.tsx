import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { styled } from 'styled-components';
import { Button, Heading, Paragraph, suomifiDesignTokens } from 'suomifi-ui-components';
import { pagePath } from '../../../../common/routes.js';
import type { NetworkDetail, NetworkMember } from '../../../../common/schemas/networks.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { AppLink } from '../../ui/app-link.js';
import { DelayedLoading } from '../../ui/delayed-loading.js';
import { ErrorBox } from '../../ui/error-box.js';
import { FocusMessage } from '../../ui/focus-message.js';
import { useFocusAfterRender } from '../../ui/form/editable-list.js';
import { RuledList } from '../../ui/ruled-list.js';
import { Section } from '../../ui/section.js';
import { displayName, pickUserText } from '../organisations/labels.js';
import { usePeriod } from '../projects/project-list.js';
import { AddMemberForm } from './add-member-form.js';
import { networkMembersQuery } from './member-api.js';
import { MemberModal } from './member-modal.js';
import { RemoveMemberModal } from './remove-member-modal.js';

const { spacing } = suomifiDesignTokens;

const Line = styled.p`
  margin: 0;
`;

const Actions = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${spacing.s};
  margin-top: ${spacing.s};
`;

const openAddId = 'member-add-open';

interface Done {
  /** Grows with every message, so that a new one takes focus even when it reads the same. */
  key: number;
  heading: string;
}

/** One member: its name as a link, role and dates, and the buttons to change or remove it. */
function MemberEntry({
  member: m,
  onEdit,
  onRemove,
}: {
  member: NetworkMember;
  onEdit: () => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const period = usePeriod();
  const name = displayName(m.organisation, lang);
  return (
    <li>
      <Line>
        <AppLink to={pagePath('organisation', lang, { id: m.organisation.id })}>{name}</AppLink>
      </Line>
      <Line>
        {[t(`networks.roles.${m.role}`), period(m.startDate, m.endDate)]
          .filter(Boolean)
          .join(' · ')}
      </Line>
      <Actions>
        {/* Buttons of many members are told apart by the member they act on. */}
        <Button
          variant="secondary"
          onClick={onEdit}
          aria-label={t('networks.members.edit.named', { name })}
        >
          {t('networks.members.edit.open')}
        </Button>
        <Button
          variant="secondary"
          onClick={onRemove}
          aria-label={t('networks.members.remove.named', { name })}
        >
          {t('networks.members.remove.open')}
        </Button>
      </Actions>
    </li>
  );
}

/**
 * For those who run the network: its members with their roles and dates, a form to add one found
 * by a search of the registry, and dialogs to change or remove one.
 */
export function MemberManagement({ network }: { network: NetworkDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const focusLater = useFocusAfterRender();
  const query = useQuery(networkMembersQuery(lang, network.id));
  const networkName = pickUserText(network.name, lang).text;
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<NetworkMember>();
  const [removing, setRemoving] = useState<NetworkMember>();
  const [done, setDone] = useState<Done>();
  const say = (heading: string) => setDone((before) => ({ key: (before?.key ?? 0) + 1, heading }));
  const nameOf = (m: NetworkMember) => displayName(m.organisation, lang);
  const items = query.data?.items ?? [];

  return (
    <Section aria-labelledby="network-manage-heading">
      <Heading variant="h2" id="network-manage-heading" mb="m">
        {t('networks.members.manageHeading')}
      </Heading>
      {done && <FocusMessage key={done.key} heading={done.heading} />}
      {query.isPending && <DelayedLoading />}
      {query.isError && <ErrorBox error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && query.data.total === 0 && (
        <Paragraph mb="l">{t('networks.members.none')}</Paragraph>
      )}
      {items.length > 0 && (
        <RuledList aria-labelledby="network-manage-heading">
          {items.map((m) => (
            <MemberEntry
              key={m.organisation.id}
              member={m}
              onEdit={() => {
                setDone(undefined);
                setEditing(m);
              }}
              onRemove={() => {
                setDone(undefined);
                setRemoving(m);
              }}
            />
          ))}
        </RuledList>
      )}
      {query.isSuccess && query.data.total > items.length && (
        <Paragraph mb="l">
          {t('networks.members.moreThanShown', { shown: items.length, total: query.data.total })}
        </Paragraph>
      )}
      {adding ? (
        <AddMemberForm
          networkId={network.id}
          memberIds={new Set(items.map((m) => m.organisation.id))}
          onAdded={(member) => {
            setAdding(false);
            say(t('networks.members.done.added', { name: nameOf(member) }));
          }}
          onCancel={() => {
            setAdding(false);
            focusLater(openAddId);
          }}
        />
      ) : (
        <Button
          id={openAddId}
          variant="secondary"
          onClick={() => {
            setDone(undefined);
            setAdding(true);
          }}
        >
          {t('networks.members.add.open')}
        </Button>
      )}
      {/* The dialogs are there only while open; closing gives focus back to what opened them. */}
      {editing && (
        <MemberModal
          networkId={network.id}
          member={editing}
          onClose={() => setEditing(undefined)}
          onSaved={(saved) => {
            setEditing(undefined);
            say(t('networks.members.done.saved', { name: nameOf(saved) }));
          }}
        />
      )}
      {removing && (
        <RemoveMemberModal
          networkId={network.id}
          networkName={networkName}
          member={removing}
          onCancel={() => setRemoving(undefined)}
          onRemoved={(removed) => {
            setRemoving(undefined);
            say(t('networks.members.done.removed', { name: nameOf(removed) }));
          }}
        />
      )}
    </Section>
  );
}
