/**
 * Which definitions of a social enterprise an organisation meets, derived from raw criteria that are
 * stored as such (never a typed-in "is a social enterprise" flag; see shared/reference/
 * organisations.md). One versioned function: the registry shows its result and the observatory
 * recomputes it for statistics. A criterion that is not known gives `null`, not `false`.
 */

/** Bump when any rule below changes; stored results carry it so they can be recomputed. */
export const classificationVersion = 'kudos-se-2026.2';

export type TradingIncomeBand = '0' | '1-24' | '25-49' | '50-74' | '75-100';
/**
 * A band as a source may know it: the barometer asks "under 25 %", which is '0' or '1-24' (and
 * whether there is any trading income at all is then not known).
 */
export type TradingIncomeKnown = TradingIncomeBand | '0-24';
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
  tradingIncomeBand: TradingIncomeKnown | null;
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
  /** The legal form's family (shared/reference/organisations.md), for the ICSEM model. */
  legalFamily: string | null;
}

export const icsemModels = ['ENP', 'SCOOP', 'SB', 'PSE'] as const;
export type IcsemModel = (typeof icsemModels)[number];

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
  /** World Economic Forum / Schwab Foundation inclusion (2025). */
  wef: DefinitionResult;
  finnishMark: DefinitionResult;
  workIntegration: DefinitionResult;
  /** The ICSEM model, or null when not known (or the organisation has no social mission). */
  icsemModel: IcsemModel | null;
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
        met: known(c.tradingIncomeBand, (b) => b !== '0' && b !== '1-24' && b !== '0-24'),
      },
      { id: 'social_aim', met: c.socialAimInStatutes },
      { id: 'limited_profit_distribution', met: limitedDistribution },
      { id: 'autonomy', met: known(c.controlledByPublicBody, (v) => !v) },
      { id: 'participatory_governance', met: known(c.governanceModel, (g) => g !== 'none') },
    ]),
    // European Social Enterprise Monitor filter: impact valued at least as much as financial return.
    esem: definition([{ id: 'impact_first', met: known(c.impactPriority, (p) => p >= 3) }]),
    // World Economic Forum and Schwab Foundation's inclusion of social enterprises (2025): a
    // social or environmental purpose, some income from trading, most of the surplus reinvested.
    wef: definition([
      { id: 'purpose', met: c.socialAimInStatutes },
      {
        id: 'some_trading_income',
        met: c.tradingIncomeBand === '0-24' ? null : known(c.tradingIncomeBand, (b) => b !== '0'),
      },
      { id: 'most_surplus_reinvested', met: mostProfitReinvested },
    ]),
    // Social Enterprise mark of Suomalaisen Työn Liitto: aim in the statutes, more than half of the
    // profit to the aim, openness about owners and distribution.
    finnishMark: definition([
      { id: 'social_aim', met: c.socialAimInStatutes },
      { id: 'most_profit_to_aim', met: mostProfitReinvested },
      { id: 'openness', met: c.ownershipAndDistributionPublished },
    ]),
    // Work-integration social enterprise: disadvantaged people at least 30 % of the staff.
    workIntegration: definition([{ id: 'disadvantaged_share', met: disadvantagedShare }]),
    icsemModel: icsemModelOf(c),
  };
}

/**
 * The ICSEM model (Defourny & Nyssens, "Fundamentals for an international typology of social
 * enterprise models", Voluntas 28, 2017): entrepreneurial non-profit (ENP), social cooperative
 * (SCOOP), social business (SB), public-sector social enterprise (PSE). Kudos reads it from what
 * it stores, as the ICSEM country studies did from the organisation's institutional form: public
 * control or a public body → PSE; a cooperative or mutual → SCOOP; an association or foundation →
 * ENP; a company → SB. Only for an organisation known to have a social mission (an aim in its
 * statutes, or impact at least as important as profit); none when that is missing or not known,
 * or the form says nothing (other, informal, unknown).
 */
function icsemModelOf(c: SocialEnterpriseCriteria): IcsemModel | null {
  // Only with a known social mission: an organisation that has told nothing is no model.
  const mission = any([c.socialAimInStatutes, known(c.impactPriority, (p) => p >= 3)]);
  if (mission !== true) return null;
  if (c.controlledByPublicBody === true || c.legalFamily === 'public') return 'PSE';
  switch (c.legalFamily) {
    case 'cooperative':
    case 'mutual':
      return 'SCOOP';
    case 'association':
    case 'foundation':
      return 'ENP';
    case 'company':
      return 'SB';
    default:
      return null;
  }
}
