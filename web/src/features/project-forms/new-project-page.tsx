import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Paragraph } from 'suomifi-ui-components';
import { pagePath } from '../../../../common/routes.js';
import type { Me } from '../../../../common/schemas/accounts.js';
import type { ProjectDetail } from '../../../../common/schemas/projects.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { AppLink } from '../../ui/app-link.js';
import { DelayedLoading } from '../../ui/delayed-loading.js';
import { ErrorBox } from '../../ui/error-box.js';
import { FocusMessage } from '../../ui/focus-message.js';
import { useCheckedForm } from '../../ui/form/use-checked-form.js';
import { PageFrame } from '../../ui/page-frame.js';
import { myOrganisationsQuery } from '../account/api.js';
import { RequireLogin } from '../auth/require-login.js';
import { projectText } from '../projects/labels.js';
import { projectApi, refreshProjects } from './api.js';
import { bodyOf, checkProject, emptyProjectValues, serverProblems } from './form-values.js';
import { ProjectForm } from './project-form.js';

function Created({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const pending = project.state === 'pending';
  const name = projectText(project.title, lang).text;
  return (
    <FocusMessage
      heading={
        pending
          ? t('projectForm.created.pendingHeading')
          : t('projectForm.created.publishedHeading')
      }
    >
      <Paragraph mb="s">
        {pending
          ? t('projectForm.created.pendingText', { name })
          : t('projectForm.created.publishedText', { name })}
      </Paragraph>
      <Paragraph>
        <AppLink to={pagePath('project', lang, { id: project.id })}>
          {t('projectForm.created.toProject')}
        </AppLink>
      </Paragraph>
    </FocusMessage>
  );
}

function ProposeForm({ lead }: { lead?: { id: string; name: string } }) {
  const { t } = useTranslation();
  const lang = useLang();
  const queryClient = useQueryClient();
  const form = useCheckedForm(() => emptyProjectValues(lead), checkProject);
  const [failure, setFailure] = useState<unknown>(null);
  const [created, setCreated] = useState<ProjectDetail>();
  const create = useMutation({
    mutationFn: () => projectApi.create(lang, bodyOf(form.values)),
    onSuccess: (project) => {
      refreshProjects(queryClient);
      setCreated(project);
    },
    onError: (error) => {
      const fields = serverProblems(error);
      setFailure(fields ? null : error);
      form.show(fields ?? {});
    },
  });
  if (created) return <Created project={created} />;
  return (
    <>
      <Paragraph mb="l">{t('projectForm.intro')}</Paragraph>
      <ProjectForm
        values={form.values}
        update={form.update}
        problems={form.problems}
        attempt={form.attempt}
        error={failure}
        busy={create.isPending}
        submitText={t('projectForm.submitNew')}
        onSubmit={() => {
          setFailure(null);
          if (form.check()) create.mutate();
        }}
      />
    </>
  );
}

/**
 * A representative proposes with one of their organisations as the lead; a coordinator may name
 * any lead (and publishes at once).
 */
function ProposeFor({ me }: { me: Me }) {
  const { t } = useTranslation();
  const lang = useLang();
  const mine = useQuery(myOrganisationsQuery(lang));
  if (me.permissions.moderate) return <ProposeForm />;
  if (mine.isPending) return <DelayedLoading />;
  if (mine.isError) return <ErrorBox error={mine.error} onRetry={() => void mine.refetch()} />;
  const lead = mine.data.items.find((o) => o.state === 'published');
  if (!lead) return <Paragraph>{t('projectForm.noOrganisation')}</Paragraph>;
  return <ProposeForm lead={{ id: lead.id, name: lead.name }} />;
}

export function NewProjectPage() {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <PageFrame
      title={t('projectForm.newTitle')}
      parents={[{ label: t('projects.title'), to: pagePath('projects', lang) }]}
    >
      <RequireLogin>{(me) => <ProposeFor me={me} />}</RequireLogin>
    </PageFrame>
  );
}
