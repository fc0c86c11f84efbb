import { type Lang, pickText } from '../../../common/languages.js';
import type { PageId, PageParams } from '../../../common/routes.js';
import { pagePath } from '../../../common/routes.js';
import type { ProjectDetail } from '../../../common/schemas/projects.js';
import { isUuid } from '../../../common/uuid.js';
import type { Db } from '../../db/client.js';
import { excerpt, jsonLdScript } from '../../plugins/page-head.js';
import type { PageHead } from '../../plugins/web.js';
import { selectProject } from './repo.js';
import { publicDetail } from './service.js';

const localized = (t: { fi?: string | null; sv?: string | null; en?: string | null }, lang: Lang) =>
  pickText({ fi: t.fi ?? undefined, sv: t.sv ?? undefined, en: t.en ?? undefined }, lang).text;

/**
 * schema.org `Project` for a project page (https://schema.org/Project): its partners as `member`,
 * funders as `funder`, each an `Organization` linked to its own page.
 */
export function projectJsonLd(p: ProjectDetail, lang: Lang, baseUrl: string) {
  const org = (o: ProjectDetail['partners'][number]['organisation']) => ({
    '@type': 'Organization',
    '@id': `${baseUrl}${pagePath('organisation', 'fi', { id: o.id })}`,
    name: o.name,
  });
  const funders = p.partners.filter((x) => x.role === 'funder');
  const members = p.partners.filter((x) => x.role !== 'funder');
  const description = localized(p.description, lang);
  return {
    '@context': 'https://schema.org',
    '@type': 'Project',
    '@id': `${baseUrl}${pagePath('project', 'fi', { id: p.id })}`,
    url: `${baseUrl}${pagePath('project', lang, { id: p.id })}`,
    name: localized(p.title, lang),
    ...(description ? { description } : {}),
    ...(p.startDate ? { foundingDate: p.startDate } : {}),
    ...(p.endDate ? { dissolutionDate: p.endDate } : {}),
    ...(p.website ? { sameAs: p.website } : {}),
    ...(p.logoUrl ? { logo: `${baseUrl}${p.logoUrl}` } : {}),
    ...(p.eura?.code
      ? { identifier: { '@type': 'PropertyValue', propertyID: 'EURA', value: p.eura.code } }
      : {}),
    ...(members.length ? { member: members.map((m) => org(m.organisation)) } : {}),
    ...(funders.length ? { funder: funders.map((f) => org(f.organisation)) } : {}),
    ...(p.regions.length
      ? {
          areaServed: p.regions.map((r) => ({
            '@type': 'AdministrativeArea',
            name: localized(r.name, lang),
          })),
        }
      : p.national
        ? { areaServed: { '@type': 'Country', name: 'Finland' } }
        : {}),
  };
}

/**
 * The head of a project's page: 404 when no project has the id (in any state: a proposal is a page
 * for its proposer), and the title, description and JSON-LD of a published one.
 */
export async function projectHead(
  db: Db,
  baseUrl: string,
  page: { page: PageId; lang: Lang; params: PageParams },
): Promise<PageHead | undefined> {
  if (page.page !== 'project' && page.page !== 'projectEdit' && page.page !== 'projectHistory') {
    return undefined;
  }
  const id = page.params.id ?? '';
  const row = isUuid(id) ? await selectProject(db, id) : undefined;
  if (!row) return { status: 404 };
  if (page.page !== 'project') return {};
  const p = await publicDetail(db, row);
  if (!p) return {};
  const description = localized(p.description, page.lang);
  return {
    title: localized(p.title, page.lang),
    ...(description ? { description: excerpt(description) } : {}),
    head: jsonLdScript(projectJsonLd(p, page.lang, baseUrl)),
  };
}
