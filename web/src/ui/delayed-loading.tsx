import { useEffect, useState } from 'react';
import { LoadingSpinner } from 'suomifi-ui-components';
import { useTranslation } from '../i18n/use-translation.js';

/** How long a load may take before the reader is told about it; quicker loads show nothing. */
const delayMs = 300;

/** A loading indicator that appears only when loading takes a noticeable time. */
export function DelayedLoading() {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);

  useEffect(() => {
    const timer = setTimeout(() => setVisible(true), delayMs);
    return () => clearTimeout(timer);
  }, []);

  // The status region is there from the start so that screen readers announce the text when it
  // appears inside it.
  return (
    <div role="status">
      {visible && <LoadingSpinner text={t('common.loading')} textAlign="right" variant="small" />}
    </div>
  );
}
