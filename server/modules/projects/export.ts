import type { Readable } from 'node:stream';
import type { Lang } from '../../../common/languages.js';
import { pickText } from '../../../common/languages.js';
import { vocabularyLabel } from '../../../common/organisations.js';
import { pagePath } from '../../../common/routes.js';
import type { ProjectSearchQuery } from '../../../common/schemas/projects.js';
import type { Db } from '../../db/client.js';
import { type ExportFormat, exportStream } from '../../export/table.js';
import { regionNames } from '../regions/service.js';
import { projectLabel as label } from './labels.js';
import * as repo from './repo.js';
import { searchProjectIds } from './search.js';

/** Most projects one export gives (ten times the scale planned for). */
export const projectExportLimit = 100_000;

type Texts = Record<Lang, string>;

/** Headings of the export for people, by column. */
const headings = {
  titleFi: { fi: 'Nimi suomeksi', sv: 'Namn på finska', en: 'Title in Finnish' },
  titleSv: { fi: 'Nimi ruotsiksi', sv: 'Namn på svenska', en: 'Title in Swedish' },
  titleEn: { fi: 'Nimi englanniksi', sv: 'Namn på engelska', en: 'Title in English' },
  status: { fi: 'Tila', sv: 'Status', en: 'Status' },
  startDate: { fi: 'Alkaa', sv: 'Börjar', en: 'Starts' },
  endDate: { fi: 'Päättyy', sv: 'Slutar', en: 'Ends' },
  fundingProgramme: { fi: 'Rahoitusohjelma', sv: 'Finansieringsprogram', en: 'Funding programme' },
  budget: { fi: 'Budjetti (€)', sv: 'Budget (€)', en: 'Budget (€)' },
  publicFunding: {
    fi: 'Julkinen rahoitus (€)',
    sv: 'Offentlig finansiering (€)',
    en: 'Public funding (€)',
  },
  regions: { fi: 'Maakunnat', sv: 'Landskap', en: 'Regions' },
  lead: { fi: 'Päätoteuttaja', sv: 'Huvudgenomförare', en: 'Lead organisation' },
  partners: { fi: 'Kumppanit', sv: 'Partner', en: 'Partners' },
  goals: { fi: 'Ohjelman tavoitteet', sv: 'Programmets mål', en: 'Programme goals' },
  themes: { fi: 'Teemat', sv: 'Teman', en: 'Themes' },
  sdgGoals: {
    fi: 'Kestävän kehityksen tavoitteet',
    sv: 'Mål för hållbar utveckling',
    en: 'Sustainable Development Goals',
  },
  website: { fi: 'Verkkosivut', sv: 'Webbplats', en: 'Website' },
  euraCode: { fi: 'EURA-hankekoodi', sv: 'EURA-projektkod', en: 'EURA project code' },
  updatedAt: { fi: 'Päivitetty', sv: 'Uppdaterad', en: 'Updated' },
  page: { fi: 'Kudos-sivu', sv: 'Kudos-sida', en: 'Kudos page' },
  id: { fi: 'Kudos-tunniste', sv: 'Kudos-id', en: 'Kudos ID' },
} satisfies Record<string, Texts>;
type PeopleColumn = keyof typeof headings;
const nationalWords: Texts = { fi: 'Koko Suomi', sv: 'Hela Finland', en: 'All of Finland' };
const peopleColumns = Object.keys(headings) as PeopleColumn[];

/** The columns of CSV and JSON exports for programs, in order. */
const columns = [
  'id',
  'url',
  'titleFi',
  'titleSv',
  'titleEn',
  'status',
  'startDate',
  'endDate',
  'fundingProgramme',
  'budget',
  'publicFunding',
  'regions',
  'national',
  'leadId',
  'partners',
  'goals',
  'themes',
  'sdgGoals',
  'website',
  'euraCode',
  'euraPriority',
  'euraSpecificObjective',
  'euraAuthority',
  'updatedAt',
] as const;

export const fileWords = {
  machine: 'projects',
  people: { fi: 'hankkeet', sv: 'projekt', en: 'projects' } satisfies Texts,
};

type Row = repo.ProjectRow & {
  names: Map<string, string>;
  regionNames: Map<string, { fi: string; sv?: string; en?: string }>;
};

/** The matching projects in the list's order, a hundred rows at a time with their names. */
async function* rows(db: Db, q: ProjectSearchQuery): AsyncGenerator<Row> {
  const ids = await searchProjectIds(db, q, projectExportLimit);
  for (let at = 0; at < ids.length; at += 100) {
    const full = await repo.selectProjects(db, ids.slice(at, at + 100));
    const orgs = await repo.selectOrganisationRefs(db, [
      ...new Set(full.flatMap((r) => r.data.partners.map((p) => p.organisationId))),
    ]);
    const names = new Map(orgs.filter((o) => o.state === 'published').map((o) => [o.id, o.name]));
    const places = await regionNames(
      db,
      full.flatMap((r) => r.regionCodes),
    );
    for (const row of full) yield { ...row, names, regionNames: places };
  }
}

/** Streams the projects a list shows, in the format asked for. */
export function exportProjects(
  db: Db,
  q: ProjectSearchQuery,
  format: ExportFormat,
  lang: Lang,
  baseUrl: string,
  delimiter: ',' | ';',
): Readable {
  const url = (id: string) => `${baseUrl}${pagePath('project', lang, { id })}`;
  return exportStream(
    {
      rows: rows(db, q),
      columns,
      record: (r) => {
        const d = r.data;
        return {
          id: r.id,
          url: url(r.id),
          titleFi: d.title.fi,
          titleSv: d.title.sv ?? null,
          titleEn: d.title.en ?? null,
          status: d.status,
          startDate: d.startDate,
          endDate: d.endDate,
          fundingProgramme: d.fundingProgramme,
          budget: d.budget,
          publicFunding: d.publicFunding,
          regions: d.regions.join(';'),
          national: d.national ? 'true' : 'false',
          leadId: r.leadOrganisationId,
          partners: d.partners.map((p) => `${p.organisationId}:${p.role}`).join(';'),
          goals: d.goals.join(';'),
          themes: d.themes.join(';'),
          sdgGoals: d.sdgGoals.join(';'),
          website: d.website,
          euraCode: d.eura?.code ?? null,
          euraPriority: d.eura?.priority ?? null,
          euraSpecificObjective: d.eura?.specificObjective ?? null,
          euraAuthority: d.eura?.authority ?? null,
          updatedAt: r.updatedAt.toISOString(),
        };
      },
      peopleColumns: peopleColumns.map((key) => ({ key, header: headings[key][lang] })),
      peopleRecord: (r) => {
        const d = r.data;
        const named = (id: string) => r.names.get(id) ?? '';
        const lead = d.partners.find((p) => p.role === 'lead');
        return {
          titleFi: d.title.fi,
          titleSv: d.title.sv ?? null,
          titleEn: d.title.en ?? null,
          status: label(lang, 'statuses', d.status),
          startDate: d.startDate ? new Date(`${d.startDate}T12:00:00Z`) : null,
          endDate: d.endDate ? new Date(`${d.endDate}T12:00:00Z`) : null,
          fundingProgramme: d.fundingProgramme ? label(lang, 'funding', d.fundingProgramme) : null,
          budget: d.budget,
          publicFunding: d.publicFunding,
          regions: d.national
            ? nationalWords[lang]
            : d.regions
                .map((c) => {
                  const n = r.regionNames.get(c);
                  return n ? pickText(n, lang).text : c;
                })
                .join('; '),
          lead: lead ? named(lead.organisationId) : null,
          partners: d.partners
            .filter((p) => r.names.has(p.organisationId))
            .map((p) => `${named(p.organisationId)} (${label(lang, 'roles', p.role)})`)
            .join('; '),
          goals: d.goals.join('; '),
          themes: d.themes.map((c) => vocabularyLabel('themes', c, lang)).join('; '),
          sdgGoals: d.sdgGoals.join('; '),
          website: d.website,
          euraCode: d.eura?.code ?? null,
          updatedAt: r.updatedAt,
          page: url(r.id),
          id: r.id,
        };
      },
      dateColumns: ['startDate', 'endDate', 'updatedAt'],
    },
    format,
    lang,
    delimiter,
  );
}
