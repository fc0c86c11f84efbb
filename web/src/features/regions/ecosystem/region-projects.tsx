import { styled } from 'styled-components';
import { Heading, Paragraph, suomifiDesignTokens } from 'suomifi-ui-components';
import { projectStatuses } from '../../../../../common/project-fields.js';
import { pagePath } from '../../../../../common/routes.js';
import type { Ecosystem } from '../../../../../common/schemas/ecosystems.js';
import { useLang } from '../../../i18n/use-lang.js';
import { useTranslation } from '../../../i18n/use-translation.js';
import { AppLink } from '../../../ui/app-link.js';
import { ProjectList } from '../../projects/project-list.js';
import type { RegionSectionProps } from '../region-sections.js';
import { WithEcosystem } from './with-ecosystem.js';

const { spacing } = suomifiDesignTokens;

const StatusList = styled.ul`
  display: flex;
  flex-wrap: wrap;
  gap: ${spacing.xs} ${spacing.l};
  margin: 0 0 ${spacing.l};
  padding: 0;
  list-style: none;
`;

function ProjectsOf({ code, projects }: { code: string; projects: Ecosystem['projects'] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const list = (status?: string) =>
    `${pagePath('projects', lang)}?region=${encodeURIComponent(code)}${status ? `&status=${status}` : ''}`;
  const counts = new Map(projects.status.map((s) => [s.value, s.count]));
  const statuses = projectStatuses.filter((s) => (counts.get(s) ?? 0) > 0);

  if (statuses.length === 0)
    return <Paragraph mb="xxl">{t('regions.ecosystem.projects.none')}</Paragraph>;
  return (
    <>
      <StatusList aria-label={t('regions.ecosystem.projects.byStatus')}>
        {statuses.map((status) => (
          <li key={status}>
            <AppLink to={list(status)}>
              {t('regions.ecosystem.projects.statusCount', {
                status: t(`projects.statuses.${status}`),
                count: counts.get(status) ?? 0,
              })}
            </AppLink>
          </li>
        ))}
      </StatusList>
      <Heading variant="h3" mb="s">
        {t('regions.ecosystem.projects.runningHeading')}
      </Heading>
      {projects.running.length === 0 ? (
        <Paragraph mb="m">{t('regions.ecosystem.projects.runningNone')}</Paragraph>
      ) : (
        <ProjectList items={projects.running} headingLevel={4} />
      )}
      {projects.runningTotal > projects.running.length && (
        <Paragraph mb="m">
          {t('regions.ecosystem.projects.runningShown', {
            shown: projects.running.length,
            total: projects.runningTotal,
          })}
        </Paragraph>
      )}
      <Paragraph mb="xxl">
        <AppLink to={list()}>{t('regions.ecosystem.projects.all')}</AppLink>
      </Paragraph>
    </>
  );
}

/** The region's projects counted by status, the running ones and the way to all of them. */
export function RegionProjects({ region }: RegionSectionProps) {
  const { t } = useTranslation();
  return (
    <>
      <Heading variant="h2" mb="m">
        {t('regions.ecosystem.projects.heading')}
      </Heading>
      <WithEcosystem code={region.code}>
        {(ecosystem) => <ProjectsOf code={region.code} projects={ecosystem.projects} />}
      </WithEcosystem>
    </>
  );
}
