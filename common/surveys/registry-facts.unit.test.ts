import { describe, expect, it } from 'vitest';
import barometer from '../../server/modules/surveys/barometer-v1.json' with { type: 'json' };
import { organisationDataSchema } from '../schemas/organisations.js';
import { boundQuestions, offeredChanges, prefillFrom, registryPatch } from './registry-facts.js';

const data = organisationDataSchema.parse({
  name: 'Osuuskunta Testi',
  legalForm: '14',
  municipality: '091',
  foundedYear: 2010,
  sdgGoals: [10, 8],
  criteria: { tradingIncomeBand: '1-24', employees: 3, assetLockInStatutes: true },
});

describe('registry facts of a response', () => {
  it('finds every bound question of the barometer, panels included', () => {
    const bound = boundQuestions(barometer);
    expect(bound.get('municipality')).toBe('municipality');
    expect(bound.size).toBeGreaterThanOrEqual(45);
  });

  it('prefill what the registry knows in the survey’s own coding', () => {
    expect(prefillFrom(barometer, data)).toEqual({
      legal_family: 'cooperative',
      municipality: '091',
      founded_year: 2010,
      sdg_goals: ['10', '8'],
      trading_income_share: 'under_25',
      employees_headcount: 3,
      asset_lock: true,
    });
  });

  it('offer only the facts that differ and that the registry can take', () => {
    const changes = offeredChanges(
      {
        legal_family: 'association',
        municipality: '091',
        founded_year: 2012,
        sdg_goals: ['8', '10'],
        trading_income_share: '50_74',
        employees_headcount: 5,
        asset_lock: true,
        distribution_cap: false,
      },
      data,
    );
    expect(changes).toEqual([
      { indicator: 'founded_year', field: 'foundedYear', before: 2010, after: 2012 },
      {
        indicator: 'distribution_cap',
        field: 'criteria.distributionCapInStatutes',
        before: null,
        after: false,
      },
      { indicator: 'employees_headcount', field: 'criteria.employees', before: 3, after: 5 },
    ]);
    const patch = registryPatch(changes, data);
    expect(patch.foundedYear).toBe(2012);
    // Both criteria in one object, the others kept.
    expect(patch.criteria).toMatchObject({
      distributionCapInStatutes: false,
      employees: 5,
      assetLockInStatutes: true,
      tradingIncomeBand: '1-24',
    });
  });
});
