import { useTranslation } from '../i18n/use-translation.js';

/** Sets the document title to "Page – Kudos"; React hoists the element into the head. */
export function PageTitle({ page }: { page: string }) {
  const { t } = useTranslation();
  return <title>{t('app.pageTitle', { page })}</title>;
}
