import { InlineAlert, Paragraph } from 'suomifi-ui-components';
import { ApiError } from '../../app/api-client.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { FocusAlert } from '../../ui/focus-alert.js';
import { FormAlert } from '../../ui/form/form-alert.js';
import { NoPermission } from '../auth/require-login.js';
import { type FileProblem, fileProblemsOf } from './api.js';
import type { ImportKind } from './kind.js';

/** The text of one problem with the whole file, from the catalog: the server sends only codes. */
function useProblemText(kind: ImportKind) {
  const { t } = useTranslation();
  const field = (key: string) => (kind.fields.includes(key) ? kind.fieldLabel(t, key) : key);
  return (problem: FileProblem): string => {
    switch (problem.code) {
      case 'empty':
        return t('import.problems.empty');
      case 'encoding_invalid':
        return t('import.problems.encodingInvalid');
      case 'encoding_undefined_byte':
        return t('import.problems.encodingUndefinedByte', {
          line: problem.line ?? 0,
          byte: problem.byte ?? '',
          encoding: problem.encoding ?? '',
        });
      case 'csv_invalid':
        return typeof problem.line === 'number'
          ? t('import.problems.csvInvalidAt', { line: problem.line })
          : t('import.problems.csvInvalid');
      case 'xlsx_invalid':
        return t('import.problems.xlsxInvalid');
      case 'too_many_rows':
        return t('import.problems.tooManyRows', { limit: problem.limit ?? 0 });
      case 'missing_columns':
        return t('import.problems.missingColumns', {
          fields: (problem.value ?? '')
            .split(',')
            .map((key) => field(key.trim()))
            .join(', '),
        });
      case 'unknown_column':
        return t('import.problems.unknownColumn');
      default:
        return t('import.problems.other', { code: problem.code });
    }
  };
}

function FileProblems({ kind, problems }: { kind: ImportKind; problems: FileProblem[] }) {
  const { t } = useTranslation();
  const text = useProblemText(kind);
  const [only] = problems;
  return (
    <InlineAlert status="error" labelText={t('import.problems.heading')} mb="l">
      {problems.length === 1 && only ? (
        <Paragraph mb="s">{text(only)}</Paragraph>
      ) : (
        <ul>
          {problems.map((problem) => (
            <li key={`${problem.code}-${problem.value ?? ''}`}>{text(problem)}</li>
          ))}
        </ul>
      )}
      <Paragraph>{t('import.problems.todo')}</Paragraph>
    </InlineAlert>
  );
}

/**
 * What went wrong with a request about the file, taking focus so that it is read at once: the
 * problems of the file in the catalog's words, a file too large, no permission, or the general
 * error with its code.
 */
export function RequestProblem({ kind, error }: { kind: ImportKind; error: unknown }) {
  const { t } = useTranslation();
  const problems = fileProblemsOf(error);
  let content = <FormAlert error={error} />;
  if (problems) content = <FileProblems kind={kind} problems={problems} />;
  else if (error instanceof ApiError && error.status === 403) content = <NoPermission />;
  else if (error instanceof ApiError && error.status === 413) {
    content = (
      <InlineAlert status="error" labelText={t('import.problems.heading')} mb="l">
        <Paragraph>{t('import.problems.tooLarge')}</Paragraph>
      </InlineAlert>
    );
  }
  return <FocusAlert>{content}</FocusAlert>;
}
