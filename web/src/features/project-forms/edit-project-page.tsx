import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { Button, Paragraph } from 'suomifi-ui-components';
import { pagePath } from '../../../../common/routes.js';
import type { ProjectDetail } from '../../../../common/schemas/projects.js';
import { isUuid } from '../../../../common/uuid.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { AppLink } from '../../ui/app-link.js';
import { useCheckedForm } from '../../ui/form/use-checked-form.js';
import { PageFrame } from '../../ui/page-frame.js';
import { RequireLogin } from '../auth/require-login.js';
import { NotFoundPage } from '../not-found/not-found-page.js';
import { LogoSection, logoMaxKiB } from '../organisation-forms/logo-section.js';
import { projectQuery } from '../projects/api.js';
import { projectText } from '../projects/labels.js';
import { useVersionedSave, VersionedEditLoader } from '../revisions/versioned-edit.js';
import { projectApi, refreshProjects } from './api.js';
import { bodyOf, checkProject, serverProblems, valuesOf } from './form-values.js';
import { ProjectForm } from './project-form.js';

function EditForm({ project, onReload }: { project: ProjectDetail; onReload: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const queryClient = useQueryClient();
  const form = useCheckedForm(() => valuesOf(project), checkProject);
  const save = useVersionedSave({
    form,
    version: project.version,
    send: (version) => projectApi.update(lang, project.id, { ...bodyOf(form.values), version }),
    onSaved: (next) => {
      refreshProjects(queryClient);
      form.setValues(valuesOf(next));
    },
    serverProblems,
  });
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
          save.changed();
          form.update(patch);
        }}
        problems={form.problems}
        attempt={form.attempt}
        error={save.failure}
        errorHelp={
          save.conflict && (
            <Button variant="secondary" onClick={onReload}>
              {t('projectForm.conflict.reload')}
            </Button>
          )
        }
        busy={save.busy}
        submitText={t('projectForm.submitEdit')}
        status={<span role="status">{save.saved && t('projectForm.saved')}</span>}
        onSubmit={save.submit}
      />
    </>
  );
}

/** The project's logo beside the form: not versioned, so it never conflicts with an edit. */
function ProjectLogo({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const queryClient = useQueryClient();
  const title = projectText(project.title, lang).text;
  return (
    <LogoSection
      name={title}
      logoUrl={project.logoUrl}
      texts={{
        none: t('projectForm.logo.none'),
        hint: t('projectForm.logo.hint', { max: logoMaxKiB }),
        confirmText: t('projectForm.logo.confirmText', { name: title }),
      }}
      put={(l, file) => projectApi.putLogo(l, project.id, file)}
      remove={(l) => projectApi.deleteLogo(l, project.id)}
      onChanged={() => refreshProjects(queryClient)}
    />
  );
}

function EditLoader({ id }: { id: string }) {
  const lang = useLang();
  return (
    <VersionedEditLoader query={useQuery(projectQuery(id, lang))}>
      {(project, reload) => (
        <>
          <EditForm project={project} onReload={reload} />
          <ProjectLogo project={project} />
        </>
      )}
    </VersionedEditLoader>
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
