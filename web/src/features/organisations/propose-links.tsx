import { useTranslation } from 'react-i18next';
import { styled } from 'styled-components';
import { suomifiDesignTokens } from 'suomifi-ui-components';
import { pagePath } from '../../../../common/routes.js';
import { useLang } from '../../i18n/use-lang.js';
import { AppLink } from '../../ui/app-link.js';
import { useMe } from '../auth/use-me.js';

const Links = styled.ul`
  display: flex;
  flex-wrap: wrap;
  gap: ${suomifiDesignTokens.spacing.s} ${suomifiDesignTokens.spacing.l};
  margin: 0;
  padding: 0;
  list-style: none;
`;

/**
 * The way to propose an organisation: the form for a signed-in person; for a visitor, logging in
 * (which comes back to the form) or registering — never a link that only leads to a login prompt.
 */
export function ProposeLinks() {
  const { t } = useTranslation();
  const lang = useLang();
  const me = useMe();
  const form = pagePath('organisationNew', lang);
  if (me.isPending) return null;
  if (me.data) return <AppLink to={form}>{t('home.proposeLink')}</AppLink>;
  return (
    <Links>
      <li>
        <AppLink to={`${pagePath('login', lang)}?${new URLSearchParams({ next: form })}`}>
          {t('home.proposeLogin')}
        </AppLink>
      </li>
      <li>
        <AppLink to={pagePath('register', lang)}>{t('home.proposeRegister')}</AppLink>
      </li>
    </Links>
  );
}
