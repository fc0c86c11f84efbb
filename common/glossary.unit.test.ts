import { describe, expect, it } from 'vitest';
import { glossary } from './glossary.js';
import file from './reference/glossary.json' with { type: 'json' };
import { glossaryLanguages, glossarySchema } from './schemas/glossary.js';

/**
 * Terms that genuinely name two concepts in one language and so may appear in both. Each entry:
 * language, term, the concepts that share it.
 */
const ambiguous: { lang: string; term: string; ids: string[] }[] = [
  // Finland-Swedish law used "socialt företag" for the work-integration enterprises of Act
  // 1351/2003; the Swedish texts of the EU use it for social enterprises in general.
  {
    lang: 'sv',
    term: 'socialt företag',
    ids: ['social_enterprise', 'work_integration_social_enterprise'],
  },
];

const byId = new Map(glossary.terms.map((t) => [t.id, t]));

describe('glossary reference data', () => {
  it('parses with the schema', () => {
    expect(() => glossarySchema.parse(file)).not.toThrow();
  });

  it('has at least 220 concepts with unique snake_case ids', () => {
    expect(glossary.terms.length).toBeGreaterThanOrEqual(220);
    const ids = glossary.terms.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
  });

  it('has terms in every language, without stray spaces or repeats inside a concept', () => {
    for (const t of glossary.terms) {
      for (const lang of glossaryLanguages) {
        expect(t[lang].length, `${t.id} ${lang}`).toBeGreaterThan(0);
        for (const term of t[lang]) {
          expect(term, `${t.id} ${lang}`).toBe(term.trim());
          expect(term.length, `${t.id} ${lang}`).toBeGreaterThan(0);
        }
        const lower = t[lang].map((s) => s.toLowerCase());
        expect(new Set(lower).size, `${t.id} ${lang} repeats a term`).toBe(lower.length);
      }
    }
  });

  it('does not give one term to two concepts in a language unless it is listed as ambiguous', () => {
    const allowed = new Map(ambiguous.map((a) => [`${a.lang}:${a.term}`, [...a.ids].sort()]));
    for (const lang of glossaryLanguages) {
      const owners = new Map<string, string[]>();
      for (const t of glossary.terms) {
        for (const term of t[lang]) {
          const key = `${lang}:${term.toLowerCase()}`;
          owners.set(key, [...(owners.get(key) ?? []), t.id]);
        }
      }
      for (const [key, ids] of owners) {
        if (ids.length < 2) continue;
        expect(allowed.get(key), `${key} is used by ${ids.join(', ')}`).toEqual([...ids].sort());
      }
    }
    // Every allow-listed term really is shared, so the list does not go stale.
    for (const a of ambiguous) {
      for (const id of a.ids)
        expect(byId.get(id)?.[a.lang as 'fi' | 'sv' | 'en']).toContain(a.term);
    }
  });

  it('describes every source id it uses, and uses every source it describes', () => {
    const described = new Set(Object.keys(glossary.source.sources));
    const used = new Set(glossary.terms.flatMap((t) => t.sources));
    for (const id of used) expect(described, `source ${id}`).toContain(id);
    for (const id of described) expect(used, `source ${id} is never used`).toContain(id);
    for (const t of glossary.terms) expect(new Set(t.sources).size, t.id).toBe(t.sources.length);
  });

  it('explains the core concepts in all three languages', () => {
    const noted = glossary.terms.filter((t) => t.note);
    expect(noted.length).toBeGreaterThanOrEqual(40);
    for (const id of [
      'social_economy',
      'social_enterprise',
      'work_integration_social_enterprise',
      'person_with_partial_work_ability',
      'cooperative',
      'third_sector',
      'volunteering',
    ]) {
      const note = byId.get(id)?.note;
      expect(note, id).toBeDefined();
      for (const lang of glossaryLanguages)
        expect(note?.[lang].length, `${id} ${lang}`).toBeGreaterThan(20);
    }
  });

  it('links the pairs the directory search relies on', () => {
    const pairs: [string, string][] = [
      ['lapsiperhe', 'barnfamilj'],
      ['vapaaehtoinen', 'frivillig'],
      ['asunnoton', 'bostadslös'],
      ['vankila', 'fängelse'],
    ];
    for (const [fi, sv] of pairs) {
      const concept = glossary.terms.find((t) => t.fi.includes(fi));
      expect(concept, fi).toBeDefined();
      expect(concept?.sv, `${fi} ↔ ${sv}`).toContain(sv);
    }
  });
});
