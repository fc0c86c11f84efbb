import { Button, Paragraph } from 'suomifi-ui-components';
import { pagePath } from '../../../../common/routes.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { AppLink } from '../../ui/app-link.js';
import { FocusMessage } from '../../ui/focus-message.js';
import { ProgressBar } from '../../ui/progress-bar.js';
import type { ImportOutcome } from './api.js';
import type { ImportKind } from './kind.js';
import { RequestProblem } from './request-problem.js';
import { Step } from './step.js';

/** Where a run is: going with its counts, or ended. */
export type RunState =
  | { state: 'running'; processed: number; total: number }
  | ImportOutcome
  /** The run was refused before it started: no permission, a broken file, no connection. */
  | { state: 'refused'; error: unknown };

interface RunStepProps {
  kind: ImportKind;
  run: RunState;
  onAgain: () => void;
}

function Progress({ processed, total }: { processed: number; total: number }) {
  const { t } = useTranslation();
  return (
    <>
      <Paragraph mb="m">{t('import.run.keepOpen')}</Paragraph>
      <ProgressBar
        label={t('import.run.progress', { processed, total })}
        processed={processed}
        total={total}
        announce={(percent) => t('import.run.announce', { percent })}
      />
    </>
  );
}

/** Step 4: the import itself, its progress as the server reports it, and how it ended. */
export function RunStep({ kind, run, onAgain }: RunStepProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const toDirectory = <AppLink to={pagePath(kind.listPage, lang)}>{kind.listLink(t)}</AppLink>;
  return (
    <Step heading={t('import.run.heading')}>
      {run.state === 'running' && <Progress processed={run.processed} total={run.total} />}
      {run.state === 'done' && (
        <FocusMessage heading={t('import.run.doneTitle')}>
          <Paragraph mb="s">
            {kind.text(t, 'doneText', {
              created: run.created,
              updated: run.updated,
              unchanged: run.unchanged,
            })}
          </Paragraph>
          <Paragraph mb="s">{toDirectory}</Paragraph>
          <Button variant="secondary" onClick={onAgain}>
            {t('import.run.again')}
          </Button>
        </FocusMessage>
      )}
      {run.state === 'failed' && (
        <FocusMessage heading={t('import.run.failedTitle')} status="error">
          <Paragraph mb="s">{run.message}</Paragraph>
          <Paragraph>{t('import.run.failedText')}</Paragraph>
        </FocusMessage>
      )}
      {run.state === 'interrupted' && (
        <FocusMessage heading={t('import.run.interruptedTitle')} status="error">
          <Paragraph mb="s">{kind.text(t, 'interruptedText')}</Paragraph>
          <Paragraph>{toDirectory}</Paragraph>
        </FocusMessage>
      )}
      {run.state === 'refused' && <RequestProblem kind={kind} error={run.error} />}
    </Step>
  );
}
