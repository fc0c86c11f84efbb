import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Heading, Paragraph } from 'suomifi-ui-components';
import { pickText } from '../../../../common/languages.js';
import {
  fundingProgrammes,
  programmeGoals,
  projectStatuses,
} from '../../../../common/project-fields.js';
import { pagePath } from '../../../../common/routes.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { AppLink } from '../../ui/app-link.js';
import { ExportLinks } from '../../ui/export-links.js';
import {
  FilterForm,
  fromChoice,
  toChoice,
  toSearch,
  useUrlFilters,
  withAll,
} from '../../ui/filter-form.js';
import { SelectField } from '../../ui/form/select-field.js';
import { TextField } from '../../ui/form/text-field.js';
import { PageFrame } from '../../ui/page-frame.js';
import { PagedResults } from '../../ui/paged-results.js';
import { useMe } from '../auth/use-me.js';
import { regionListQuery } from '../regions/api.js';
import { projectSearchQuery } from './api.js';
import { type ProjectListFilters, projectFiltersFrom } from './filters.js';
import { ProjectList } from './project-list.js';

interface FormProps {
  filters: ProjectListFilters;
  onApply: (next: ProjectListFilters) => void;
}

/** Search and filters of the project list; the form starts from the URL each time it changes. */
function ProjectFilterForm({ filters, onApply }: FormProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const regions = useQuery(regionListQuery(lang));
  const [q, setQ] = useState(filters.q);
  const [status, setStatus] = useState(toChoice(filters.status));
  const [funding, setFunding] = useState(toChoice(filters.fundingProgramme));
  const [goal, setGoal] = useState(toChoice(filters.goal));
  const [region, setRegion] = useState(toChoice(filters.region));

  const apply = () => {
    const params = new URLSearchParams({
      q,
      status: fromChoice(status),
      fundingProgramme: fromChoice(funding),
      goal: fromChoice(goal),
      region: fromChoice(region),
    });
    // Read back through the URL parser, so only valid values are ever put in the address.
    onApply(projectFiltersFrom(params));
  };

  return (
    <FilterForm label={t('projects.filtersLabel')} onSubmit={apply}>
      <TextField id="project-q" label={t('projects.search')} value={q} onChange={setQ} />
      <SelectField
        id="project-region"
        label={t('projects.region')}
        value={region}
        onChange={setRegion}
        options={withAll(
          t('projects.allRegions'),
          (regions.data?.items ?? []).map((r) => ({
            value: r.code,
            label: pickText(r.name, lang).text,
          })),
        )}
      />
      <SelectField
        id="project-status"
        label={t('projects.status')}
        value={status}
        onChange={setStatus}
        options={withAll(
          t('projects.allStatuses'),
          projectStatuses.map((s) => ({ value: s, label: t(`projects.statuses.${s}`) })),
        )}
      />
      <SelectField
        id="project-funding"
        label={t('projects.fundingProgramme')}
        value={funding}
        onChange={setFunding}
        options={withAll(
          t('projects.allFunding'),
          fundingProgrammes.map((f) => ({ value: f, label: t(`projects.funding.${f}`) })),
        )}
      />
      <SelectField
        id="project-goal"
        label={t('projects.goal')}
        value={goal}
        onChange={setGoal}
        options={withAll(
          t('projects.allGoals'),
          programmeGoals.map((g) => ({ value: String(g), label: t(`projects.goals.${g}`) })),
        )}
      />
    </FilterForm>
  );
}

const pageSize = 20;

/** The projects of the registry: search, filters kept in the address, a page at a time. */
export function ProjectsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const me = useMe();
  const list = useUrlFilters(projectFiltersFrom);
  const search = toSearch({ ...list.filters, pageSize }).slice(1);
  // The files hold every match of the search, not only this page.
  const exportSearch = toSearch({ ...list.filters, page: '' }).slice(1);
  const query = useQuery(projectSearchQuery(lang, search));
  return (
    <PageFrame title={t('projects.title')}>
      {me.data && (
        <Paragraph mb="l">
          <AppLink to={pagePath('projectNew', lang)}>{t('projects.proposeLink')}</AppLink>
          {me.data.permissions.moderate && (
            <>
              {' · '}
              <AppLink to={pagePath('projectImport', lang)}>{t('projects.importLink')}</AppLink>
            </>
          )}
        </Paragraph>
      )}
      <ProjectFilterForm key={list.formKey} filters={list.filters} onApply={list.apply} />
      <Heading variant="h2" mb="m">
        {t('projects.resultsHeading')}
      </Heading>
      <PagedResults
        query={query}
        countText={(count) => t('projects.count', { count })}
        emptyText={t('projects.empty')}
        hrefFor={list.hrefFor}
      >
        {(items) => <ProjectList items={items} />}
      </PagedResults>
      {query.data && query.data.total > 0 && (
        <ExportLinks
          hrefOf={(format) =>
            `/api/v1/projects/export?format=${format}&lang=${lang}&${exportSearch}`
          }
        />
      )}
    </PageFrame>
  );
}
