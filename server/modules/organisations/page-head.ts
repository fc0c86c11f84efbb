import type { Lang } from '../../../common/languages.js';
import type { PageId, PageParams } from '../../../common/routes.js';
import type { Db } from '../../db/client.js';
import { jsonLdScript, organisationJsonLd } from './json-ld.js';
import { getOrganisation } from './service.js';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The JSON-LD of a published organisation's page, rendered into the page by the server. */
export async function organisationHead(
  db: Db,
  baseUrl: string,
  page: { page: PageId; lang: Lang; params: PageParams },
): Promise<string | undefined> {
  if (page.page !== 'organisation' || !uuid.test(page.params.id ?? '')) return undefined;
  const org = await getOrganisation(db, null, page.params.id as string).catch(() => undefined);
  return org ? jsonLdScript(organisationJsonLd(org, page.lang, baseUrl)) : undefined;
}
