import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Paragraph } from 'suomifi-ui-components';
import type { NetworkDetail } from '../../../../common/schemas/networks.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { ConfirmModal } from '../../ui/confirm-modal.js';
import { FocusMessage } from '../../ui/focus-message.js';
import { FormAlert } from '../../ui/form/form-alert.js';
import { refreshNetworks } from './api.js';
import { memberApi } from './member-api.js';

/**
 * Coordinators archive a network after confirming: it leaves the lists and organisations' pages,
 * keeping its history. Afterwards the page shows it as archived, and this says it was done.
 */
export function ArchiveNetwork({ network, name }: { network: NetworkDetail; name: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState(false);
  const archive = useMutation({
    mutationFn: () => memberApi.archive(lang, network.id),
    // The page is fresh (shown as archived) before the dialog closes and the message takes focus.
    onSuccess: async () => {
      await refreshNetworks(queryClient);
      setAsking(false);
    },
  });
  if (archive.isSuccess) {
    return <FocusMessage heading={t('networks.archive.done', { name })} />;
  }
  if (network.state !== 'published') return null;
  return (
    <>
      <Button
        variant="secondary"
        onClick={() => {
          archive.reset();
          setAsking(true);
        }}
      >
        {t('networks.archive.button')}
      </Button>
      <ConfirmModal
        visible={asking}
        title={t('networks.archive.title', { name })}
        confirmText={t('networks.archive.confirm')}
        busy={archive.isPending}
        onConfirm={() => {
          if (!archive.isPending) archive.mutate();
        }}
        onCancel={() => setAsking(false)}
      >
        {archive.isError && <FormAlert error={archive.error} />}
        <Paragraph>{t('networks.archive.what')}</Paragraph>
      </ConfirmModal>
    </>
  );
}
