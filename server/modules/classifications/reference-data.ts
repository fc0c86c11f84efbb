import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { industrySection, sdgGoal } from '../../db/schema/index.js';
import type { ReferenceDataset } from '../../reference-data.js';

/** Version label stored with every industry code (Statistics Finland's TOL 2008). */
export const TOL2008 = 'TOL2008' as const;

const tolPath = new URL('../../../common/reference/tol2008-sections.json', import.meta.url);
const sdgPath = new URL('../../../common/reference/sdg-goals.json', import.meta.url);

interface TolFile {
  sections: { code: string; fi: string; sv?: string; en?: string }[];
}
interface SdgFile {
  goals: { n: number; fi: string; sv: string; en: string }[];
}

async function loadTol(tx: Db, file: TolFile) {
  await tx
    .insert(industrySection)
    .values(
      file.sections.map((s, i) => ({
        version: TOL2008,
        code: s.code,
        name: { fi: s.fi, ...(s.sv ? { sv: s.sv } : {}), ...(s.en ? { en: s.en } : {}) },
        sortOrder: i,
      })),
    )
    .onConflictDoUpdate({
      target: [industrySection.version, industrySection.code],
      set: { name: sql`excluded.name`, sortOrder: sql`excluded.sort_order` },
    });
}

async function loadSdg(tx: Db, file: SdgFile) {
  await tx
    .insert(sdgGoal)
    .values(file.goals.map((g) => ({ n: g.n, name: { fi: g.fi, sv: g.sv, en: g.en } })))
    .onConflictDoUpdate({ target: sdgGoal.n, set: { name: sql`excluded.name` } });
}

export function classificationDatasets(): ReferenceDataset[] {
  const tolText = readFileSync(tolPath, 'utf8');
  const sdgText = readFileSync(sdgPath, 'utf8');
  return [
    {
      name: 'tol2008-sections',
      source: `v1\n${tolText}`,
      load: (tx) => loadTol(tx, JSON.parse(tolText)),
    },
    { name: 'sdg-goals', source: `v1\n${sdgText}`, load: (tx) => loadSdg(tx, JSON.parse(sdgText)) },
  ];
}
