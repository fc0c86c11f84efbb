import { useQuery } from '@tanstack/react-query';
import { Heading, Paragraph } from 'suomifi-ui-components';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { DelayedLoading } from '../../ui/delayed-loading.js';
import { ErrorBox } from '../../ui/error-box.js';
import { Section } from '../../ui/section.js';
import { organisationProjectsQuery } from './api.js';
import { isCurrent } from './labels.js';
import { ProjectList } from './project-list.js';

/** The projects an organisation takes part in, current ones first, then past ones. */
export function OrganisationProjects({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const query = useQuery(organisationProjectsQuery(lang, organisationId));
  const current = query.data?.items.filter(isCurrent) ?? [];
  const past = query.data?.items.filter((p) => !isCurrent(p)) ?? [];
  return (
    <Section>
      <Heading variant="h2" mb="m">
        {t('projects.ofOrganisation.heading')}
      </Heading>
      {query.isPending && <DelayedLoading />}
      {query.isError && <ErrorBox error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && query.data.total === 0 && (
        <Paragraph>{t('projects.ofOrganisation.empty')}</Paragraph>
      )}
      {current.length > 0 && (
        <>
          <Heading variant="h3" mb="s">
            {t('projects.ofOrganisation.current')}
          </Heading>
          <ProjectList items={current} headingLevel={4} />
        </>
      )}
      {past.length > 0 && (
        <>
          <Heading variant="h3" mb="s">
            {t('projects.ofOrganisation.past')}
          </Heading>
          <ProjectList items={past} headingLevel={4} />
        </>
      )}
    </Section>
  );
}
