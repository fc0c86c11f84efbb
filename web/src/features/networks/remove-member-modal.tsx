import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Paragraph } from 'suomifi-ui-components';
import type { NetworkMember } from '../../../../common/schemas/networks.js';
import { ApiError } from '../../app/api-client.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { ConfirmModal } from '../../ui/confirm-modal.js';
import { FormAlert } from '../../ui/form/form-alert.js';
import { displayName } from '../organisations/labels.js';
import { refreshNetworks } from './api.js';
import { memberApi } from './member-api.js';

interface RemoveMemberModalProps {
  networkId: string;
  networkName: string;
  member: NetworkMember;
  onCancel: () => void;
  onRemoved: (member: NetworkMember) => void;
}

/** Asks before removing a member, saying what goes and what stays. */
export function RemoveMemberModal(props: RemoveMemberModalProps) {
  const { networkId, networkName, member, onCancel, onRemoved } = props;
  const { t } = useTranslation();
  const lang = useLang();
  const queryClient = useQueryClient();
  const name = displayName(member.organisation, lang);
  const remove = useMutation({
    mutationFn: () => memberApi.remove(lang, networkId, member.organisation.id),
    // The lists are fresh before the dialog closes, so focus goes to the message that follows.
    onSuccess: async () => {
      await refreshNetworks(queryClient);
      onRemoved(member);
    },
    onError: (error) => {
      // Removed meanwhile by someone else: the list shows how things are now.
      if (error instanceof ApiError && error.status === 404) void refreshNetworks(queryClient);
    },
  });
  return (
    <ConfirmModal
      visible
      title={t('networks.members.remove.title')}
      confirmText={t('networks.members.remove.confirm')}
      busy={remove.isPending}
      onConfirm={() => {
        if (!remove.isPending) remove.mutate();
      }}
      onCancel={onCancel}
    >
      {remove.isError && <FormAlert error={remove.error} />}
      <Paragraph mb="s">
        {t('networks.members.remove.what', { name, network: networkName })}
      </Paragraph>
      <Paragraph>{t('networks.members.remove.lost')}</Paragraph>
    </ConfirmModal>
  );
}
