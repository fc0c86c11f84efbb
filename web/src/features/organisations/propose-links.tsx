import { useId } from 'react';
import { styled } from 'styled-components';
import { Heading, Paragraph, suomifiDesignTokens } from 'suomifi-ui-components';
import { pagePath } from '../../../../common/routes.js';
import type { OrganisationSearchResult } from '../../../../common/schemas/organisations.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { AppLink } from '../../ui/app-link.js';
import { useMe } from '../auth/use-me.js';
import { type DirectoryState, hasFilters } from './search-state.js';

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

const Aside = styled.section`
  margin-top: ${suomifiDesignTokens.spacing.l};
`;

interface ProposeMissingProps {
  state: DirectoryState;
  /** The directory's result: an empty registry says the same in its own words, so nothing here. */
  result: OrganisationSearchResult | undefined;
}

/**
 * "Is your organisation missing?" after the results, so that someone who did not find their
 * organisation sees the way to propose it without the results moving down on a phone.
 */
export function ProposeMissing({ state, result }: ProposeMissingProps) {
  const { t } = useTranslation();
  const headingId = useId();
  if (!result || (result.total === 0 && !state.q && !hasFilters(state))) return null;
  return (
    <Aside aria-labelledby={headingId}>
      <Heading variant="h2" id={headingId} mb="s">
        {t('home.proposeHeading')}
      </Heading>
      <Paragraph mb="s">{t('home.proposeText')}</Paragraph>
      <ProposeLinks />
    </Aside>
  );
}
