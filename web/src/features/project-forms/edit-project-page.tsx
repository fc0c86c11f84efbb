import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Button, Paragraph } from 'suomifi-ui-components';
import { pagePath } from '../../../../common/routes.js';
import type { ProjectDetail } from '../../../../common/schemas/projects.js';
import { isUuid } from '../../../../common/uuid.js';
import { ApiError } from '../../app/api-client.js';
import { useLang } from '../../i18n/use-lang.js';
import { AppLink } from '../../ui/app-link.js';
import { DelayedLoading } from '../../ui/delayed-loading.js';
import { ErrorBox } from '../../ui/error-box.js';
import { useCheckedForm } from '../../ui/form/use-checked-form.js';
import { PageFrame } from '../../ui/page-frame.js';
import { NoPermission, RequireLogin } from '../auth/require-login.js';
import { NotFoundPage } from '../not-found/not-found-page.js';
import { projectQuery } from '../projects/api.js';
import { projectText } from '../projects/labels.js';
import { projectApi, refreshProjects } from './api.js';
import { bodyOf, checkProject, serverProblems, valuesOf } from './form-values.js';
import { ProjectForm } from './project-form.js';

function EditForm({ project, onReload }: { project: ProjectDetail; onReload: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const queryClient = useQueryClient();
  const form = useCheckedForm(() => valuesOf(project), checkProject);
  const [version, setVersion] = useState(project.version);
  const [failure, setFailure] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: () => projectApi.update(lang, project.id, { ...bodyOf(form.values), version }),
    onSuccess: (next) => {
      refreshProjects(queryClient);
      setVersion(next.version);
      form.setValues(valuesOf(next));
      setSaved(true);
    },
    onError: (error) => {
      const fields = serverProblems(error);
      setFailure(fields ? null : error);
      form.show(fields ?? {});
    },
  });
  const conflict = failure instanceof ApiError && failure.code === 'version_conflict';
  return (
    <>
      <Paragraph mb="l">
        <AppLink to={pagePath('project', lang, { id: project.id })}>
          {t('projectForm.created.toProject')}
        </AppLink>
      </Paragraph>
      <ProjectForm
        values={form.values}
        update={(patch) => {
          setSaved(false);
          form.update(patch);
        }}
        problems={form.problems}
        attempt={form.attempt}
        error={failure}
        errorHelp={
          conflict && (
            <Button variant="secondary" onClick={onReload}>
              {t('projectForm.conflict.reload')}
            </Button>
          )
        }
        busy={save.isPending}
        submitText={t('projectForm.submitEdit')}
        status={<span role="status">{saved && t('projectForm.saved')}</span>}
        onSubmit={() => {
          setFailure(null);
          setSaved(false);
          if (form.check()) save.mutate();
        }}
      />
    </>
  );
}

function EditLoader({ id }: { id: string }) {
  const lang = useLang();
  const query = useQuery(projectQuery(id, lang));
  // A new key after "load the latest version" starts the form again from it. The version is not
  // part of the key: a save of this form refetches the project, and the form must stay (with its
  // "saved" message) rather than start again.
  const [round, setRound] = useState(0);
  if (query.error instanceof ApiError && query.error.status === 404) return <NotFoundPage />;
  if (query.isError) return <ErrorBox error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.isSuccess) return <DelayedLoading />;
  if (!query.data.permissions.edit) return <NoPermission />;
  return (
    <EditForm
      key={round}
      project={query.data}
      onReload={() => {
        void query.refetch().then(() => setRound((n) => n + 1));
      }}
    />
  );
}

/** The lead's representatives and coordinators change a project; 409 tells of a newer version. */
export function EditProjectPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { id = '' } = useParams();
  const title = useQuery({ ...projectQuery(id, lang), enabled: isUuid(id) });
  if (!isUuid(id)) return <NotFoundPage />;
  const name = title.data ? projectText(title.data.title, lang).text : undefined;
  return (
    <PageFrame
      title={t('projectForm.editTitle')}
      parents={[
        { label: t('projects.title'), to: pagePath('projects', lang) },
        ...(name ? [{ label: name, to: pagePath('project', lang, { id }) }] : []),
      ]}
    >
      <RequireLogin>{() => <EditLoader id={id} />}</RequireLogin>
    </PageFrame>
  );
}
