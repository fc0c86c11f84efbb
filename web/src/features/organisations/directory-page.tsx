import { styled } from 'styled-components';
import { Paragraph, suomifiDesignTokens } from 'suomifi-ui-components';
import { pagePath } from '../../../../common/routes.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { AppLink } from '../../ui/app-link.js';
import { Breadcrumbs } from '../../ui/breadcrumbs.js';
import { KeepFocusHeading } from '../../ui/keep-focus-heading.js';
import { PageTitle } from '../../ui/page-title.js';
import { useMe } from '../auth/use-me.js';
import { EmbedSnippet } from '../networks/embed-snippet.js';
import { DirectorySearch, useDirectoryState } from './directory-search.js';
import { searchParamsOf } from './search-state.js';

const { spacing } = suomifiDesignTokens;

/** The introduction, in a smaller type on a phone so that the search starts higher. */
const Intro = styled.div`
  @media (max-width: 40rem) {
    & p {
      font-size: 16px;
      line-height: 1.5;
    }
  }
`;

const Links = styled.ul`
  display: flex;
  flex-wrap: wrap;
  gap: ${spacing.s} ${spacing.l};
  margin: 0 0 ${spacing.l};
  padding: 0;
  list-style: none;
`;

/** Links for those who may add organisations: propose one, or (moderators) import a file. */
function AddLinks() {
  const { t } = useTranslation();
  const lang = useLang();
  const me = useMe();
  if (!me.data) return null;
  return (
    <Links>
      <li>
        <AppLink to={pagePath('organisationNew', lang)}>{t('directory.propose')}</AppLink>
      </li>
      {me.data.permissions.moderate && (
        <li>
          <AppLink to={pagePath('organisationImport', lang)}>{t('directory.import')}</AppLink>
        </li>
      )}
    </Links>
  );
}

/** The public directory of organisations: text search, filters, sorting and pages, all in the URL. */
export function DirectoryPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const state = useDirectoryState();
  const title = t('directory.title');
  // What another site shows of this search: its filters, from the first page, in the list view.
  const search = searchParamsOf(state, { page: false });
  const embedPath = `${pagePath('directoryEmbed', lang)}${search ? `?${search}` : ''}`;
  return (
    <>
      <PageTitle page={title} />
      <Breadcrumbs
        items={[{ label: t('nav.home'), to: pagePath('home', lang) }, { label: title }]}
      />
      <KeepFocusHeading>{title}</KeepFocusHeading>
      <Intro>
        <Paragraph mb="m">{t('directory.intro')}</Paragraph>
      </Intro>
      <AddLinks />
      <DirectorySearch />
      <EmbedSnippet
        path={embedPath}
        frameTitle={t('networks.embed.directoryTitle')}
        buttonText={t('networks.embed.searchButton')}
        intro={t('networks.embed.searchIntro')}
      />
    </>
  );
}
