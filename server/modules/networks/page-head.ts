import { type Lang, pickText } from '../../../common/languages.js';
import type { PageId, PageParams } from '../../../common/routes.js';
import { pagePath } from '../../../common/routes.js';
import type { NetworkDetail } from '../../../common/schemas/networks.js';
import { isUuid } from '../../../common/uuid.js';
import type { Db } from '../../db/client.js';
import { excerpt, jsonLdScript } from '../../plugins/page-head.js';
import type { PageHead } from '../../plugins/web.js';
import { selectNetwork } from './repo.js';
import { publicDetail } from './service.js';

const localized = (t: { fi?: string | null; sv?: string | null; en?: string | null }, lang: Lang) =>
  pickText({ fi: t.fi ?? undefined, sv: t.sv ?? undefined, en: t.en ?? undefined }, lang).text;

/**
 * schema.org for a network page: an `Organization` (a network is one in schema.org's sense),
 * its coordinating members as `member` organisations linked to their own pages.
 */
export function networkJsonLd(n: NetworkDetail, lang: Lang, baseUrl: string) {
  const description = localized(n.description, lang);
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    '@id': `${baseUrl}${pagePath('network', 'fi', { id: n.id })}`,
    url: `${baseUrl}${pagePath('network', lang, { id: n.id })}`,
    name: localized(n.name, lang),
    ...(description ? { description } : {}),
    ...(n.website ? { sameAs: n.website } : {}),
    ...(n.coordinators.length
      ? {
          member: n.coordinators.map((o) => ({
            '@type': 'Organization',
            '@id': `${baseUrl}${pagePath('organisation', 'fi', { id: o.id })}`,
            name: o.name,
          })),
        }
      : {}),
    ...(n.regions.length
      ? {
          areaServed: n.regions.map((r) => ({
            '@type': 'AdministrativeArea',
            name: localized(r.name, lang),
          })),
        }
      : {}),
  };
}

const networkPages: readonly PageId[] = [
  'network',
  'networkEdit',
  'networkHistory',
  'networkEmbed',
];

/**
 * The head of a network's pages: 404 when no network has the id, and the name, description and
 * JSON-LD of a published one on its page (its embed page gets the name only).
 */
export async function networkHead(
  db: Db,
  baseUrl: string,
  page: { page: PageId; lang: Lang; params: PageParams },
): Promise<PageHead | undefined> {
  if (!networkPages.includes(page.page)) return undefined;
  const id = page.params.id ?? '';
  const row = isUuid(id) ? await selectNetwork(db, id) : undefined;
  if (!row) return { status: 404 };
  const n = await publicDetail(db, row);
  if (!n || (page.page !== 'network' && page.page !== 'networkEmbed')) return {};
  const title = localized(n.name, page.lang);
  if (page.page === 'networkEmbed') return { title };
  const description = localized(n.description, page.lang);
  return {
    title,
    ...(description ? { description: excerpt(description) } : {}),
    head: jsonLdScript(networkJsonLd(n, page.lang, baseUrl)),
  };
}
