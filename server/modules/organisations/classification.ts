/**
 * Which definitions of a social enterprise an organisation meets, derived from raw criteria that are
 * stored as such (never a typed-in "is a social enterprise" flag; see shared/reference/
 * organisations.md). One versioned function: the registry shows its result and the observatory
 * recomputes it for statistics. A criterion that is not known gives `null`, not `false`.
 */

/** Bump when any rule below changes; stored results carry it so they can be recomputed. */
export const classificationVersion = 'kudos-se-2026.1';

export type TradingIncomeBand = '0' | '1-24' | '25-49' | '50-74' | '75-100';
export type GovernanceModel =
  | 'one_member_one_vote'
  | 'stakeholder_board'
  | 'employee_or_beneficiary_participation'
  | 'none';

/** Raw criteria as organisations report them; every field may be unknown (null). */
export interface SocialEnterpriseCriteria {
  socialAimInStatutes: boolean | null;
  /** 1 = profit clearly first … 3 = equal … 5 = impact clearly first. */
  impactPriority: 1 | 2 | 3 | 4 | 5 | null;
  tradingIncomeBand: TradingIncomeBand | null;
  /** Share of last year's profit distributed to owners, 0–100. */
  profitDistributedPercent: number | null;
  distributionCapInStatutes: boolean | null;
  assetLockInStatutes: boolean | null;
  controlledByPublicBody: boolean | null;
  governanceModel: GovernanceModel | null;
  /** Owners and the distributed share are published (openness criterion of the Finnish mark). */
  ownershipAndDistributionPublished: boolean | null;
  employees: number | null;
  /** Of them with partial work ability, unemployed ≥ 12 months or ≥ 500 days of benefit (counts only). */
  disadvantagedEmployees: number | null;
}

export type Tri = boolean | null;

export interface CriterionResult {
  id: string;
  met: Tri;
}

export interface DefinitionResult {
  meets: Tri;
  criteria: CriterionResult[];
}

export interface Classification {
  version: string;
  euOperational: DefinitionResult;
  esem: DefinitionResult;
  finnishMark: DefinitionResult;
  workIntegration: DefinitionResult;
}

/** Kleene's three-valued AND: false wins, then unknown. */
function all(values: Tri[]): Tri {
  if (values.some((v) => v === false)) return false;
  if (values.some((v) => v === null)) return null;
  return true;
}

/** Three-valued OR: true wins, then unknown. */
function any(values: Tri[]): Tri {
  if (values.some((v) => v === true)) return true;
  if (values.some((v) => v === null)) return null;
  return false;
}

const known = <T>(v: T | null, test: (x: T) => boolean): Tri => (v === null ? null : test(v));

function definition(criteria: CriterionResult[]): DefinitionResult {
  return { meets: all(criteria.map((c) => c.met)), criteria };
}

export function classify(c: SocialEnterpriseCriteria): Classification {
  // More than half of the profit stays in the organisation for its aim.
  const mostProfitReinvested = known(c.profitDistributedPercent, (p) => p < 50);
  const limitedDistribution = any([
    c.distributionCapInStatutes,
    c.assetLockInStatutes,
    mostProfitReinvested,
  ]);
  const disadvantagedShare: Tri =
    c.employees === null || c.disadvantagedEmployees === null
      ? null
      : c.employees > 0 && c.disadvantagedEmployees / c.employees >= 0.3;

  return {
    version: classificationVersion,
    // European Commission operational definition (Social Business Initiative 2011, mapping study
    // 2020): entrepreneurial (continuous trading, ideally over 25 % of income), social (explicit
    // primary social aim), inclusive governance (limited distribution, autonomy, participation).
    euOperational: definition([
      {
        id: 'entrepreneurial',
        met: known(c.tradingIncomeBand, (b) => b !== '0' && b !== '1-24'),
      },
      { id: 'social_aim', met: c.socialAimInStatutes },
      { id: 'limited_profit_distribution', met: limitedDistribution },
      { id: 'autonomy', met: known(c.controlledByPublicBody, (v) => !v) },
      { id: 'participatory_governance', met: known(c.governanceModel, (g) => g !== 'none') },
    ]),
    // European Social Enterprise Monitor filter: impact valued at least as much as financial return.
    esem: definition([{ id: 'impact_first', met: known(c.impactPriority, (p) => p >= 3) }]),
    // Social Enterprise mark of Suomalaisen Työn Liitto: aim in the statutes, more than half of the
    // profit to the aim, openness about owners and distribution.
    finnishMark: definition([
      { id: 'social_aim', met: c.socialAimInStatutes },
      { id: 'most_profit_to_aim', met: mostProfitReinvested },
      { id: 'openness', met: c.ownershipAndDistributionPublished },
    ]),
    // Work-integration social enterprise: disadvantaged people at least 30 % of the staff.
    workIntegration: definition([{ id: 'disadvantaged_share', met: disadvantagedShare }]),
  };
}
