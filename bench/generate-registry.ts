// Projects, relations and networks over a bench registry of organisations (bench/registry.ts):
// written straight into the database through the modules' repositories, deterministic from one
// seed. 10 000 projects with 2–8 partners each, 30 000 relations, 300 networks by default.
import { eq, sql } from 'drizzle-orm';
import { codes } from '../common/organisations.js';
import { type NetworkData, networkDataSchema } from '../common/schemas/networks.js';
import { type ProjectData, projectDataSchema } from '../common/schemas/projects.js';
import { relationTypes, symmetricRelationTypes } from '../common/schemas/relations.js';
import type { Db } from '../server/db/client.js';
import { organisation, organisationRelation } from '../server/db/schema/index.js';
import * as networkRepo from '../server/modules/networks/repo.js';
import * as projectRepo from '../server/modules/projects/repo.js';
import { chooser, random } from '../server/synthetic.js';
import { fields, words } from './generate.js';

const fundingProgrammes = [
  'esf_plus',
  'erdf',
  'jtf',
  'interreg',
  'erasmus_plus',
  'national',
  'municipal',
  'foundation',
  'other',
] as const;
const kinds = ['regional', 'thematic', 'sector', 'international'] as const;

export interface Generated {
  projects: string[];
  networks: string[];
  /** Organisations with at least one relation. */
  related: string[];
  /** Organisations in at least one project. */
  partners: string[];
}

/** The published organisations by region (ids), read once. */
async function organisationsByRegion(db: Db) {
  const rows = await db
    .select({ id: organisation.id, region: organisation.regionCode })
    .from(organisation)
    .where(eq(organisation.state, 'published'));
  const byRegion = new Map<string, string[]>();
  for (const r of rows) {
    const key = r.region ?? '';
    byRegion.set(key, [...(byRegion.get(key) ?? []), r.id]);
  }
  return { all: rows.map((r) => r.id), byRegion };
}

export async function generateRegistry(
  db: Db,
  counts: { projects: number; relations: number; networks: number },
  seed = 2026,
): Promise<Generated> {
  const rnd = random(seed);
  const c = chooser(rnd);
  const { all, byRegion } = await organisationsByRegion(db);
  const regions = [...byRegion.keys()].filter(Boolean);
  const pickIn = (region: string) => c.pick(byRegion.get(region) ?? all);
  const distinct = (n: number, first: string, region: string) => {
    const out = new Set([first]);
    while (out.size < n) out.add(c.chance(0.6) ? pickIn(region) : c.pick(all));
    return [...out];
  };
  const title = () =>
    `${c.pick(fields)}${c.pick(['polku', 'silta', 'verkko', 'pajat', 'kasvu'])} ${c.pick(words)}`;

  const projects: string[] = [];
  const partners = new Set<string>();
  for (let start = 0; start < counts.projects; start += 500) {
    await db.transaction(async (tx) => {
      for (let i = start; i < Math.min(counts.projects, start + 500); i++) {
        const region = c.pick(regions);
        const ids = distinct(c.between(2, 8), pickIn(region), region);
        for (const id of ids) partners.add(id);
        const startYear = c.between(2019, 2026);
        const status = startYear > 2025 ? 'planned' : c.chance(0.5) ? 'running' : 'ended';
        const placed = c.chance(0.1) ? [] : [region];
        const data: ProjectData = projectDataSchema.parse({
          title: {
            fi: `${title()} ${i + 1}`,
            ...(c.chance(0.2) ? { sv: `Projekt ${c.pick(words)} ${i + 1}` } : {}),
          },
          description: {
            fi: `${c.pick(fields)}alan kehittämishanke: ${c.pick(words)} ja ${c.pick(words)}.`,
          },
          status,
          startDate: `${startYear}-0${c.between(1, 9)}-01`,
          endDate: `${startYear + c.between(1, 3)}-12-31`,
          fundingProgramme: c.pick(fundingProgrammes),
          budget: c.between(20, 2000) * 1000,
          regions: placed,
          national: placed.length === 0,
          partners: ids.map((organisationId, k) => ({
            organisationId,
            role:
              k === 0 ? 'lead' : c.pick(['partner', 'co_implementer', 'funder', 'other'] as const),
          })),
          goals: [c.between(1, 8)],
          themes: [c.pick(codes.themes)],
        });
        const row = await projectRepo.insertProject(tx, {
          data,
          state: 'published',
          createdBy: null,
        });
        projects.push(row.id);
      }
    });
  }

  const related = new Set<string>();
  const seen = new Set<string>();
  const relations: (typeof organisationRelation.$inferInsert)[] = [];
  while (relations.length < counts.relations) {
    const type = c.pick(relationTypes);
    const region = c.pick(regions);
    let [fromId, toId] = [pickIn(region), c.chance(0.7) ? pickIn(region) : c.pick(all)];
    if (fromId === toId) continue;
    if (symmetricRelationTypes.includes(type) && toId < fromId) [fromId, toId] = [toId, fromId];
    const key = `${fromId}:${toId}:${type}`;
    if (seen.has(key)) continue;
    seen.add(key);
    related.add(fromId);
    related.add(toId);
    relations.push({
      fromId,
      toId,
      type,
      state: 'confirmed',
      proposedBy: 'both',
      startDate: c.chance(0.5) ? `${c.between(2000, 2025)}-01-01` : null,
    });
  }
  for (let i = 0; i < relations.length; i += 2000) {
    await db.insert(organisationRelation).values(relations.slice(i, i + 2000));
  }

  const networks: string[] = [];
  await db.transaction(async (tx) => {
    for (let i = 0; i < counts.networks; i++) {
      const kind = c.pick(kinds);
      const region = c.pick(regions);
      const data: NetworkData = networkDataSchema.parse({
        name: { fi: `${c.pick(words)} ${c.pick(fields).toLocaleLowerCase('fi')}verkosto ${i + 1}` },
        description: {
          fi: `Verkosto kokoaa ${c.pick(fields).toLocaleLowerCase('fi')}alan toimijat.`,
        },
        kind,
        regions:
          kind === 'regional'
            ? [region]
            : kind === 'international'
              ? []
              : c.chance(0.5)
                ? [region, c.pick(regions)]
                : [],
      });
      const row = await networkRepo.insertNetwork(tx, { data, createdBy: null });
      // Most networks are small; a few have hundreds of members.
      const size = c.chance(0.1) ? c.between(200, 600) : c.between(5, 60);
      const members = distinct(size, pickIn(region), region);
      await networkRepo.insertMembers(
        tx,
        row.id,
        members.map((organisationId, k) => ({
          organisationId,
          role: k === 0 ? 'coordinator' : c.chance(0.1) ? 'observer' : 'member',
          startDate: null,
          endDate: null,
        })),
      );
      networks.push(row.id);
    }
  });
  await db.execute(sql`analyze`);
  return { projects, networks, related: [...related], partners: [...partners] };
}
