import { type UseQueryResult, useMutation } from '@tanstack/react-query';
import { Fragment, type ReactNode, useState } from 'react';
import { ApiError } from '../../app/api-client.js';
import { DelayedLoading } from '../../ui/delayed-loading.js';
import { ErrorBox } from '../../ui/error-box.js';
import type { useCheckedForm } from '../../ui/form/use-checked-form.js';
import { NoPermission } from '../auth/require-login.js';
import { NotFoundPage } from '../not-found/not-found-page.js';

type CheckedForm<M> = Pick<ReturnType<typeof useCheckedForm<unknown, M>>, 'show' | 'check'>;

/**
 * Saving an edit of a versioned record (a project, a network): the version the edit is based on,
 * the server's field problems shown on the fields and anything else above the form, a "saved"
 * status until the next change, and whether the refusal was a newer version (409).
 */
export function useVersionedSave<D extends { version: number }, M>(options: {
  form: CheckedForm<M>;
  version: number;
  send: (version: number) => Promise<D>;
  /** The saved record: refresh what shows it and put its values in the form. */
  onSaved: (next: D) => void;
  serverProblems: (error: unknown) => Record<string, M> | undefined;
}) {
  const { form, send, onSaved, serverProblems } = options;
  const [version, setVersion] = useState(options.version);
  const [failure, setFailure] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: () => send(version),
    onSuccess: (next) => {
      setVersion(next.version);
      onSaved(next);
      setSaved(true);
    },
    onError: (error) => {
      const fields = serverProblems(error);
      setFailure(fields ? null : error);
      form.show(fields ?? {});
    },
  });
  return {
    failure,
    saved,
    busy: save.isPending,
    conflict: failure instanceof ApiError && failure.code === 'version_conflict',
    /** A change in the form: the "saved" status no longer holds. */
    changed: () => setSaved(false),
    submit: () => {
      setFailure(null);
      setSaved(false);
      if (form.check()) save.mutate();
    },
  };
}

/**
 * The record to edit, loaded: not found, an error, loading, or no right to edit it, else the form.
 * "Load the latest version" (`reload`) refetches and starts the form again from it; a save's own
 * refetch keeps the form (and its "saved" status), as the version is not part of its key.
 */
export function VersionedEditLoader<D extends { permissions: { edit: boolean } }>({
  query,
  children,
}: {
  query: UseQueryResult<D>;
  children: (record: D, reload: () => void) => ReactNode;
}) {
  const [round, setRound] = useState(0);
  if (query.error instanceof ApiError && query.error.status === 404) return <NotFoundPage />;
  if (query.isError) return <ErrorBox error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.isSuccess) return <DelayedLoading />;
  if (!query.data.permissions.edit) return <NoPermission />;
  return (
    <Fragment key={round}>
      {children(query.data, () => {
        void query.refetch().then(() => setRound((n) => n + 1));
      })}
    </Fragment>
  );
}
