import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Paragraph } from 'suomifi-ui-components';
import type { Relation } from '../../../../common/schemas/relations.js';
import { ApiError } from '../../app/api-client.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { ConfirmModal } from '../../ui/confirm-modal.js';
import { FormAlert } from '../../ui/form/form-alert.js';
import { refreshRelations, relationApi } from './api.js';
import { useRelationSentence } from './sentence.js';

interface RemoveModalProps {
  relation: Relation;
  onCancel: () => void;
  onRemoved: (relation: Relation) => void;
}

/** Asks before removing a relation, saying that it goes from both organisations' pages. */
export function RemoveModal({ relation, onCancel, onRemoved }: RemoveModalProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const queryClient = useQueryClient();
  const sentence = useRelationSentence();
  const remove = useMutation({
    mutationFn: () => relationApi.remove(lang, relation.id),
    // The list is fresh before the dialog closes, so focus goes to the message that follows and
    // not to a button that is about to disappear.
    onSuccess: async () => {
      await refreshRelations(queryClient);
      onRemoved(relation);
    },
    onError: (error) => {
      // Removed meanwhile, e.g. by the other side: the list shows how things are now.
      if (error instanceof ApiError && error.status === 404) void refreshRelations(queryClient);
    },
  });
  return (
    <ConfirmModal
      visible
      title={t('relations.remove.title')}
      confirmText={t('relations.remove.confirm')}
      busy={remove.isPending}
      onConfirm={() => {
        if (!remove.isPending) remove.mutate();
      }}
      onCancel={onCancel}
    >
      {remove.isError && <FormAlert error={remove.error} />}
      <Paragraph mb="s">{t('relations.remove.what', { relation: sentence(relation) })}</Paragraph>
      <Paragraph>{t('relations.remove.lost')}</Paragraph>
    </ConfirmModal>
  );
}
