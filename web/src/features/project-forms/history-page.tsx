import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { pickText } from '../../../../common/languages.js';
import { programmeGoals } from '../../../../common/project-fields.js';
import { pagePath } from '../../../../common/routes.js';
import type { ProjectDetail } from '../../../../common/schemas/projects.js';
import { isUuid } from '../../../../common/uuid.js';
import { ApiError } from '../../app/api-client.js';
import { useLang, useNumberFormat } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { DelayedLoading } from '../../ui/delayed-loading.js';
import { ErrorBox } from '../../ui/error-box.js';
import { displayDate } from '../../ui/form/dates.js';
import { PageFrame } from '../../ui/page-frame.js';
import { NotFoundPage } from '../not-found/not-found-page.js';
import { projectQuery } from '../projects/api.js';
import { projectText } from '../projects/labels.js';
import { regionListQuery } from '../regions/api.js';
import { RevisionHistory } from '../revisions/revision-history.js';
import { projectApi, projectHistoryQuery, refreshProjects } from './api.js';

const goalOf = (n: unknown) => programmeGoals.find((g) => g === n);

/** Field names and values of a project's revisions in the page language. */
function useWording(project: ProjectDetail) {
  const { t } = useTranslation();
  const lang = useLang();
  const regions = useQuery(regionListQuery(lang));
  const number = useNumberFormat();
  const names = new Map(project.partners.map((p) => [p.organisation.id, p.organisation.name]));
  const label = (path: string) => {
    const key = path.replace('.', '_');
    const known = t(`projectForm.labels.${key}` as 'projectForm.labels.status', {
      defaultValue: '',
    });
    return known || path;
  };
  const one = (path: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return '–';
    if (typeof value === 'boolean') return t(`projectForm.history.${value ? 'yes' : 'no'}`);
    if (path === 'status') return t(`projects.statuses.${value as 'planned'}`);
    if (path === 'fundingProgramme') return t(`projects.funding.${value as 'other'}`);
    if (path === 'startDate' || path === 'endDate') return displayDate(String(value));
    if (path === 'budget' || path === 'publicFunding') return `${number(Number(value))} €`;
    if (path === 'regions') {
      const region = regions.data?.items.find((r) => r.code === value);
      return region ? pickText(region.name, lang).text : String(value);
    }
    if (path === 'goals') {
      const goal = goalOf(value);
      return goal ? t(`projects.goals.${goal}`) : String(value);
    }
    if (path === 'partners' && typeof value === 'object') {
      const p = value as { organisationId?: string; role?: string };
      const name = names.get(p.organisationId ?? '') ?? t('projectForm.history.removed');
      return `${name} (${t(`projects.roles.${(p.role ?? 'other') as 'other'}`)})`;
    }
    if (path === 'themes') return String(value);
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
  };
  const format = (path: string, value: unknown) =>
    Array.isArray(value)
      ? value.length
        ? value.map((v) => one(path, v)).join('\n')
        : '–'
      : one(path, value);
  return { label, format };
}

function HistoryView({ project }: { project: ProjectDetail }) {
  const lang = useLang();
  const queryClient = useQueryClient();
  const query = useQuery(projectHistoryQuery(lang, project.id));
  const { label, format } = useWording(project);
  if (query.isPending) return <DelayedLoading />;
  if (query.isError) return <ErrorBox error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <RevisionHistory
      items={query.data.items}
      canRestore={query.data.permissions.restore}
      label={label}
      format={format}
      restore={(revision) =>
        projectApi.restore(lang, project.id, { revision: revision.id, version: project.version })
      }
      refresh={async () => {
        refreshProjects(queryClient);
        await queryClient.invalidateQueries({ queryKey: ['projects'] });
      }}
    />
  );
}

/** What changed in a project and when; coordinators can put an earlier version back. */
export function ProjectHistoryPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { id = '' } = useParams();
  const query = useQuery({ ...projectQuery(id, lang), enabled: isUuid(id) });
  if (!isUuid(id)) return <NotFoundPage />;
  if (query.error instanceof ApiError && query.error.status === 404) return <NotFoundPage />;
  const name = query.data ? projectText(query.data.title, lang).text : undefined;
  return (
    <PageFrame
      title={name ? t('projectForm.history.title', { name }) : t('projectForm.history.crumb')}
      parents={[
        { label: t('projects.title'), to: pagePath('projects', lang) },
        ...(name ? [{ label: name, to: pagePath('project', lang, { id }) }] : []),
      ]}
    >
      {query.isError && <ErrorBox error={query.error} onRetry={() => void query.refetch()} />}
      {query.isPending && <DelayedLoading />}
      {query.isSuccess && <HistoryView project={query.data} />}
    </PageFrame>
  );
}
