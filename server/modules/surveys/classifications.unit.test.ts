import { describe, expect, it } from 'vitest';
import { indicatorByCode } from '../../../common/indicators.js';
import { criteriaIndicators, criteriaOfAnswers } from './classifications.service.js';

describe('the classification criteria read from a response', () => {
  it('read only the indicators a recomputation fetches, all of them real', () => {
    const read = new Set<string>();
    const values = new Proxy({} as Record<string, unknown>, {
      get: (_, key) => {
        read.add(String(key));
        // "Under 25 %" makes it look at the revenue mix too.
        return key === 'trading_income_share' ? 'under_25' : undefined;
      },
    });
    criteriaOfAnswers(values);
    expect([...read].sort()).toEqual([...criteriaIndicators].sort());
    expect(criteriaIndicators.filter((code) => !indicatorByCode(code))).toEqual([]);
  });

  it('take "under 25 %" of trading income as any or none only when the revenue mix says so', () => {
    const band = (v: Record<string, unknown>) =>
      criteriaOfAnswers({ trading_income_share: 'under_25', ...v }).tradingIncomeBand;
    expect(band({})).toBe('0-24');
    expect(band({ revenue_sales_private_percent: 0 })).toBe('0-24');
    expect(band({ revenue_sales_private_percent: 0, revenue_public_contracts_percent: 0 })).toBe(
      '0',
    );
    expect(band({ revenue_public_contracts_percent: 10 })).toBe('1-24');
    expect(criteriaOfAnswers({ trading_income_share: '50_74' }).tradingIncomeBand).toBe('50-74');
  });

  it('count associations and foundations as distributing no profit unless they say otherwise', () => {
    expect(criteriaOfAnswers({ legal_family: 'association' }).profitDistributedPercent).toBe(0);
    expect(criteriaOfAnswers({ legal_family: 'foundation' }).profitDistributedPercent).toBe(0);
    expect(criteriaOfAnswers({ legal_family: 'company' }).profitDistributedPercent).toBe(null);
    expect(
      criteriaOfAnswers({ legal_family: 'cooperative', profit_distributed_percent: 30 })
        .profitDistributedPercent,
    ).toBe(30);
  });

  it('add the disadvantaged up to the staff, with nobody when there is no staff', () => {
    const of = (v: Record<string, unknown>) => criteriaOfAnswers(v).disadvantagedEmployees;
    expect(of({ employees_headcount: 10 })).toBe(null);
    expect(
      of({
        employees_headcount: 10,
        disadvantaged_partial_work_ability: 3,
        disadvantaged_500_benefit_days: 2,
      }),
    ).toBe(5);
    expect(
      of({
        employees_headcount: 4,
        disadvantaged_partial_work_ability: 3,
        disadvantaged_long_term_unemployed: 3,
      }),
    ).toBe(4);
    expect(of({ employees_headcount: 0 })).toBe(0);
  });

  it('map the governance choices to the registry’s models, leaving "other" unknown', () => {
    const g = (v: string) => criteriaOfAnswers({ governance_model: v }).governanceModel;
    expect(g('member_democracy')).toBe('one_member_one_vote');
    expect(g('multi_stakeholder')).toBe('stakeholder_board');
    expect(g('employee_ownership')).toBe('employee_or_beneficiary_participation');
    expect(g('owner_managed')).toBe('none');
    expect(g('other')).toBe(null);
    expect(criteriaOfAnswers({ impact_priority: 7 }).impactPriority).toBe(null);
  });
});
