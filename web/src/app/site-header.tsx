import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { styled } from 'styled-components';
import { suomifiDesignTokens } from 'suomifi-ui-components';
import { pagePath } from '../../../common/routes.js';
import { useLang } from '../i18n/use-lang.js';
import { Container } from './container.js';
import { LanguageSwitcher } from './language-switcher.js';
import { PrimaryNav } from './primary-nav.js';
import { UserMenu } from './user-menu.js';

const { colors, spacing, focuses } = suomifiDesignTokens;

const Header = styled.header`
  border-top: 4px solid ${colors.brandBase};
  border-bottom: 1px solid ${colors.depthLight1};
  background: ${colors.whiteBase};
`;

const Top = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: ${spacing.s};
  padding: ${spacing.m} 0 ${spacing.s};
`;

const ServiceName = styled(Link)`
  display: inline-block;
  font-size: 28px;
  font-weight: 600;
  line-height: 1.2;
  color: ${colors.brandBase};
  text-decoration: none;

  &:hover {
    text-decoration: underline;
  }

  &:focus-visible {
    ${focuses.boxShadowFocus}
    ${focuses.highContrastFocus}
  }
`;

const Description = styled.p`
  margin: 0;
  font-size: 16px;
  color: ${colors.blackBase};
`;

const Tools = styled.div`
  display: flex;
  flex-direction: column;
  align-items: flex-end;
  gap: ${spacing.s};
`;

/** The banner: service name, language switcher, login or the person's menu, and main menu. */
export function SiteHeader() {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Header>
      <Container>
        <Top>
          <div>
            <ServiceName to={pagePath('home', lang)}>{t('app.serviceName')}</ServiceName>
            <Description>{t('app.serviceDescription')}</Description>
          </div>
          <Tools>
            <LanguageSwitcher />
            <UserMenu />
          </Tools>
        </Top>
        <PrimaryNav />
      </Container>
    </Header>
  );
}
