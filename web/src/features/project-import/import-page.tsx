import type { TFunction } from 'i18next';
import { useId, useMemo, useState } from 'react';
import { Heading, Paragraph, RadioButton, RadioButtonGroup } from 'suomifi-ui-components';
import type { Lang } from '../../../../common/languages.js';
import { pagePath } from '../../../../common/routes.js';
import {
  type MissingPartnerChoice,
  missingPartnerChoices,
  type ProjectImportField,
  type ProjectImportReport,
  projectImportFields,
  projectImportPreviewSchema,
  projectImportReportSchema,
  requiredProjectImportFields,
} from '../../../../common/schemas/project-import.js';
import { useLang, useNumberFormat } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { PageFrame } from '../../ui/page-frame.js';
import { RequireLogin } from '../auth/require-login.js';
import { ImportView } from '../import/import-view.js';
import type { ImportKind, ImportReportBase, PreviewItem } from '../import/kind.js';
import { MoreTable } from '../import/more-table.js';

type ProjectPreviewItem = PreviewItem & { title: string; euraCode: string | null };

/** Projects from EURA records: the project code finds the project a row updates. */
function projectKind(lang: Lang): ImportKind {
  return {
    base: '/api/v1/projects/import',
    fields: projectImportFields,
    required: requiredProjectImportFields,
    text: (t, key, values) => t(`projectImport.texts.${key}`, values ?? {}),
    fieldLabel: (t: TFunction, field) => t(`projectImport.fields.${field as ProjectImportField}`),
    previewSchema: projectImportPreviewSchema,
    reportSchema: projectImportReportSchema,
    listPage: 'projects',
    listLink: (t) => t('projectImport.toList'),
    previewHeadings: (t) => ({
      name: t('projectImport.preview.title'),
      code: t('projectImport.preview.code'),
    }),
    previewItem: (item) => {
      const p = item as ProjectPreviewItem;
      return {
        name: p.title,
        code: p.euraCode,
        page: p.existingId ? pagePath('project', lang, { id: p.existingId }) : null,
      };
    },
  };
}

/** The business IDs a check did not find among the registry's published organisations. */
function MissingPartners({ report }: { report: ImportReportBase }) {
  const { t } = useTranslation();
  const formatNumber = useNumberFormat();
  const headingId = useId();
  const { missingPartners, propose } = report as ProjectImportReport;
  if (missingPartners.length === 0) return null;
  return (
    <>
      <Heading variant="h3" id={headingId} mb="s">
        {t('projectImport.missing.heading')}
      </Heading>
      <Paragraph mb="s">
        {t('projectImport.missing.intro', { count: missingPartners.length })}
        {propose > 0 && ` ${t('projectImport.missing.proposeCount', { count: propose })}`}
      </Paragraph>
      <MoreTable
        labelledBy={headingId}
        columns={
          [
            { key: 'businessId', labelText: t('projectImport.missing.businessId') },
            { key: 'name', labelText: t('projectImport.missing.name') },
            { key: 'rows', labelText: t('projectImport.missing.rows') },
          ] as const
        }
        rows={missingPartners.map((m) => ({
          id: m.businessId,
          businessId: m.businessId,
          name: m.name ?? t('projectImport.missing.noName'),
          rows: m.rows.map((r) => formatNumber(r)).join(', '),
        }))}
      />
    </>
  );
}

function ProjectImportView() {
  const { t } = useTranslation();
  const lang = useLang();
  const kind = useMemo(() => projectKind(lang), [lang]);
  const choiceId = useId();
  const [missing, setMissing] = useState<MissingPartnerChoice>('refuse');
  const query = useMemo(() => ({ missingPartners: missing }), [missing]);
  return (
    <>
      <Paragraph mb="m">{t('projectImport.intro')}</Paragraph>
      <Paragraph mb="xl">{t('projectImport.introUpdates')}</Paragraph>
      <ImportView
        kind={kind}
        query={query}
        options={
          <RadioButtonGroup
            id={choiceId}
            name={choiceId}
            labelText={t('projectImport.missing.legend')}
            value={missing}
            onChange={(value) => {
              const choice = missingPartnerChoices.find((c) => c === value);
              if (choice) setMissing(choice);
            }}
            mb="l"
          >
            {missingPartnerChoices.map((choice) => (
              <RadioButton key={choice} value={choice}>
                {t(`projectImport.missing.${choice}`)}
              </RadioButton>
            ))}
          </RadioButtonGroup>
        }
        reportExtra={(report) => <MissingPartners report={report} />}
      />
    </>
  );
}

/** Coordinators add or update many projects from EURA records, checked before anything is saved. */
export function ProjectImportPage() {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <PageFrame
      title={t('projectImport.title')}
      parents={[{ label: t('projects.title'), to: pagePath('projects', lang) }]}
    >
      <RequireLogin permission="moderate">{() => <ProjectImportView />}</RequireLogin>
    </PageFrame>
  );
}
