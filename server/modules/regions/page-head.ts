import { type Lang, pickText } from '../../../common/languages.js';
import type { PageId, PageParams } from '../../../common/routes.js';
import type { Db } from '../../db/client.js';
import type { PageHead } from '../../plugins/web.js';
import { selectRegions } from './repo.js';

/** The head of a region's page: 404 when there is no region with the code. */
export async function regionHead(
  db: Db,
  page: { page: PageId; lang: Lang; params: PageParams },
): Promise<PageHead | undefined> {
  if (page.page !== 'region') return undefined;
  const code = page.params.code ?? '';
  if (!/^\d{2}$/.test(code)) return { status: 404 };
  const [row] = await selectRegions(db, code);
  return row ? { title: pickText(row.name, page.lang).text } : { status: 404 };
}
