import { useTranslation } from 'react-i18next';

/** Sets the document title to "Page – Kudos"; React hoists the element into the head. */
export function PageTitle({ page }: { page: string }) {
  const { t } = useTranslation();
  return <title>{t('app.pageTitle', { page })}</title>;
}
