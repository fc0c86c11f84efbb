import { styled } from 'styled-components';
import { Paragraph } from 'suomifi-ui-components';
import { pagePath } from '../../../../common/routes.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { AppLink } from '../../ui/app-link.js';

const List = styled.ul`
  margin: 8px 0 0;
  padding-left: 1.25rem;
`;

/**
 * Where to get a new e-mail link. There is no "send again" of its own: registering again with the
 * same address sends a new confirmation link, and a forgotten-password link also opens the account.
 */
export function NewLinkHelp({ purpose = 'verify' }: { purpose?: 'verify' | 'reset' }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (purpose === 'reset') {
    return (
      <Paragraph>
        <AppLink to={pagePath('forgotPassword', lang)}>{t('auth.newLink.reset')}</AppLink>
      </Paragraph>
    );
  }
  return (
    <>
      <Paragraph>{t('auth.newLink.intro')}</Paragraph>
      <List>
        <li>
          <AppLink to={pagePath('register', lang)}>{t('auth.newLink.register')}</AppLink>
        </li>
        <li>
          <AppLink to={pagePath('forgotPassword', lang)}>{t('auth.newLink.forgot')}</AppLink>
        </li>
      </List>
    </>
  );
}
