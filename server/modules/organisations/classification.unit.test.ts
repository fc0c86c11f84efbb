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
      r.finnishMark.meets,
      r.workIntegration.meets,
    ]).toEqual([null, null, null, null]);
  });

  it('finds a work-integration cooperative meeting every definition, criterion by criterion', () => {
    const r = classify(cooperative);
    expect(r.euOperational.meets).toBe(true);
    expect(r.euOperational.criteria.every((c) => c.met)).toBe(true);
    expect(r.esem.meets).toBe(true);
    expect(r.finnishMark.meets).toBe(true);
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
});
