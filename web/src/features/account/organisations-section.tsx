import { useQuery } from '@tanstack/react-query';
import { styled } from 'styled-components';
import { Heading, Paragraph, suomifiDesignTokens } from 'suomifi-ui-components';
import { pagePath } from '../../../../common/routes.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { AppLink } from '../../ui/app-link.js';
import { DelayedLoading } from '../../ui/delayed-loading.js';
import { ErrorBox } from '../../ui/error-box.js';
import { Section } from '../../ui/section.js';
import { myOrganisationsQuery } from './api.js';

const { spacing } = suomifiDesignTokens;

const List = styled.ul`
  margin: 0 0 ${spacing.m};
  padding-left: ${spacing.l};

  & li {
    margin-bottom: ${spacing.xs};
  }
`;

/** The organisations the person represents, with their role and whether each is published yet. */
export function OrganisationsSection() {
  const { t } = useTranslation();
  const lang = useLang();
  const query = useQuery(myOrganisationsQuery(lang));
  return (
    <Section aria-labelledby="my-organisations-heading">
      <Heading variant="h2" id="my-organisations-heading" mb="s">
        {t('account.organisations.heading')}
      </Heading>
      {query.isPending && <DelayedLoading />}
      {query.isError && <ErrorBox error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess &&
        (query.data.items.length === 0 ? (
          <Paragraph mb="s">{t('account.organisations.none')}</Paragraph>
        ) : (
          <List>
            {query.data.items.map((o) => (
              <li key={o.id}>
                <AppLink to={pagePath('organisation', lang, { id: o.id })}>{o.name}</AppLink>
                {' – '}
                {t(`account.organisations.role.${o.role}`)}
                {o.state !== 'published' && `, ${t(`account.organisations.state.${o.state}`)}`}
              </li>
            ))}
          </List>
        ))}
      <Paragraph mb="s">
        <AppLink to={pagePath('organisationNew', lang)}>
          {t('account.organisations.propose')}
        </AppLink>
      </Paragraph>
      {query.isSuccess && query.data.items.length > 0 && (
        <Paragraph>
          <AppLink to={pagePath('mySurveys', lang)}>{t('account.organisations.surveys')}</AppLink>
        </Paragraph>
      )}
    </Section>
  );
}
