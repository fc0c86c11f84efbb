import { type ReactNode, useId } from 'react';
import { Button, Modal, ModalContent, ModalFooter, ModalTitle } from 'suomifi-ui-components';
import { useTranslation } from '../i18n/use-translation.js';
import { appElementId } from './confirm-modal.js';
import { useHydrated } from './use-hydrated.js';

interface FormModalProps {
  visible: boolean;
  title: string;
  /** The form inside; give its <form> the id `formId` so that the footer's button submits it. */
  children: (formId: string) => ReactNode;
  submitText: string;
  busy: boolean;
  onCancel: () => void;
}

/**
 * A dialog holding a small form, with its submit and cancel buttons in the footer. Problems stay
 * inside the dialog, next to the fields, so focus never has to leave it to report them.
 */
export function FormModal({
  visible,
  title,
  children,
  submitText,
  busy,
  onCancel,
}: FormModalProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const formId = useId();
  const hydrated = useHydrated();
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
        {visible && children(formId)}
      </ModalContent>
      <ModalFooter>
        <Button type="submit" form={formId} disabled={!hydrated} {...loading}>
          {submitText}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </ModalFooter>
    </Modal>
  );
}
