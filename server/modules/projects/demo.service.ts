// The projects of the demo registry (`npm run demo:load`): made up, led by and partnered with demo
// organisations, written through the same repository functions as real ones and marked `demo`.
import { count, eq } from 'drizzle-orm';
import { type ProjectData, projectDataSchema } from '../../../common/schemas/projects.js';
import type { Db } from '../../db/client.js';
import { organisation, project } from '../../db/schema/index.js';
import { helsinkiDate } from '../../export/dates.js';
import { chooser, random } from '../../synthetic.js';
import * as repo from './repo.js';
import { diffProject } from './service.js';

export const demoProjectCount = 60;

const dayMs = 24 * 60 * 60 * 1000;

// Title parts in three languages: what the project develops, and for whom or where.
const subjects = [
  { fi: 'Työllistymisen polut', sv: 'Vägar till arbete', en: 'Pathways to work' },
  {
    fi: 'Yhteiskunnallisen yrittäjyyden valmennus',
    sv: 'Coachning i socialt företagande',
    en: 'Social entrepreneurship coaching',
  },
  {
    fi: 'Kiertotalouden työpajat',
    sv: 'Verkstäder för cirkulär ekonomi',
    en: 'Circular economy workshops',
  },
  { fi: 'Vaikuttavuuden mittaaminen', sv: 'Mätning av samhällseffekter', en: 'Measuring impact' },
  { fi: 'Osuuskuntien kasvu', sv: 'Andelslagens tillväxt', en: 'Growing cooperatives' },
  {
    fi: 'Sosiaaliset innovaatiot arkeen',
    sv: 'Sociala innovationer i vardagen',
    en: 'Social innovations in everyday life',
  },
  {
    fi: 'Osatyökykyisten osaaminen',
    sv: 'Kompetens för personer med partiell arbetsförmåga',
    en: 'Skills for people with partial work ability',
  },
  {
    fi: 'Yhteisötalouden verkosto',
    sv: 'Nätverk för social ekonomi',
    en: 'Social economy network',
  },
] as const;
const suffixes = [
  { fi: 'nuorille', sv: 'för unga', en: 'for young people' },
  { fi: 'maaseudulle', sv: 'på landsbygden', en: 'in the countryside' },
  { fi: 'kaupunkeihin', sv: 'i städerna', en: 'in cities' },
  { fi: 'maahan muuttaneille', sv: 'för invandrare', en: 'for immigrants' },
  { fi: 'pienyrityksille', sv: 'för små företag', en: 'for small businesses' },
] as const;
const fundings: ProjectData['fundingProgramme'][] = [
  'esf_plus',
  'esf_plus',
  'erdf',
  'interreg',
  'erasmus_plus',
  'national',
  'municipal',
  'foundation',
];

interface DemoOrganisation {
  id: string;
  regionCode: string | null;
}

/** Made-up projects over the demo organisations, the same every time (seeded). */
export function generateDemoProjects(orgs: DemoOrganisation[], n: number, now: Date) {
  const rnd = random(2026_12);
  const c = chooser(rnd);
  const byRegion = new Map<string, DemoOrganisation[]>();
  for (const o of orgs) {
    if (!o.regionCode) continue;
    byRegion.set(o.regionCode, [...(byRegion.get(o.regionCode) ?? []), o]);
  }
  const items: { data: ProjectData; ageDays: number }[] = [];
  for (let i = 0; i < n; i++) {
    const lead = c.pick(orgs);
    const national = lead.regionCode === null || c.chance(0.15);
    const near = lead.regionCode ? (byRegion.get(lead.regionCode) ?? []) : orgs;
    const others = new Set<string>();
    const partnerCount = c.between(0, 4);
    for (let k = 0; k < partnerCount * 3 && others.size < partnerCount; k++) {
      const o = c.chance(0.7) && near.length > 1 ? c.pick(near) : c.pick(orgs);
      if (o.id !== lead.id) others.add(o.id);
    }
    const roles = ['partner', 'co_implementer', 'funder'] as const;
    // Starts from four years ago to a year ahead; lasts one to three years.
    const start = new Date(now.getTime() - c.between(-365, 4 * 365) * dayMs);
    const end = new Date(start.getTime() + c.between(365, 3 * 365) * dayMs);
    const startDate = helsinkiDate(start);
    const endDate = helsinkiDate(end);
    const today = helsinkiDate(now);
    const status = startDate > today ? 'planned' : endDate < today ? 'ended' : 'running';
    const subject = c.pick(subjects);
    const suffix = c.pick(suffixes);
    const budget = c.between(8, 160) * 5000;
    const fundingProgramme = c.pick(fundings);
    const goals = [...new Set([c.between(1, 8), c.between(1, 8)])].sort();
    items.push({
      ageDays: Math.max(0, Math.round((now.getTime() - start.getTime()) / dayMs) + 30),
      data: projectDataSchema.parse({
        title: {
          fi: `${subject.fi} ${suffix.fi}`,
          sv: `${subject.sv} ${suffix.sv}`,
          en: `${subject.en} ${suffix.en}`,
        },
        description: {
          fi: `Demohanke: ${subject.fi.toLocaleLowerCase('fi')} ${suffix.fi}. Keksitty esimerkki, ei todellinen hanke.`,
          sv: `Demoprojekt: ${subject.sv.toLocaleLowerCase('sv')} ${suffix.sv}. Ett påhittat exempel.`,
          en: `Demo project: ${subject.en.toLocaleLowerCase('en')} ${suffix.en}. A made-up example.`,
        },
        status,
        startDate,
        endDate,
        fundingProgramme,
        budget,
        publicFunding: fundingProgramme === 'foundation' ? null : Math.round(budget * 0.8),
        regions: national || !lead.regionCode ? [] : [lead.regionCode],
        national,
        partners: [
          { organisationId: lead.id, role: 'lead' },
          ...[...others].map((organisationId) => ({ organisationId, role: c.pick(roles) })),
        ],
        goals,
        eura:
          fundingProgramme === 'esf_plus' || fundingProgramme === 'erdf'
            ? { code: `DEMO${String(1000 + i)}` }
            : null,
      }),
    });
  }
  return items;
}

/** Adds the demo projects, published, in one transaction; returns how many. */
export async function insertDemoProjects(db: Db, now = new Date()): Promise<number> {
  const orgs = await db
    .select({ id: organisation.id, regionCode: organisation.regionCode })
    .from(organisation)
    .where(eq(organisation.demo, true))
    // By name, not id: the ids are new on every load, the names are the demo data's own, so the
    // same organisations lead the same projects every time.
    .orderBy(organisation.sortName, organisation.name);
  if (orgs.length === 0) return 0;
  const items = generateDemoProjects(orgs, demoProjectCount, now).sort(
    (a, b) => b.ageDays - a.ageDays,
  );
  await db.transaction(async (tx) => {
    for (const item of items) {
      const at = new Date(now.getTime() - item.ageDays * dayMs);
      const row = await repo.insertProject(tx, {
        data: item.data,
        state: 'published',
        createdBy: null,
        demo: { at },
      });
      await repo.revisions.insert(tx, {
        ownerId: row.id,
        version: 1,
        action: 'create',
        actorId: null,
        actorLabel: null,
        at,
        data: item.data,
        changes: diffProject(null, item.data),
      });
    }
  });
  return items.length;
}

export async function countDemoProjects(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(project).where(eq(project.demo, true));
  return Number(row?.n ?? 0);
}

/** Deletes the demo projects with their partners, requests and revisions (cascade). */
export async function deleteDemoProjects(db: Db): Promise<number> {
  const deleted = await db
    .delete(project)
    .where(eq(project.demo, true))
    .returning({ id: project.id });
  return deleted.length;
}
