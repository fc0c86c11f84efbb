import { describe, expect, it } from 'vitest';
import {
  classificationVersion,
  classify,
  type SocialEnterpriseCriteria,
} from './classification.js';

const unknown: SocialEnterpriseCriteria = {
  socialAimInStatutes: null,
  impactPriority: null,
  tradingIncomeBand: null,
  profitDistributedPercent: null,
  distributionCapInStatutes: null,
  assetLockInStatutes: null,
  controlledByPublicBody: null,
  governanceModel: null,
  ownershipAndDistributionPublished: null,
  employees: null,
  disadvantagedEmployees: null,
  legalFamily: null,
};

const cooperative: SocialEnterpriseCriteria = {
  socialAimInStatutes: true,
  impactPriority: 4,
  tradingIncomeBand: '75-100',
  profitDistributedPercent: 10,
  distributionCapInStatutes: false,
  assetLockInStatutes: false,
  controlledByPublicBody: false,
  governanceModel: 'one_member_one_vote',
  ownershipAndDistributionPublished: true,
  employees: 20,
  disadvantagedEmployees: 6,
  legalFamily: 'cooperative',
};

describe('social enterprise classification', () => {
  it('carries its version', () => {
    expect(classify(unknown).version).toBe(classificationVersion);
  });

  it('says "unknown", not "no", when criteria are missing', () => {
    const r = classify(unknown);
    expect([
      r.euOperational.meets,
      r.esem.meets,
      r.wef.meets,
      r.finnishMark.meets,
      r.workIntegration.meets,
      r.icsemModel,
    ]).toEqual([null, null, null, null, null, null]);
  });

  it('finds a work-integration cooperative meeting every definition, criterion by criterion', () => {
    const r = classify(cooperative);
    expect(r.euOperational.meets).toBe(true);
    expect(r.euOperational.criteria.every((c) => c.met)).toBe(true);
    expect(r.esem.meets).toBe(true);
    expect(r.wef.meets).toBe(true);
    expect(r.finnishMark.meets).toBe(true);
    expect(r.icsemModel).toBe('SCOOP');
    // 6 of 20 is exactly 30 %.
    expect(r.workIntegration.meets).toBe(true);
  });

  it('lets one failed criterion decide even when others are unknown', () => {
    const r = classify({ ...unknown, socialAimInStatutes: false });
    expect(r.euOperational.meets).toBe(false);
    expect(r.finnishMark.meets).toBe(false);
  });

  it('counts a distribution cap or asset lock as limited distribution even with high payouts', () => {
    const capped = classify({
      ...cooperative,
      profitDistributedPercent: 80,
      distributionCapInStatutes: true,
    });
    expect(
      capped.euOperational.criteria.find((c) => c.id === 'limited_profit_distribution')?.met,
    ).toBe(true);
    // The Finnish mark asks for more than half of the profit to the aim, whatever the statutes say.
    expect(capped.finnishMark.meets).toBe(false);
  });

  it('applies the thresholds at their edges', () => {
    expect(classify({ ...cooperative, tradingIncomeBand: '1-24' }).euOperational.meets).toBe(false);
    expect(classify({ ...cooperative, controlledByPublicBody: true }).euOperational.meets).toBe(
      false,
    );
    expect(classify({ ...cooperative, governanceModel: 'none' }).euOperational.meets).toBe(false);
    expect(classify({ ...cooperative, impactPriority: 3 }).esem.meets).toBe(true);
    expect(classify({ ...cooperative, impactPriority: 2 }).esem.meets).toBe(false);
    expect(classify({ ...cooperative, profitDistributedPercent: 50 }).finnishMark.meets).toBe(
      false,
    );
    expect(classify({ ...cooperative, disadvantagedEmployees: 5 }).workIntegration.meets).toBe(
      false,
    );
    expect(
      classify({ ...cooperative, employees: 0, disadvantagedEmployees: 0 }).workIntegration.meets,
    ).toBe(false);
  });

  it('includes by the WEF/Schwab rules: purpose, some trading income, most surplus reinvested', () => {
    expect(classify({ ...cooperative, tradingIncomeBand: '1-24' }).wef.meets).toBe(true);
    expect(classify({ ...cooperative, tradingIncomeBand: '0' }).wef.meets).toBe(false);
    // "Under 25 %" from the barometer: whether there is any trading income is not known.
    expect(classify({ ...cooperative, tradingIncomeBand: '0-24' }).wef.meets).toBe(null);
    expect(classify({ ...cooperative, tradingIncomeBand: '0-24' }).euOperational.meets).toBe(false);
    expect(classify({ ...cooperative, profitDistributedPercent: 50 }).wef.meets).toBe(false);
    expect(classify({ ...cooperative, profitDistributedPercent: 49 }).wef.meets).toBe(true);
    expect(classify({ ...cooperative, socialAimInStatutes: false }).wef.meets).toBe(false);
  });

  it('reads the ICSEM model from the form and public control, for organisations with a social mission', () => {
    const model = (c: Partial<SocialEnterpriseCriteria>) =>
      classify({ ...cooperative, ...c }).icsemModel;
    expect(model({ legalFamily: 'mutual' })).toBe('SCOOP');
    expect(model({ legalFamily: 'association' })).toBe('ENP');
    expect(model({ legalFamily: 'foundation' })).toBe('ENP');
    expect(model({ legalFamily: 'company' })).toBe('SB');
    expect(model({ legalFamily: 'public' })).toBe('PSE');
    expect(model({ legalFamily: 'association', controlledByPublicBody: true })).toBe('PSE');
    expect(model({ legalFamily: 'other' })).toBe(null);
    expect(model({ legalFamily: null })).toBe(null);
    // No aim in the statutes, but impact first: a social mission still.
    expect(model({ legalFamily: 'company', socialAimInStatutes: false })).toBe('SB');
    expect(model({ legalFamily: 'company', socialAimInStatutes: false, impactPriority: 2 })).toBe(
      null,
    );
    // A mission not known: no model (a company that has told nothing is no social business).
    expect(model({ legalFamily: 'company', socialAimInStatutes: null, impactPriority: null })).toBe(
      null,
    );
  });
});
