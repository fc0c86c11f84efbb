import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csrf, signUp } from '../../test/accounts.js';
import { buildTestApp, type TestApp } from '../../test/app.js';

let t: TestApp;
let coordinator: { cookie: string };

const mapping = encodeURIComponent(JSON.stringify({ name: 0, municipality: 1 }));
const post = (endpoint: 'import' | 'import/dry-run', rows: [string, string][]) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/organisations/${endpoint}?mapping=${mapping}`,
    headers: {
      ...csrf,
      cookie: coordinator.cookie,
      'content-type': 'text/csv',
      'accept-language': 'en',
    },
    payload: `Nimi;Kunta\n${rows.map((r) => r.join(';')).join('\n')}\n`,
  });

/** The warnings of a dry run that has no errors. */
async function dryRunWarnings(rows: [string, string][]) {
  const res = await post('import/dry-run', rows);
  expect(res.statusCode).toBe(200);
  expect(res.json().errors).toEqual([]);
  return res.json().warnings as { row: number; code: string; message: string }[];
}

/** The registry's candidates each row of a dry run is warned about, by row number. */
async function dryRunCandidates(rows: [string, string][]): Promise<Map<number, string[]>> {
  const warnings = await dryRunWarnings(rows);
  return new Map(
    warnings
      .filter((w) => w.code === 'similar_name')
      .map((w) => [w.row, (w.message.match(/: (.*)\.$/)?.[1] ?? '').split('; ')]),
  );
}

/** The single check's candidates' names, most similar first. */
async function similarTo(name: string, municipality?: string): Promise<string[]> {
  const query = new URLSearchParams({ name, ...(municipality ? { municipality } : {}) });
  const res = await t.app.inject({
    url: `/api/v1/organisations/similar?${query}`,
    headers: { cookie: coordinator.cookie },
  });
  expect(res.statusCode).toBe(200);
  return res.json().items.map((i: { name: string }) => i.name);
}

// Similarity to "Kahvila Aurinko" falls with the length of the number: 0.89, 0.84, 0.80, … 0.64.
const numbered = [1, 12, 123, 1234, 12345, 123456, 1234567, 12345678].map(
  (n) => `Kahvila Aurinko ${n}`,
);

beforeAll(async () => {
  t = await buildTestApp();
  coordinator = await signUp(t, { role: 'coordinator' });
  const seeded = await post('import', [
    ...numbered.map((name): [string, string] => [name, 'Turku']),
    ['Kahvila Aurinko', 'Helsinki'],
    ['Kahvila Auringonkukka', 'Helsinki'],
    ['Kahvila Aurinkoinen', ''],
    ['Kahvila Aurinkoranta', ''],
    ['Leipomo Kuu', 'Turku'],
  ]);
  expect(seeded.statusCode).toBe(200);
});
afterAll(() => t.close());

describe('possible duplicates by name in an import dry run', () => {
  it('warns about similar names in the same municipality, listing the five most similar', async () => {
    const warned = await dryRunCandidates([
      ['Kahvila Aurinko', 'Turku'],
      ['Leipomo Kuu Oy', 'Turku'],
      ['Kirjasto Tähti', 'Turku'],
    ]);
    expect(warned.get(2)).toEqual(numbered.slice(0, 5));
    expect(warned.get(3)).toEqual(['Leipomo Kuu']);
    expect(warned.has(4)).toBe(false);
  });

  it('does not warn about similar names in another municipality', async () => {
    const warned = await dryRunCandidates([
      ['Kahvila Aurinko', 'Jyväskylä'],
      ['Kahvila Aurinko 1', 'Helsinki'],
    ]);
    expect(warned.has(2)).toBe(false);
    // In Helsinki only Helsinki's own names; none of Turku's closer ones.
    expect(warned.get(3)).toEqual(['Kahvila Aurinko']);
  });

  it('finds the same candidates as the check of a single name, also without a municipality', async () => {
    const rows: [string, string, string | undefined][] = [
      ['Kahvila Aurinko', 'Turku', '853'],
      ['kahvila aurinko 123', 'Turku', '853'],
      ['Kahvila Aurinko', 'Helsinki', '091'],
      ['Kahvila Aurinko', '', undefined],
      ['Leipomo Kuu', 'Turku', '853'],
      ['Kirjasto Tähti', 'Turku', '853'],
    ];
    // Each row twice: a name that comes again is warned about again.
    const file = [...rows, ...rows].map(([name, municipality]): [string, string] => [
      name,
      municipality,
    ]);
    const bulk = await dryRunCandidates(file);
    for (const [i, [name, , code]] of [...rows, ...rows].entries()) {
      const single = await similarTo(name, code);
      expect(bulk.get(i + 2) ?? [], `row ${i + 2}: ${name} in ${code}`).toEqual(single);
    }
    expect(bulk.get(5)).toEqual(['Kahvila Aurinkoinen', 'Kahvila Aurinkoranta']);
    expect(bulk.size).toBe(10);
  });

  it('warns about the same name twice in one municipality of the file', async () => {
    const warnings = await dryRunWarnings([
      ['Uusi Kahvila Kuutamo', 'Turku'],
      ['Uusi Kahvila Kuutamo', 'Helsinki'],
      ['uusi  kahvila KUUTAMO', 'Turku'],
      ['Uusi Kahvila Kuutamo ry', 'Turku'],
    ]);
    expect(warnings).toEqual([
      {
        row: 4,
        column: 'Nimi',
        field: 'name',
        code: 'same_name_in_file',
        message: 'The same name in the same municipality is already on row 2 of the file.',
      },
    ]);
  });
});
