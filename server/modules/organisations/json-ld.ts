import type { Lang } from '../../../common/languages.js';
import { pickText } from '../../../common/languages.js';
import { pagePath } from '../../../common/routes.js';
import type { OrganisationDetail } from '../../../common/schemas/organisations.js';

/**
 * schema.org `Organization` for an organisation page, so that search engines and linked-data
 * harvesters read the same facts as people (https://schema.org/Organization).
 */
export function organisationJsonLd(o: OrganisationDetail, lang: Lang, baseUrl: string) {
  const description = pickText(
    {
      fi: o.description.fi ?? undefined,
      sv: o.description.sv ?? undefined,
      en: o.description.en ?? undefined,
    },
    lang,
  ).text;
  const alternateName = [o.nameSv, o.nameEn].filter((n): n is string => Boolean(n));
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    '@id': `${baseUrl}${pagePath('organisation', 'fi', { id: o.id })}`,
    url: `${baseUrl}${pagePath('organisation', lang, { id: o.id })}`,
    name: o.name,
    ...(alternateName.length ? { alternateName } : {}),
    ...(o.businessId
      ? { identifier: { '@type': 'PropertyValue', propertyID: 'FI:Y-tunnus', value: o.businessId } }
      : {}),
    ...(description ? { description } : {}),
    ...(o.website ? { sameAs: o.website } : {}),
    ...(o.email ? { email: o.email } : {}),
    ...(o.phone ? { telephone: o.phone } : {}),
    ...(o.foundedYear ? { foundingDate: String(o.foundedYear) } : {}),
    ...(o.logoUrl ? { logo: `${baseUrl}${o.logoUrl}` } : {}),
    ...(o.municipality
      ? {
          address: {
            '@type': 'PostalAddress',
            ...(o.streetAddress ? { streetAddress: o.streetAddress } : {}),
            ...(o.postalCode ? { postalCode: o.postalCode } : {}),
            addressLocality: pickText(o.municipality.name, lang).text,
            ...(o.region ? { addressRegion: pickText(o.region.name, lang).text } : {}),
            addressCountry: 'FI',
          },
        }
      : {}),
  };
}
