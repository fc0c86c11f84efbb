import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { styled } from 'styled-components';
import { Heading, Link, suomifiDesignTokens } from 'suomifi-ui-components';
import { pickText } from '../../../../common/languages.js';
import { pagePath } from '../../../../common/routes.js';
import type { OrganisationDetail } from '../../../../common/schemas/organisations.js';
import { useLang } from '../../i18n/use-lang.js';
import { AppLink } from '../../ui/app-link.js';
import { LocalizedName } from '../regions/region-name.js';
import { industrySectionsQuery, sdgGoalsQuery } from './api.js';
import { useDateFormat } from './dates.js';
import { displayName, localized, pickDescription, statusName, vocabularyText } from './labels.js';

const { spacing } = suomifiDesignTokens;

const List = styled.dl`
  display: grid;
  grid-template-columns: minmax(10rem, max-content) minmax(0, 1fr);
  gap: ${spacing.xs} ${spacing.l};
  margin: 0 0 ${spacing.m};

  & dt {
    font-weight: 600;
  }

  & dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  & dd ul {
    margin: 0;
    padding-left: ${spacing.m};
  }

  @media (max-width: 40rem) {
    grid-template-columns: 1fr;

    & dd {
      margin-bottom: ${spacing.s};
    }
  }
`;

// Paragraphs of a description are kept as the organisation wrote them.
const Text = styled.dd`
  white-space: pre-line;
  max-width: 70ch;
`;

function Fact({ term, children, lang }: { term: string; children: ReactNode; lang?: string }) {
  return (
    <>
      <dt>{term}</dt>
      <dd lang={lang}>{children}</dd>
    </>
  );
}

/** Only web addresses are links; anything else (javascript:, data:) stays text. */
function isWebAddress(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

function Recognitions({ items }: { items: OrganisationDetail['recognitions'] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const formatDate = useDateFormat();
  const period = (since: string | null, until: string | null) => {
    if (since && until)
      return t('organisation.facts.recognitionPeriod', {
        since: formatDate(since),
        until: formatDate(until),
      });
    if (since) return t('organisation.facts.recognitionSince', { date: formatDate(since) });
    if (until) return t('organisation.facts.recognitionUntil', { date: formatDate(until) });
    return '';
  };
  return (
    <ul>
      {items.map((r) => {
        const when = period(r.since, r.validUntil);
        return (
          <li key={`${r.type}-${r.since}-${r.validUntil}`}>
            {vocabularyText('recognitions', r.type, lang)}
            {when && ` (${when})`}
          </li>
        );
      })}
    </ul>
  );
}

function useReferenceNames(o: OrganisationDetail) {
  const lang = useLang();
  const sections = useQuery({
    ...industrySectionsQuery(lang),
    enabled: Boolean(o.industrySection),
  });
  const sdgs = useQuery({ ...sdgGoalsQuery(lang), enabled: o.sdgGoals.length > 0 });
  const section = sections.data?.items.find((s) => s.code === o.industrySection);
  const sdgName = (n: number) => {
    const goal = sdgs.data?.items.find((g) => g.n === n);
    return goal ? localized(goal.name, lang) : undefined;
  };
  return { section: section ? localized(section.name, lang) : undefined, sdgName };
}

/** Everything known about the organisation, as term and value; what is not known is left out. */
export function OrganisationFacts({ organisation: o }: { organisation: OrganisationDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { section, sdgName } = useReferenceNames(o);
  const description = pickDescription(o.description, lang);
  const list = (name: 'actorTypes' | 'themes' | 'targetGroups', codes: string[]) =>
    codes.map((code) => vocabularyText(name, code, lang)).join(', ');
  // A Finnish postal address: street, then the postal code with its town (the municipality, in
  // the page language where it has a name in it).
  const town = o.municipality ? pickText(o.municipality.name, lang).text : undefined;
  const postal = [o.postalCode, o.postalCode || o.streetAddress ? town : undefined]
    .filter(Boolean)
    .join(' ');
  const address = [o.streetAddress, postal].filter(Boolean).join(', ');

  return (
    <>
      <Heading variant="h2" mb="m">
        {t('organisation.facts.heading')}
      </Heading>
      <List>
        {displayName(o, lang) !== o.name && (
          <Fact term={t('organisation.facts.name')}>{o.name}</Fact>
        )}
        {o.nameSv && (
          <Fact term={t('organisation.facts.nameSv')} lang="sv">
            {o.nameSv}
          </Fact>
        )}
        {o.nameEn && (
          <Fact term={t('organisation.facts.nameEn')} lang="en">
            {o.nameEn}
          </Fact>
        )}
        {o.businessId && <Fact term={t('organisation.facts.businessId')}>{o.businessId}</Fact>}
        {o.legalForm && (
          <Fact term={t('organisation.facts.legalForm')}>
            {vocabularyText('legalForms', o.legalForm, lang)}
          </Fact>
        )}
        {o.family && (
          <Fact term={t('organisation.facts.family')}>
            {vocabularyText('families', o.family, lang)}
          </Fact>
        )}
        {o.actorTypes.length > 0 && (
          <Fact term={t('organisation.facts.actorTypes')}>{list('actorTypes', o.actorTypes)}</Fact>
        )}
        {o.municipality && (
          <Fact term={t('organisation.facts.municipality')}>
            <LocalizedName name={o.municipality.name} />
          </Fact>
        )}
        {o.region && (
          <Fact term={t('organisation.facts.region')}>
            <AppLink to={pagePath('region', lang, { code: o.region.code })}>
              <LocalizedName name={o.region.name} />
            </AppLink>
          </Fact>
        )}
        {address && <Fact term={t('organisation.facts.address')}>{address}</Fact>}
        {o.website && (
          <Fact term={t('organisation.facts.website')}>
            {isWebAddress(o.website) ? (
              <Link href={o.website} rel="noopener nofollow" underline="initial">
                {o.website}
              </Link>
            ) : (
              o.website
            )}
          </Fact>
        )}
        {o.email && (
          <Fact term={t('organisation.facts.email')}>
            <Link href={`mailto:${o.email}`} underline="initial">
              {o.email}
            </Link>
          </Fact>
        )}
        {o.phone && (
          <Fact term={t('organisation.facts.phone')}>
            <Link href={`tel:${o.phone.replace(/[^\d+]/g, '')}`} underline="initial">
              {o.phone}
            </Link>
          </Fact>
        )}
        {description.text && (
          <>
            <dt>{t('organisation.facts.description')}</dt>
            <Text lang={description.lang}>{description.text}</Text>
          </>
        )}
        {o.industry && (
          <Fact term={t('organisation.facts.industry')}>
            {o.industrySection}
            {section && (
              <>
                {' '}
                <span lang={section.lang}>{section.text}</span>
              </>
            )}
            {o.industry.code !== o.industrySection &&
              ` (${t('organisation.facts.industryCode', { code: o.industry.code })})`}
          </Fact>
        )}
        {o.icnpSection && (
          <Fact term={t('organisation.facts.icnp')}>
            {vocabularyText('icnpSections', o.icnpSection, lang)}
          </Fact>
        )}
        {o.themes.length > 0 && (
          <Fact term={t('organisation.facts.themes')}>{list('themes', o.themes)}</Fact>
        )}
        {o.sdgGoals.length > 0 && (
          <Fact term={t('organisation.facts.sdgGoals')}>
            <ul>
              {[...o.sdgGoals]
                .sort((a, b) => a - b)
                .map((n) => {
                  const name = sdgName(n);
                  return (
                    <li key={n}>
                      {n}
                      {name && (
                        <>
                          {' '}
                          <span lang={name.lang}>{name.text}</span>
                        </>
                      )}
                    </li>
                  );
                })}
            </ul>
          </Fact>
        )}
        {o.targetGroups.length > 0 && (
          <Fact term={t('organisation.facts.targetGroups')}>
            {list('targetGroups', o.targetGroups)}
          </Fact>
        )}
        {o.foundedYear !== null && (
          <Fact term={t('organisation.facts.founded')}>{o.foundedYear}</Fact>
        )}
        <Fact term={t('organisation.facts.status')}>{statusName(t, o.status)}</Fact>
        {o.recognitions.length > 0 && (
          <Fact term={t('organisation.facts.recognitions')}>
            <Recognitions items={o.recognitions} />
          </Fact>
        )}
      </List>
    </>
  );
}
