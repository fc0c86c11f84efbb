import { useQuery } from '@tanstack/react-query';
import { Heading, Paragraph } from 'suomifi-ui-components';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { DelayedLoading } from '../../ui/delayed-loading.js';
import { ErrorBox } from '../../ui/error-box.js';
import { Section } from '../../ui/section.js';
import { organisationNetworksQuery } from './api.js';
import { NetworkList } from './network-list.js';

/** The networks an organisation is a member of, on its page. */
export function OrganisationNetworks({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const query = useQuery(organisationNetworksQuery(lang, organisationId));
  return (
    <Section aria-labelledby="organisation-networks-heading">
      <Heading variant="h2" id="organisation-networks-heading" mb="m">
        {t('networks.ofOrganisation.heading')}
      </Heading>
      {query.isPending && <DelayedLoading />}
      {query.isError && <ErrorBox error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && query.data.total === 0 && (
        <Paragraph>{t('networks.ofOrganisation.empty')}</Paragraph>
      )}
      {query.isSuccess && query.data.items.length > 0 && <NetworkList items={query.data.items} />}
    </Section>
  );
}
