import { type ReactNode, useId, useState } from 'react';
import { styled } from 'styled-components';
import {
  Button,
  Heading,
  InlineAlert,
  Paragraph,
  suomifiDesignTokens,
} from 'suomifi-ui-components';
import { useNumberFormat } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { AppLink } from '../../ui/app-link.js';
import { ConfirmModal } from '../../ui/confirm-modal.js';
import { FormActions } from '../../ui/form/form-layout.js';
import type { ImportKind, ImportReportBase } from './kind.js';
import { MoreTable } from './more-table.js';
import { Step } from './step.js';

const { colors, spacing, typography } = suomifiDesignTokens;

/** The counts side by side, each a number above its meaning. */
const Counts = styled.dl`
  display: flex;
  flex-wrap: wrap;
  gap: ${spacing.s};
  margin: 0 0 ${spacing.l};

  & > div {
    min-width: 9rem;
    padding: ${spacing.s} ${spacing.m};
    border: 1px solid ${colors.depthLight1};
    background: ${colors.highlightLight3};
  }

  & dt {
    ${typography.bodyTextSmall};
  }

  & dd {
    margin: 0;
    ${typography.heading3};
  }
`;

interface ReportStepProps {
  kind: ImportKind;
  report: ImportReportBase;
  /** The kind's own part of the report (e.g. partners not in the registry). */
  extra?: ReactNode;
  /** The report came from a refused run, not from the check (the registry changed meanwhile). */
  fromRun: boolean;
  /** An import has started or finished: it must not be started twice. */
  started: boolean;
  onChangeMapping: () => void;
  onChooseFile: () => void;
  onImport: () => void;
}

/** Step 3: what the check found, and the way on: fix the file, or import it. */
export function ReportStep({
  kind,
  report,
  extra,
  fromRun,
  started,
  onChangeMapping,
  onChooseFile,
  onImport,
}: ReportStepProps) {
  const { t } = useTranslation();
  const formatNumber = useNumberFormat();
  const [asking, setAsking] = useState(false);
  const ids = { errors: useId(), warnings: useId(), notices: useId(), preview: useId() };
  const hasErrors = report.errorCount > 0;
  const importing = report.create + report.update;
  // The preview lists the rows left unchanged too.
  const listed = importing + report.unchanged;
  const none = t('import.report.noColumn');

  const messageHeadings = {
    error: t('import.report.error'),
    warning: t('import.report.warning'),
    notice: t('import.report.notice'),
  };
  const issueColumns = (kind: keyof typeof messageHeadings) =>
    [
      { key: 'row', labelText: t('import.report.row') },
      { key: 'column', labelText: t('import.report.column') },
      { key: 'message', labelText: messageHeadings[kind] },
    ] as const;
  const issueRows = (issues: ImportReportBase['errors']) =>
    issues.map((issue, i) => ({
      id: `${issue.row}-${i}`,
      row: formatNumber(issue.row),
      column: issue.column ?? none,
      message: issue.message,
    }));

  const previewColumns = [
    { key: 'row', labelText: t('import.report.row') },
    { key: 'action', labelText: t('import.report.action') },
    { key: 'name', labelText: kind.previewHeadings(t).name },
    { key: 'code', labelText: kind.previewHeadings(t).code },
  ] as const;
  const previewRows = report.preview.map((item) => {
    const shown = kind.previewItem(item);
    return {
      id: String(item.row),
      row: formatNumber(item.row),
      action: t(`import.report.${item.action}`),
      name: shown.page ? <AppLink to={shown.page}>{shown.name}</AppLink> : shown.name,
      code: shown.code ?? none,
    };
  });

  const counts = [
    { key: 'rows', value: report.rows },
    { key: 'creates', value: report.create },
    { key: 'updates', value: report.update },
    { key: 'unchanged', value: report.unchanged },
    { key: 'errors', value: report.errorCount },
    { key: 'warnings', value: report.warnings.length },
  ] as const;

  return (
    <Step heading={t('import.report.heading')}>
      {fromRun && <Paragraph mb="m">{t('import.report.fromRun')}</Paragraph>}
      <Counts>
        {counts.map(({ key, value }) => (
          <div key={key}>
            <dt>{t(`import.report.counts.${key}`)}</dt>
            <dd>{formatNumber(value)}</dd>
          </div>
        ))}
      </Counts>

      {hasErrors ? (
        <InlineAlert
          status="error"
          labelText={t('import.report.errorsTitle', { count: report.errorCount })}
          mb="xl"
        >
          <Paragraph mb="s">{t('import.report.errorsText')}</Paragraph>
          <FormActions>
            <Button variant="secondary" onClick={onChangeMapping}>
              {t('import.report.changeMapping')}
            </Button>
            <Button variant="secondary" onClick={onChooseFile}>
              {t('import.report.chooseFile')}
            </Button>
          </FormActions>
        </InlineAlert>
      ) : importing === 0 ? (
        <InlineAlert labelText={t('import.report.nothingTitle')} mb="xl">
          <Paragraph>{kind.text(t, 'nothingText')}</Paragraph>
        </InlineAlert>
      ) : (
        <InlineAlert labelText={t('import.report.okTitle')} mb="xl">
          <Paragraph mb={started ? undefined : 's'}>{t('import.report.okText')}</Paragraph>
          {!started && (
            <Button onClick={() => setAsking(true)}>
              {kind.text(t, 'importButton', { count: importing })}
            </Button>
          )}
        </InlineAlert>
      )}

      {extra}
      {report.errors.length > 0 && (
        <>
          <Heading variant="h3" id={ids.errors} mb="s">
            {t('import.report.errorsHeading')}
          </Heading>
          {report.errorCount > report.errors.length && (
            <Paragraph mb="s">
              {t('import.report.errorsCut', {
                shown: report.errors.length,
                total: report.errorCount,
              })}
            </Paragraph>
          )}
          <MoreTable
            labelledBy={ids.errors}
            columns={issueColumns('error')}
            rows={issueRows(report.errors)}
          />
        </>
      )}

      {report.warnings.length > 0 && (
        <>
          <Heading variant="h3" id={ids.warnings} mb="s">
            {t('import.report.warningsHeading')}
          </Heading>
          <Paragraph mb="s">{t('import.report.warningsIntro')}</Paragraph>
          <MoreTable
            labelledBy={ids.warnings}
            columns={issueColumns('warning')}
            rows={issueRows(report.warnings)}
          />
        </>
      )}

      {report.notices.length > 0 && (
        <>
          <Heading variant="h3" id={ids.notices} mb="s">
            {t('import.report.noticesHeading')}
          </Heading>
          <Paragraph mb="s">{t('import.report.noticesIntro')}</Paragraph>
          <MoreTable
            labelledBy={ids.notices}
            columns={issueColumns('notice')}
            rows={issueRows(report.notices)}
          />
        </>
      )}

      {!hasErrors && report.preview.length > 0 && (
        <>
          <Heading variant="h3" id={ids.preview} mb="s">
            {t('import.report.previewHeading')}
          </Heading>
          {report.preview.length < listed && (
            <Paragraph mb="s">
              {t('import.report.previewCut', { shown: report.preview.length, total: listed })}
            </Paragraph>
          )}
          <MoreTable labelledBy={ids.preview} columns={previewColumns} rows={previewRows} />
        </>
      )}

      <ConfirmModal
        visible={asking}
        title={kind.text(t, 'confirmTitle')}
        confirmText={kind.text(t, 'confirmButton')}
        onConfirm={() => {
          setAsking(false);
          onImport();
        }}
        onCancel={() => setAsking(false)}
      >
        {report.create > 0 && (
          <Paragraph mb="s">{kind.text(t, 'confirmCreates', { count: report.create })}</Paragraph>
        )}
        {report.update > 0 && (
          <Paragraph mb="s">{kind.text(t, 'confirmUpdates', { count: report.update })}</Paragraph>
        )}
        <Paragraph>{t('import.confirm.allOrNothing')}</Paragraph>
      </ConfirmModal>
    </Step>
  );
}
