import { useEffect, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { styled } from 'styled-components';
import { Button, suomifiDesignTokens } from 'suomifi-ui-components';
import { pagePath } from '../../../common/routes.js';
import { useLang } from '../i18n/use-lang.js';
import { useTranslation } from '../i18n/use-translation.js';
import { Container } from './container.js';
import { LanguageSwitcher } from './language-switcher.js';
import { PrimaryNav } from './primary-nav.js';
import { UserMenu } from './user-menu.js';

const { colors, spacing, focuses } = suomifiDesignTokens;

/** Below this width the menus fold behind a button, so the page starts near the top. */
const narrow = '(max-width: 40rem)';

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

  /* The tagline gives way on a phone: the page starts higher. */
  @media ${narrow} {
    display: none;
  }
`;

const Tools = styled.div`
  display: flex;
  flex-direction: column;
  align-items: flex-end;
  gap: ${spacing.s};

  /* On a phone: the languages and the menu button on one row under the name. */
  @media ${narrow} {
    flex-direction: row;
    align-items: center;
    justify-content: space-between;
    width: 100%;
  }
`;

const MenuButton = styled.div`
  display: none;
  flex-shrink: 0;

  /* Never broken inside the word, whatever the font or text size. */
  & button {
    white-space: nowrap;
  }

  @media ${narrow} {
    display: block;
  }
`;

/** The menus: always shown on wide screens; on narrow ones only when opened. */
const Menus = styled.div<{ $open: boolean }>`
  display: flex;
  flex-direction: column-reverse;
  gap: ${spacing.s};

  @media ${narrow} {
    display: ${({ $open }) => ($open ? 'flex' : 'none')};
    flex-direction: column;
    gap: ${spacing.m};
    padding: ${spacing.s} 0 ${spacing.m};
  }
`;

const WideOnly = styled.div`
  @media ${narrow} {
    display: none;
  }
`;

const NarrowOnly = styled.div`
  display: none;

  @media ${narrow} {
    display: block;
  }
`;

/**
 * The banner: service name, language switcher, login or the person's menu, and main menu. On a
 * narrow screen the main and user menus fold behind a "Menu" button (a disclosure: the button says
 * whether it is open, Escape closes it and returns focus, and a followed link closes it).
 */
export function SiteHeader() {
  const { t } = useTranslation();
  const lang = useLang();
  const { pathname } = useLocation();
  const [open, setOpen] = useState(false);
  // A link followed from the menu leads to another page: the menu is closed there.
  // biome-ignore lint/correctness/useExhaustiveDependencies: closing on every change of page is the point
  useEffect(() => setOpen(false), [pathname]);
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
            <WideOnly>
              <UserMenu />
            </WideOnly>
            <MenuButton>
              <Button
                variant="secondary"
                aria-expanded={open}
                aria-controls="site-menus"
                onClick={() => setOpen((value) => !value)}
              >
                {t('app.menu')}
              </Button>
            </MenuButton>
          </Tools>
        </Top>
        <Menus
          id="site-menus"
          $open={open}
          onKeyDown={(event) => {
            if (event.key !== 'Escape' || !open) return;
            setOpen(false);
            document.querySelector<HTMLElement>('[aria-controls="site-menus"]')?.focus();
          }}
        >
          <PrimaryNav />
          <NarrowOnly>
            <UserMenu />
          </NarrowOnly>
        </Menus>
      </Container>
    </Header>
  );
}
