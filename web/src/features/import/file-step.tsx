import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { FileInput, Paragraph } from 'suomifi-ui-components';
import { limits } from '../../../../common/limits.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { FormActions } from '../../ui/form/form-layout.js';
import { UntilReady } from '../../ui/form/until-ready.js';
import { BusyButton } from './busy-button.js';
import type { ImportKind } from './kind.js';
import { ProblemSummary } from './problem-summary.js';
import { Step } from './step.js';

const importRowLimit = limits.importRows;

// Extensions for the file dialog, and the types browsers give those files.
const accept = [
  '.csv',
  '.xlsx',
  'text/csv',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
].join(',');

const fileInputId = 'import-file';

interface FileStepProps {
  kind: ImportKind;
  /** The file is being read. */
  busy: boolean;
  /** An import is running: a new file would replace it on the page. */
  locked: boolean;
  /** The chosen file; the page keeps it so that a later step can clear it. */
  file: File | undefined;
  onFileChange: (file: File | undefined) => void;
  /** Grows when a later step sends the reader back here ("choose another file"). */
  focusRequest: number;
  onRead: (file: File) => void;
  /** What went wrong when the file was read. */
  problem?: ReactNode;
}

/** Step 1: the file to import, read only when the reader asks, so nothing moves while choosing. */
export function FileStep({
  kind,
  busy,
  locked,
  file,
  onFileChange,
  focusRequest,
  onRead,
  problem,
}: FileStepProps) {
  const { t } = useTranslation();
  const inputRef = useRef<HTMLInputElement>(null);
  const [missing, setMissing] = useState(false);
  const [attempt, setAttempt] = useState(0);

  // The page has cleared the file, but the FileInput shows its field again only after a render of
  // its own; it waits the same way before it moves focus itself.
  useEffect(() => {
    if (focusRequest === 0) return;
    const timer = setTimeout(() => inputRef.current?.focus(), 100);
    return () => clearTimeout(timer);
  }, [focusRequest]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (locked || busy) return;
    if (!file) {
      setMissing(true);
      setAttempt((n) => n + 1);
      return;
    }
    onRead(file);
  };

  const label = t('import.file.label');
  return (
    <Step heading={t('import.file.heading')} takeFocus={false}>
      <form noValidate onSubmit={submit}>
        <UntilReady>
          {missing && (
            <ProblemSummary
              inputId={fileInputId}
              label={label}
              message={t('import.file.missing')}
              attempt={attempt}
            />
          )}
          <Paragraph mb="m">{kind.text(t, 'fileIntro')}</Paragraph>
          <FileInput
            id={fileInputId}
            ref={inputRef}
            labelText={label}
            hintText={t('import.file.hint', { limit: importRowLimit })}
            inputButtonText={t('import.file.choose')}
            dragAreaText={t('import.file.drag')}
            removeFileText={t('import.file.remove')}
            addedFileAriaText={t('import.file.added')}
            accept={accept}
            value={file ? [{ file }] : []}
            onChange={(files) => {
              // A controlled FileInput hands over the file it had and the new one: keep the new one.
              onFileChange(files[files.length - 1]);
              setMissing(false);
            }}
            status={missing ? 'error' : 'default'}
            statusText={missing ? t('import.file.missing') : undefined}
            // The summary takes focus and is read out; announcing the field too would repeat it.
            statusTextAriaLiveMode="off"
            disabled={locked}
            mb="m"
          />
          <FormActions>
            <BusyButton busy={busy} busyText={t('import.file.reading')} disabled={locked}>
              {t('import.file.read')}
            </BusyButton>
          </FormActions>
        </UntilReady>
      </form>
      {problem}
    </Step>
  );
}
