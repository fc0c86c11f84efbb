import { useQuery } from '@tanstack/react-query';
import { Heading, Paragraph } from 'suomifi-ui-components';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { DelayedLoading } from '../../ui/delayed-loading.js';
import { ErrorBox } from '../../ui/error-box.js';
import { Section } from '../../ui/section.js';
import { ProjectList } from '../projects/project-list.js';
import { networkProjectsQuery } from './api.js';

/** The projects in which members of the network take part. */
export function NetworkProjects({ networkId }: { networkId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const query = useQuery(networkProjectsQuery(lang, networkId));
  return (
    <Section aria-labelledby="network-projects-heading">
      <Heading variant="h2" id="network-projects-heading" mb="m">
        {t('networks.projects.heading')}
      </Heading>
      {query.isPending && <DelayedLoading />}
      {query.isError && <ErrorBox error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && query.data.total === 0 && (
        <Paragraph>{t('networks.projects.empty')}</Paragraph>
      )}
      {query.isSuccess && query.data.items.length > 0 && (
        <>
          <Paragraph mb="s">{t('networks.projects.count', { count: query.data.total })}</Paragraph>
          <ProjectList items={query.data.items} />
          {query.data.total > query.data.items.length && (
            <Paragraph>
              {t('networks.projects.moreThanShown', {
                shown: query.data.items.length,
                total: query.data.total,
              })}
            </Paragraph>
          )}
        </>
      )}
    </Section>
  );
}
