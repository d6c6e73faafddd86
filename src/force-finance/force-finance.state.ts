import type { Sourced } from './sourced';
import type { CapitalFinancingAssumptionsFact, CapitalSchemeFact } from './capital-programme.facts';
import type { MonitoringYearFact } from './budget-monitoring.facts';
import { emptyKeyedList, keyedGet, keyedItems, type KeyedList } from './keyed-list';
import type {
  BaseBudgetLine,
  BillingAuthorityTaxBase,
  BudgetItemKind,
  InflationCategory,
  ItemInflation,
  MovementBasis,
  MovementDirection,
  PayAwardSet,
  PayGroup,
  PayOnCostRatesSet,
  PlanAssumptions,
  PreceptAssumption,
  PreceptStatus,
  Recurrence,
  ReserveKind,
  ReservePurposeCategory,
  SpecificGrantKind,
} from './force-finance.events';
import type { EstablishmentSet, FundsOnCost } from './establishment.events';

/**
 * A force's finance facts, folded from its stream. It is the decider's state and, as it is,
 * the read side's "facts" the MTFP and precept engines project from. Plain JSON data (exact
 * decimal strings, never Decimal objects) so projections can snapshot it. Every fact keeps
 * `sources`: the ids of the events it came from, so each figure derived from it can cite them.
 */
export type { Sourced } from './sourced';

export interface PlanPeriodFact extends Sourced {
  firstYear: string;
  lastYear: string;
}

/** The whole base budget for a year; re-recording replaces it (and its sources). */
export interface BaseBudgetFact extends Sourced {
  year: string;
  lines: BaseBudgetLine[];
}

export interface PlanAssumptionsFact extends Sourced, PlanAssumptions {
  year: string;
}

export interface BudgetItemFact extends Sourced {
  itemId: string;
  kind: BudgetItemKind;
  fromYear: string;
  amount: string;
  recurrence: Recurrence;
  description: string;
  withdrawn: boolean;
  /** Absent on items recorded before categories existed: flat cash. */
  inflation?: ItemInflation;
  /** With inflation non_pay: the named category whose rate moves it (absent: the plan's non-pay inflation). */
  inflationCategory?: InflationCategory;
}

export interface GrantSettlementFact extends Sourced {
  year: string;
  coreGrant: string;
  formulaGrant: string;
  legacyCouncilTaxGrants: string;
  otherGeneralGrants: string;
}

export interface TaxBaseFact extends Sourced {
  year: string;
  bandDEquivalents: string;
  billingAuthorities?: BillingAuthorityTaxBase[];
}

export interface CollectionFundFact extends Sourced {
  year: string;
  amount: string;
}

export interface BandDFact extends Sourced {
  bandD: string;
}

/**
 * A year's precept: the approved Band D if there is one, the proposal standing (a veto of the
 * proposed amount clears it), and every recording in order.
 */
export interface PreceptYearFact {
  year: string;
  approved: BandDFact | null;
  proposed: BandDFact | null;
  history: Array<BandDFact & { status: PreceptStatus }>;
}

export interface PreceptAssumptionFact extends Sourced {
  year: string;
  assumption: PreceptAssumption;
}

export interface ReserveMovementFact extends Sourced {
  movementId: string | null;
  year: string;
  direction: MovementDirection;
  basis: MovementBasis;
  amount: string;
  supportsRevenueBudget: boolean;
  description: string;
}

export interface ReserveFact extends Sourced {
  reserveId: string;
  name: string;
  kind: ReserveKind;
  purpose: string;
  /** Balance at the start of `asAtYear`. */
  openingBalance: string;
  asAtYear: string;
  movements: ReserveMovementFact[];
  /** Its purpose under the 2018 reserves guidance, with the events that set it; null when never recorded. */
  purposeCategory: ReservePurposeCategoryFact | null;
}

export interface ReservePurposeCategoryFact extends Sourced {
  value: ReservePurposeCategory;
}

/** A specific or ring-fenced grant's record for one year (the latest: a re-record supersedes). */
export interface SpecificGrantFact extends Sourced {
  grantId: string;
  name: string;
  kind: SpecificGrantKind;
  year: string;
  amount: string;
  fundsBudgetLine?: string;
  fundsItem?: string;
  conditions?: string;
  fundsOnCost?: FundsOnCost;
}

export interface MinimumGeneralReserveFact extends Sourced {
  shareOfNre: string;
}

/** A pay group's award for a year (PayAwardSet.v1), as recorded. */
export interface PayAwardFact extends Sourced, Omit<PayAwardSet['data'], 'group'> {
  group: PayGroup;
}

/** A pay group's establishment (FTE) from a year (EstablishmentSet.v1). */
export type EstablishmentFact = Sourced & EstablishmentSet['data'];

/** Employer on-cost rates from a year (PayOnCostRatesSet.v1). */
export type PayOnCostRatesFact = Sourced & PayOnCostRatesSet['data'];

export interface ForceFinanceState {
  planPeriod: PlanPeriodFact | null;
  /** Keyed by year ("2016/17"). */
  baseBudgets: Record<string, BaseBudgetFact>;
  assumptions: Record<string, PlanAssumptionsFact>;
  grantSettlements: Record<string, GrantSettlementFact>;
  taxBases: Record<string, TaxBaseFact>;
  collectionFunds: Record<string, CollectionFundFact>;
  precepts: Record<string, PreceptYearFact>;
  /** How Band D moves in years whose precept is not set, by year; a year with none is a freeze. */
  preceptAssumptions: Record<string, PreceptAssumptionFact>;
  /**
   * In the order they were added, keyed by itemId (a force has hundreds, revised all the time:
   * see keyed-list.ts); withdrawn items stay, marked, so their history is kept. Read them with
   * budgetItemList and findBudgetItem.
   */
  budgetItems: KeyedList<BudgetItemFact>;
  /** In the order they were opened. */
  reserves: ReserveFact[];
  minimumGeneralReserve: MinimumGeneralReserveFact | null;
  /** Budget monitoring by year: the latest forecast outturn and the year-end actual (budget-monitoring.facts.ts). */
  monitoring: Record<string, MonitoringYearFact>;
  /** By year, then grantId in the order first recorded; a withdrawn year's record is gone. */
  specificGrants: Record<string, Record<string, SpecificGrantFact>>;
  /** Pay awards by year, then pay group; a group's year with none moves by the plan's pay award (absent in states folded before awards existed). */
  payAwards?: Record<string, Partial<Record<PayGroup, PayAwardFact>>>;
  /** Employer on-cost rates by the year they start; none: pay lines include their on-costs (absent in states folded before they existed). */
  payOnCostRates?: Record<string, PayOnCostRatesFact>;
  /** Establishment (FTE) by the year it starts, then pay group (absent in states folded before it existed). */
  establishments?: Record<string, Partial<Record<PayGroup, EstablishmentFact>>>;
  /** Capital schemes by year, then schemeId in the order first recorded; a withdrawn year's record is gone (absent in states folded before). */
  capitalSchemes?: Record<string, Record<string, CapitalSchemeFact>>;
  /** Interest on new borrowing and the MRP method, by the year they are set for (absent in states folded before). */
  capitalFinancingAssumptions?: Record<string, CapitalFinancingAssumptionsFact>;
  /** Inflation rates by named category, by year (InflationCategoryRatesSet.v1); absent in states folded before they existed. */
  inflationCategoryRates?: Record<string, InflationCategoryRatesFact>;
}

/** A year's rates by category, exact decimal fractions; a category not listed has no rate that year. */
export interface InflationCategoryRatesFact extends Sourced {
  year: string;
  rates: Partial<Record<InflationCategory, string>>;
}

export function initialForceFinanceState(): ForceFinanceState {
  return {
    planPeriod: null,
    baseBudgets: {},
    assumptions: {},
    grantSettlements: {},
    taxBases: {},
    collectionFunds: {},
    precepts: {},
    preceptAssumptions: {},
    budgetItems: emptyKeyedList(),
    reserves: [],
    minimumGeneralReserve: null,
    monitoring: {},
    specificGrants: {},
    payAwards: {},
    payOnCostRates: {},
    establishments: {},
    capitalSchemes: {},
    capitalFinancingAssumptions: {},
    inflationCategoryRates: {},
  };
}

// How each event folds into these facts: evolve/evolve-force-finance.ts (one small function per
// event family beside it in evolve/), so the state's types do not import their own folds.

/** A force's budget items in the order they were added, withdrawn ones included. */
export function budgetItemList(state: Pick<ForceFinanceState, 'budgetItems'>): BudgetItemFact[] {
  return keyedItems(state.budgetItems);
}

export function findBudgetItem(state: Pick<ForceFinanceState, 'budgetItems'>, itemId: string): BudgetItemFact | undefined {
  return keyedGet(state.budgetItems, itemId);
}
