import { type ReactNode, useId } from 'react';
import { Button, Modal, ModalContent, ModalFooter, ModalTitle } from 'suomifi-ui-components';
import { useTranslation } from '../i18n/use-translation.js';

/** The element react-modal hides from assistive technology while a dialog is open (index.html). */
export const appElementId = 'root';

interface ConfirmModalProps {
  visible: boolean;
  title: string;
  /** What will happen and what will be lost. */
  children: ReactNode;
  confirmText: string;
  onConfirm: () => void;
  onCancel: () => void;
  busy?: boolean;
}

/** Asks before a destructive action; Escape and the cancel button close it without acting. */
export function ConfirmModal({
  visible,
  title,
  children,
  confirmText,
  onConfirm,
  onCancel,
  busy = false,
}: ConfirmModalProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const loading = busy ? { loading: true as const, ariaLoadingText: t('form.sending') } : {};
  return (
    <Modal
      appElementId={appElementId}
      visible={visible}
      onEscKeyDown={onCancel}
      ariaLabelledBy={titleId}
    >
      <ModalContent>
        <ModalTitle id={titleId}>{title}</ModalTitle>
        {children}
      </ModalContent>
      <ModalFooter>
        <Button onClick={onConfirm} {...loading}>
          {confirmText}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </ModalFooter>
    </Modal>
  );
}
