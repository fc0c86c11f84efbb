import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { Paragraph } from 'suomifi-ui-components';
import type { Lang } from '../../../../common/languages.js';
import { pagePath } from '../../../../common/routes.js';
import {
  type ImportField,
  importFields,
  importPreviewSchema,
  importReportSchema,
  requiredImportFields,
} from '../../../../common/schemas/organisation-import.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { PageFrame } from '../../ui/page-frame.js';
import { RequireLogin } from '../auth/require-login.js';
import { ImportView } from '../import/import-view.js';
import type { ImportKind, KindText, PreviewItem } from '../import/kind.js';

/** The steps' texts that name organisations. */
const texts = {
  fileIntro: 'import.file.intro',
  mappingMissing: 'import.mapping.missing',
  importButton: 'import.report.import',
  nothingText: 'import.report.nothingText',
  confirmTitle: 'import.confirm.title',
  confirmButton: 'import.confirm.confirm',
  confirmCreates: 'import.confirm.creates',
  confirmUpdates: 'import.confirm.updates',
  doneText: 'import.run.doneText',
  interruptedText: 'import.run.interruptedText',
} as const satisfies Record<KindText, string>;

type OrganisationPreviewItem = PreviewItem & { name: string; businessId: string | null };

/** Organisations from a spreadsheet: business IDs find the organisations a row updates. */
function organisationKind(lang: Lang): ImportKind {
  return {
    base: '/api/v1/organisations/import',
    fields: importFields,
    required: requiredImportFields,
    text: (t, key, values) => t(texts[key], values ?? {}),
    fieldLabel: (t: TFunction, field) => t(`import.fields.${field as ImportField}`),
    previewSchema: importPreviewSchema,
    reportSchema: importReportSchema,
    listPage: 'organisations',
    listLink: (t) => t('import.run.toDirectory'),
    previewHeadings: (t) => ({
      name: t('import.report.name'),
      code: t('import.report.businessId'),
    }),
    previewItem: (item) => {
      const o = item as OrganisationPreviewItem;
      return {
        name: o.name,
        code: o.businessId,
        page: o.existingId ? pagePath('organisation', lang, { id: o.existingId }) : null,
      };
    },
  };
}

/** Coordinators add many organisations from a spreadsheet, checked before anything is saved. */
export function ImportPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const kind = useMemo(() => organisationKind(lang), [lang]);
  return (
    <PageFrame
      title={t('import.title')}
      parents={[{ label: t('nav.organisations'), to: pagePath('organisations', lang) }]}
    >
      <RequireLogin permission="moderate">
        {() => (
          <>
            <Paragraph mb="m">{t('import.intro')}</Paragraph>
            <Paragraph mb="xl">{t('import.introUpdates')}</Paragraph>
            <ImportView kind={kind} />
          </>
        )}
      </RequireLogin>
    </PageFrame>
  );
}
