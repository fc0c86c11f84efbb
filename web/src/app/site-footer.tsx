import { styled } from 'styled-components';
import { Link, suomifiDesignTokens } from 'suomifi-ui-components';
import { pagePath } from '../../../common/routes.js';
import { useLang } from '../i18n/use-lang.js';
import { useTranslation } from '../i18n/use-translation.js';
import { AppLink } from '../ui/app-link.js';
import { Container } from './container.js';
import { footerLinks } from './footer-links.js';

const { colors, spacing } = suomifiDesignTokens;

const Footer = styled.footer`
  margin-top: ${spacing.xxxl};
  padding: ${spacing.xl} 0;
  border-top: 1px solid ${colors.depthLight1};
  background: ${colors.depthLight3};
`;

const Name = styled.p`
  margin: 0 0 ${spacing.xs};
  font-size: 22px;
  font-weight: 600;
  color: ${colors.brandBase};
`;

const Text = styled.p`
  margin: 0 0 ${spacing.m};
  max-width: 60ch;
`;

const Links = styled.ul`
  display: flex;
  flex-wrap: wrap;
  gap: ${spacing.l};
  margin: 0;
  padding: 0;
  list-style: none;
`;

export function SiteFooter() {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Footer>
      <Container>
        <Name>{t('app.serviceName')}</Name>
        <Text>{t('app.footer')}</Text>
        <nav aria-label={t('app.footerNav')}>
          <Links>
            {footerLinks.map((link) => (
              <li key={link.label}>
                {'page' in link ? (
                  <AppLink to={pagePath(link.page, lang)}>
                    {t(`siteFooter.links.${link.label}`)}
                  </AppLink>
                ) : (
                  // A page outside the app: an ordinary link that loads it.
                  <Link href={link.href} underline="initial">
                    {t(`siteFooter.links.${link.label}`)}
                  </Link>
                )}
              </li>
            ))}
          </Links>
        </nav>
      </Container>
    </Footer>
  );
}
