import { styled } from 'styled-components';
import { suomifiDesignTokens } from 'suomifi-ui-components';
import { pagePath } from '../../../../common/routes.js';
import type { OrganisationDetail } from '../../../../common/schemas/organisations.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { AppLink } from '../../ui/app-link.js';

const Links = styled.ul`
  display: flex;
  flex-wrap: wrap;
  gap: ${suomifiDesignTokens.spacing.l};
  margin: 0 0 ${suomifiDesignTokens.spacing.l};
  padding: 0;
  list-style: none;
`;

/** Where else the reader may go with this organisation, by their permissions. */
export function OrganisationLinks({
  organisation,
  current,
}: {
  organisation: OrganisationDetail;
  /** The page the links are on, left out of them. */
  current: 'edit' | 'history' | 'members';
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = organisation.id;
  const { permissions, myRole } = organisation;
  return (
    <nav aria-label={t('orgForm.linksLabel')}>
      <Links>
        <li>
          <AppLink to={pagePath('organisation', lang, { id })}>
            {t('orgForm.toOrganisation', { name: organisation.name })}
          </AppLink>
        </li>
        {permissions.edit && current !== 'edit' && (
          <li>
            <AppLink to={pagePath('organisationEdit', lang, { id })}>
              {t('orgForm.editCrumb')}
            </AppLink>
          </li>
        )}
        {current !== 'history' && (
          <li>
            <AppLink to={pagePath('organisationHistory', lang, { id })}>
              {t('orgForm.history.crumb')}
            </AppLink>
          </li>
        )}
        {(permissions.manageMembers || myRole) && current !== 'members' && (
          <li>
            <AppLink to={pagePath('organisationMembers', lang, { id })}>
              {t('orgForm.members.crumb')}
            </AppLink>
          </li>
        )}
      </Links>
    </nav>
  );
}
