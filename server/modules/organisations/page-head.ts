import { type Lang, pickText } from '../../../common/languages.js';
import type { PageId, PageParams } from '../../../common/routes.js';
import { isUuid } from '../../../common/uuid.js';
import type { Db } from '../../db/client.js';
import { excerpt, jsonLdScript } from '../../plugins/page-head.js';
import type { PageHead } from '../../plugins/web.js';
import { organisationJsonLd } from './json-ld.js';
import { selectOrganisation } from './repo.js';
import { publicDetail } from './service.js';

/** Pages that show one organisation by its id. */
const organisationPages = new Set<PageId>([
  'organisation',
  'organisationEdit',
  'organisationHistory',
  'organisationMembers',
]);

/**
 * The head of an organisation's pages: 404 when no organisation has the id (in any state: a
 * proposal is a page for its proposer), and the JSON-LD of a published one on its public page.
 */
export async function organisationHead(
  db: Db,
  baseUrl: string,
  page: { page: PageId; lang: Lang; params: PageParams },
): Promise<PageHead | undefined> {
  if (!organisationPages.has(page.page)) return undefined;
  const id = page.params.id ?? '';
  const row = isUuid(id) ? await selectOrganisation(db, id) : undefined;
  if (!row) return { status: 404 };
  if (page.page !== 'organisation') return {};
  const org = publicDetail(row);
  if (!org) return {};
  const name =
    (page.lang === 'sv' ? org.nameSv : page.lang === 'en' ? org.nameEn : undefined) || org.name;
  const d = org.description;
  const description = pickText(
    { fi: d.fi ?? undefined, sv: d.sv ?? undefined, en: d.en ?? undefined },
    page.lang,
  ).text;
  return {
    title: name,
    ...(description ? { description: excerpt(description) } : {}),
    head: jsonLdScript(organisationJsonLd(org, page.lang, baseUrl)),
  };
}
