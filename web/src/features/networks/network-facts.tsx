import { styled } from 'styled-components';
import { Link, Paragraph, suomifiDesignTokens } from 'suomifi-ui-components';
import { pickText } from '../../../../common/languages.js';
import { pagePath } from '../../../../common/routes.js';
import type { NetworkDetail } from '../../../../common/schemas/networks.js';
import { useDateFormat, useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { AppLink } from '../../ui/app-link.js';
import { Fact, FactList, isWebAddress } from '../../ui/facts.js';
import { displayName, pickUserText } from '../organisations/labels.js';

const { colors, spacing, typography } = suomifiDesignTokens;

/** A long text with its paragraphs kept as written. */
const Prose = styled.p`
  margin: 0;
  max-width: 70ch;
  white-space: pre-line;
`;

const Notice = styled.p`
  margin: 0 0 ${spacing.xs};
  ${typography.bodyTextSmall};
  color: ${colors.blackBase};
  font-style: italic;
`;

/** What the network is and who runs it, as term and value; what is not known is left out. */
export function NetworkFacts({ network: n }: { network: NetworkDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const formatDate = useDateFormat();
  const description = pickUserText(n.description, lang);
  const where = n.regions.map((r) => pickText(r.name, lang).text).join(', ');
  return (
    <>
      <FactList>
        <Fact term={t('networks.facts.kind')}>{t(`networks.kinds.${n.kind}`)}</Fact>
        <Fact term={t('networks.facts.regions')}>{where || t('networks.facts.noRegions')}</Fact>
        {description.text && (
          <Fact term={t('networks.facts.description')}>
            {/* Said in the page's language, so that the reader knows why the text is not. */}
            {description.lang && (
              <Notice>
                {t('networks.facts.untranslated', {
                  language: t(`languageNames.${description.lang}`),
                })}
              </Notice>
            )}
            <Prose lang={description.lang}>{description.text}</Prose>
          </Fact>
        )}
        {n.coordinators.length > 0 && (
          <Fact term={t('networks.facts.coordinators')}>
            <ul>
              {n.coordinators.map((c) => (
                <li key={c.id}>
                  <AppLink to={pagePath('organisation', lang, { id: c.id })}>
                    {displayName(c, lang)}
                  </AppLink>
                </li>
              ))}
            </ul>
          </Fact>
        )}
        <Fact term={t('networks.facts.members')}>
          {t('networks.memberCount', { count: n.memberCount })}
        </Fact>
        {n.website && (
          <Fact term={t('networks.facts.website')}>
            {isWebAddress(n.website) ? <Link href={n.website}>{n.website}</Link> : n.website}
          </Fact>
        )}
        {n.contact && (n.contact.name || n.contact.email) && (
          <Fact term={t('networks.facts.contact')}>
            {n.contact.name}
            {n.contact.name && n.contact.email && ', '}
            {n.contact.email && <Link href={`mailto:${n.contact.email}`}>{n.contact.email}</Link>}
          </Fact>
        )}
      </FactList>
      <Paragraph>{t('networks.facts.updatedAt', { date: formatDate(n.updatedAt) })}</Paragraph>
    </>
  );
}
