import { useMutation } from '@tanstack/react-query';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import type { ImportEncoding } from '../../../../common/schemas/import.js';
import { useLang } from '../../i18n/use-lang.js';
import { dryRunImport, previewImport, reportOf, runImport } from './api.js';
import { FileStep } from './file-step.js';
import type { ImportKind, ImportPreviewBase, ImportReportBase, Mapping } from './kind.js';
import { MappingStep } from './mapping-step.js';
import { ReportStep } from './report-step.js';
import { RequestProblem } from './request-problem.js';
import { type RunState, RunStep } from './run-step.js';

/** A file that has been read, with a number that tells one reading of it from the next. */
interface Source {
  file: File;
  preview: ImportPreviewBase;
  key: number;
}

interface Checked {
  report: ImportReportBase;
  fromRun: boolean;
  key: number;
}

interface ImportViewProps {
  kind: ImportKind;
  /** The kind's own query parameters (e.g. what to do with missing partners). */
  query?: Record<string, string>;
  /** The kind's own choices, shown in the mapping step before the check. */
  options?: ReactNode;
  /** The kind's own part of a report. */
  reportExtra?: (report: ImportReportBase) => ReactNode;
}

/**
 * The steps of an import, whatever it imports: choose a file, map its columns, check (a dry run
 * that writes nothing), then import all or nothing with progress. A new choice of the kind's own
 * `query` asks for a new check.
 */
export function ImportView({ kind, query, options, reportExtra }: ImportViewProps) {
  const lang = useLang();
  const [source, setSource] = useState<Source | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});
  const [checked, setChecked] = useState<Checked | null>(null);
  const [run, setRun] = useState<RunState | null>(null);
  const [runKey, setRunKey] = useState(0);
  // Each new step gets a new key, so that it appears afresh and its heading takes focus again.
  const counter = useRef(0);
  const nextKey = () => {
    counter.current += 1;
    return counter.current;
  };
  const [chosen, setChosen] = useState<File | undefined>();
  const [fileFocus, setFileFocus] = useState(0);
  const mappingHeading = useRef<HTMLHeadingElement | null>(null);

  // How a CSV file's bytes are read: guessed at first, the reader's choice after that.
  const [encoding, setEncoding] = useState<ImportEncoding>('auto');
  const preview = useMutation({
    mutationFn: (input: { file: File; encoding: ImportEncoding }) =>
      previewImport(kind, lang, input.file, input.encoding),
  });
  const dryRun = useMutation({
    mutationFn: (input: { file: File; mapping: Mapping }) =>
      dryRunImport(kind, lang, input.file, input.mapping, encoding, query),
  });

  // A report was about the kind's previous choices: a new choice needs a new check.
  const queryKey = JSON.stringify(query ?? {});
  const lastQuery = useRef(queryKey);
  useEffect(() => {
    if (lastQuery.current === queryKey) return;
    lastQuery.current = queryKey;
    setChecked(null);
    setRun(null);
    dryRun.reset();
  }, [queryKey, dryRun.reset]);

  const running = run?.state === 'running';
  // A run that may have written something must not be started again from the same report.
  const started = running || run?.state === 'done' || run?.state === 'interrupted';

  const readFile = (file: File, as: ImportEncoding = 'auto') => {
    // A new file (or the same read in another encoding) replaces everything found out before.
    setSource(null);
    setChecked(null);
    setRun(null);
    setEncoding(as);
    dryRun.reset();
    preview.mutate(
      { file, encoding: as },
      {
        onSuccess: (data) => {
          setMapping(data.suggestedMapping);
          setSource({ file, preview: data, key: nextKey() });
        },
      },
    );
  };

  const changeMapping = (field: string, column: number | undefined) => {
    const next = { ...mapping };
    if (column === undefined) delete next[field];
    else next[field] = column;
    setMapping(next);
    // The report was about the previous choices; it is checked again with the new ones.
    setChecked(null);
    setRun(null);
    dryRun.reset();
  };

  const check = () => {
    if (!source) return;
    setChecked(null);
    setRun(null);
    dryRun.mutate(
      { file: source.file, mapping },
      { onSuccess: (report) => setChecked({ report, fromRun: false, key: nextKey() }) },
    );
  };

  const startImport = async () => {
    if (!source) return;
    const total = checked ? checked.report.create + checked.report.update : 0;
    setRun({ state: 'running', processed: 0, total });
    setRunKey(nextKey());
    try {
      const outcome = await runImport(
        kind,
        lang,
        source.file,
        mapping,
        encoding,
        query,
        (processed, all) => setRun({ state: 'running', processed, total: all }),
      );
      setRun(outcome);
    } catch (error) {
      // A row went wrong after the check (someone edited the registry): the new report says which.
      const report = reportOf(kind, error);
      if (report) {
        setRun(null);
        setChecked({ report, fromRun: true, key: nextKey() });
      } else {
        setRun({ state: 'refused', error });
      }
    }
  };

  /** Back to the first step with no file chosen, focus in the file field. */
  const chooseAnother = () => {
    setChosen(undefined);
    setFileFocus((n) => n + 1);
  };

  const startOver = () => {
    setSource(null);
    setChecked(null);
    setRun(null);
    preview.reset();
    dryRun.reset();
    chooseAnother();
  };

  return (
    <>
      <FileStep
        kind={kind}
        busy={preview.isPending}
        locked={running}
        file={chosen}
        onFileChange={setChosen}
        focusRequest={fileFocus}
        onRead={(file) => readFile(file)}
        problem={
          preview.isError && (
            <RequestProblem key={preview.submittedAt} kind={kind} error={preview.error} />
          )
        }
      />
      {source && (
        <MappingStep
          kind={kind}
          options={options}
          key={source.key}
          preview={source.preview}
          fileName={source.file.name}
          mapping={mapping}
          onChange={changeMapping}
          onEncodingChange={(as) => readFile(source.file, as)}
          onCheck={check}
          busy={dryRun.isPending}
          locked={running}
          headingRef={mappingHeading}
          problem={
            dryRun.isError && (
              <RequestProblem key={dryRun.submittedAt} kind={kind} error={dryRun.error} />
            )
          }
        />
      )}
      {source && checked && (
        <ReportStep
          kind={kind}
          extra={reportExtra?.(checked.report)}
          key={checked.key}
          report={checked.report}
          fromRun={checked.fromRun}
          started={started}
          onChangeMapping={() => mappingHeading.current?.focus()}
          onChooseFile={chooseAnother}
          onImport={() => void startImport()}
        />
      )}
      {run && <RunStep kind={kind} key={runKey} run={run} onAgain={startOver} />}
    </>
  );
}
