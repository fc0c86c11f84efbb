import { useQuery } from '@tanstack/react-query';
import { Heading, Link } from 'suomifi-ui-components';
import { pickText } from '../../../../common/languages.js';
import { pagePath } from '../../../../common/routes.js';
import type { OrganisationDetail } from '../../../../common/schemas/organisations.js';
import { useDateFormat, useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { AppLink } from '../../ui/app-link.js';
import { Fact, FactList, FactText, isWebAddress } from '../../ui/facts.js';
import { LocalizedName } from '../regions/region-name.js';
import { industrySectionsQuery, sdgGoalsQuery } from './api.js';
import { displayName, localized, pickUserText, statusName, vocabularyText } from './labels.js';

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
  const description = pickUserText(o.description, lang);
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
      <FactList>
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
            <FactText lang={description.lang}>{description.text}</FactText>
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
      </FactList>
    </>
  );
}
