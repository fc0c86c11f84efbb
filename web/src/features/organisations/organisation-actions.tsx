import { useMutation, useQueryClient } from '@tanstack/react-query';
import { styled } from 'styled-components';
import { Button, Heading, suomifiDesignTokens } from 'suomifi-ui-components';
import { pagePath } from '../../../../common/routes.js';
import type { OrganisationDetail } from '../../../../common/schemas/organisations.js';
import { useDateFormat, useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { AppLink } from '../../ui/app-link.js';
import { FormAlert } from '../../ui/form/form-alert.js';
import { confirmOrganisation, organisationQuery } from './api.js';

const { spacing } = suomifiDesignTokens;

const Links = styled.ul`
  display: flex;
  flex-wrap: wrap;
  gap: ${spacing.s} ${spacing.l};
  margin: 0 0 ${spacing.m};
  padding: 0;
  list-style: none;
`;

const Confirmed = styled.div`
  margin-top: ${spacing.s};
`;

/** "Still correct": renews the profile's confirmation date without changing anything else. */
function ConfirmButton({ organisation }: { organisation: OrganisationDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const formatDate = useDateFormat();
  const queryClient = useQueryClient();
  const confirm = useMutation({
    mutationFn: () => confirmOrganisation(organisation.id, lang),
    onSuccess: (updated) => {
      queryClient.setQueryData(organisationQuery(organisation.id, lang).queryKey, updated);
    },
  });
  const loading = confirm.isPending
    ? { loading: true as const, ariaLoadingText: t('form.sending') }
    : {};
  return (
    <div>
      <Button variant="secondary" onClick={() => confirm.mutate()} {...loading}>
        {t('organisation.actions.confirm')}
      </Button>
      {confirm.isError && <FormAlert error={confirm.error} />}
      <Confirmed role="status">
        {confirm.isSuccess &&
          t('organisation.actions.confirmed', { date: formatDate(confirm.data.confirmedAt) })}
      </Confirmed>
    </div>
  );
}

/** What the reader may do with the organisation, from the permissions the API gave with it. */
export function OrganisationActions({ organisation: o }: { organisation: OrganisationDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const params = { id: o.id };
  return (
    <>
      <Heading variant="h2" mb="s">
        {t('organisation.actions.heading')}
      </Heading>
      <Links>
        {o.permissions.edit && (
          <li>
            <AppLink to={pagePath('organisationEdit', lang, params)}>
              {t('organisation.actions.edit')}
            </AppLink>
          </li>
        )}
        <li>
          <AppLink to={pagePath('organisationHistory', lang, params)}>
            {t('organisation.actions.history')}
          </AppLink>
        </li>
        {(o.permissions.manageMembers || o.myRole) && (
          <li>
            <AppLink to={pagePath('organisationMembers', lang, params)}>
              {t('organisation.actions.members')}
            </AppLink>
          </li>
        )}
      </Links>
      {o.permissions.edit && <ConfirmButton organisation={o} />}
    </>
  );
}
