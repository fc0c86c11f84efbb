import { styled } from 'styled-components';
import { ExternalLink, Heading, suomifiDesignTokens } from 'suomifi-ui-components';
import { pagePath } from '../../../../common/routes.js';
import type { OrganisationSummary } from '../../../../common/schemas/organisations.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { AppLink } from '../../ui/app-link.js';
import { LocalizedName } from '../regions/region-name.js';
import { definitionName, displayName, pickUserText, statusName, vocabularyText } from './labels.js';

const { colors, spacing, typography } = suomifiDesignTokens;

const List = styled.ul`
  margin: 0 0 ${spacing.l};
  padding: 0;
  list-style: none;

  &[aria-busy='true'] {
    opacity: 0.6;
  }
`;

const Item = styled.li`
  padding: ${spacing.m} 0;
  border-bottom: 1px solid ${colors.depthLight1};

  & p {
    margin: ${spacing.xxs} 0 0;
  }
`;

const Meta = styled.p`
  ${typography.bodyTextSmall};
  color: ${colors.blackBase};
`;

const Description = styled.p`
  max-width: 70ch;
`;

// The API cuts descriptions at this many characters; a cut one is shown as continuing.
const excerptLength = 280;

/**
 * An organisation's name as a link to its page: inside the app, or, for a directory shown inside
 * another site, to Kudos in a new tab, so that the reader keeps the site they were on.
 */
function NameLink({
  organisation: o,
  newTab,
}: {
  organisation: OrganisationSummary;
  newTab: boolean;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const to = pagePath('organisation', lang, { id: o.id });
  if (!newTab) return <AppLink to={to}>{displayName(o, lang)}</AppLink>;
  return (
    <ExternalLink
      href={to}
      toNewWindow
      labelNewWindow={t('networks.embed.newTab')}
      underline="initial"
    >
      {displayName(o, lang)}
    </ExternalLink>
  );
}

function Summary({
  organisation: o,
  headingLevel,
  newTab,
}: {
  organisation: OrganisationSummary;
  headingLevel: 'h3' | 'h4';
  newTab: boolean;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const description = pickUserText(o.description, lang);
  const kind = [
    o.legalForm && vocabularyText('legalForms', o.legalForm, lang),
    ...o.actorTypes.map((code) => vocabularyText('actorTypes', code, lang)),
  ].filter(Boolean);
  return (
    <Item>
      <Heading variant={headingLevel}>
        <NameLink organisation={o} newTab={newTab} />
      </Heading>
      <Meta>
        {o.municipality && <LocalizedName name={o.municipality.name} />}
        {o.municipality && o.region && ', '}
        {o.region && <LocalizedName name={o.region.name} />}
        {(o.municipality || o.region) && kind.length > 0 && ' · '}
        {kind.join(', ')}
        {o.family && ` (${vocabularyText('families', o.family, lang)})`}
        {o.status !== 'active' && ` · ${statusName(t, o.status)}`}
      </Meta>
      {o.meets.length > 0 && (
        <Meta>
          {t('directory.results.meets', {
            definitions: o.meets.map((id) => definitionName(t, id)).join(', '),
          })}
        </Meta>
      )}
      {description.text && (
        <Description lang={description.lang}>
          {description.text}
          {description.text.length >= excerptLength && '…'}
        </Description>
      )}
    </Item>
  );
}

interface ResultListProps {
  items: OrganisationSummary[];
  /** While the next result loads, the current one stays, dimmed and marked busy. */
  busy: boolean;
  /** The level of each organisation's heading: h3 under the directory's h2 (the default). */
  headingLevel?: 'h3' | 'h4';
  /** Names open the organisation's page in a new tab (a directory inside another site). */
  newTab?: boolean;
}

/** One page of organisations: name as a link, then place, kind and a short description. */
export function ResultList({ items, busy, headingLevel = 'h3', newTab = false }: ResultListProps) {
  return (
    <List aria-busy={busy}>
      {items.map((organisation) => (
        <Summary
          key={organisation.id}
          organisation={organisation}
          headingLevel={headingLevel}
          newTab={newTab}
        />
      ))}
    </List>
  );
}
