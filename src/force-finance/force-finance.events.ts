import type { DomainEvent } from '../event-sourcing/decider';
import type { EstablishmentSet, FundsOnCost } from './establishment.events';
import { PAY_GROUPS, type PayGroup } from './pay-groups';
import type { CapitalFinancingAssumptionsSet, CapitalSchemeRecorded, CapitalSchemeWithdrawn } from './capital-programme.events';

export { PAY_GROUPS, type PayGroup };
export type { EstablishmentSet, FundsOnCost };

/**
 * Everything recorded on a force's finance stream (`force-finance-{forceCode}`). Stored type
 * names are explicit and versioned; money and rates are exact decimal strings, years "2016/17".
 */

/** capital_financing: debt charges already in the base budget (MRP and interest on past borrowing), never inflated. */
export type BudgetLineKind = 'pay' | 'non_pay' | 'income' | 'capital_financing';
export const BUDGET_LINE_KINDS: readonly BudgetLineKind[] = ['pay', 'non_pay', 'income', 'capital_financing'];

export type BudgetItemKind = 'cost_pressure' | 'growth' | 'saving';
export const BUDGET_ITEM_KINDS: readonly BudgetItemKind[] = ['cost_pressure', 'growth', 'saving'];

/**
 * The inflation a cost pressure or growth item (or saving) moves with after its first year: the
 * pay award, non-pay inflation, or none (flat cash – and what items recorded before it existed read as).
 */
export type ItemInflation = 'pay' | 'non_pay' | 'none';
export const ITEM_INFLATIONS: readonly ItemInflation[] = ['pay', 'non_pay', 'none'];

export type Recurrence = 'recurring' | 'one_off';
export const RECURRENCES: readonly Recurrence[] = ['recurring', 'one_off'];

export type PreceptStatus = 'proposed' | 'approved' | 'vetoed';
export const PRECEPT_STATUSES: readonly PreceptStatus[] = ['proposed', 'approved', 'vetoed'];

export type ReserveKind = 'general' | 'earmarked';
export const RESERVE_KINDS: readonly ReserveKind[] = ['general', 'earmarked'];

/**
 * What a reserve is for under the Home Office reserves guidance (January 2018): earmarked for
 * planned spend within the MTFP, earmarked for projects beyond it, or general contingency.
 */
export type ReservePurposeCategory = 'within_mtfp' | 'beyond_mtfp' | 'contingency';
export const RESERVE_PURPOSE_CATEGORIES: readonly ReservePurposeCategory[] = ['within_mtfp', 'beyond_mtfp', 'contingency'];

export type MovementDirection = 'drawdown' | 'contribution';
export const MOVEMENT_DIRECTIONS: readonly MovementDirection[] = ['drawdown', 'contribution'];

export type MovementBasis = 'planned' | 'actual';
export const MOVEMENT_BASES: readonly MovementBasis[] = ['planned', 'actual'];

export type PlanPeriodSet = DomainEvent<'PlanPeriodSet.v1', { firstYear: string; lastYear: string }>;

export interface BaseBudgetLine {
  code: string;
  name: string;
  kind: BudgetLineKind;
  /** Pounds, exact; income lines hold the income (a positive amount), subtracted to reach NRE. */
  amount: string;
  /** A pay line's pay group, moved by that group's awards (pay-awards-for-year.ts); absent: by the plan's pay award, as before groups existed. */
  payGroup?: PayGroup;
  /** A non-pay line's inflation category, moved by the force's rate for it (InflationCategoryRatesSet.v1); absent: by the plan's non-pay inflation. */
  inflationCategory?: InflationCategory;
}
export type BaseBudgetSet = DomainEvent<'BaseBudgetSet.v1', { year: string; lines: BaseBudgetLine[] }>;

export type PlanAssumptions = {
  payAward: string;
  nonPayInflation: string;
  incomeInflation: string;
  grantChange: string;
  taxBaseGrowth: string;
};
export type PlanAssumptionsSet = DomainEvent<'PlanAssumptionsSet.v1', { year: string } & PlanAssumptions>;

export type BudgetItemAdded = DomainEvent<
  'BudgetItemAdded.v1',
  {
    itemId: string;
    kind: BudgetItemKind;
    fromYear: string;
    amount: string;
    recurrence: Recurrence;
    description: string;
    /** Absent: flat cash (none), as every item was before categories existed. */
    inflation?: ItemInflation;
    /** With inflation non_pay only: the category whose rate moves it; absent: the plan's non-pay inflation. */
    inflationCategory?: InflationCategory;
  }
>;
/** Only the fields that changed are present. */
export type BudgetItemRevised = DomainEvent<
  'BudgetItemRevised.v1',
  {
    itemId: string;
    fromYear?: string;
    amount?: string;
    recurrence?: Recurrence;
    description?: string;
    inflation?: ItemInflation;
    inflationCategory?: InflationCategory;
  }
>;
export type BudgetItemWithdrawn = DomainEvent<'BudgetItemWithdrawn.v1', { itemId: string }>;

export type GrantSettlement = {
  coreGrant: string;
  formulaGrant: string;
  legacyCouncilTaxGrants: string;
  otherGeneralGrants: string;
};
export type GrantSettlementRecorded = DomainEvent<'GrantSettlementRecorded.v1', { year: string } & GrantSettlement>;

/** One billing authority's part of a force's tax base (each billing council sets its own). */
export interface BillingAuthorityTaxBase {
  code: string;
  name: string;
  bandDEquivalents: string;
}
/** `billingAuthorities` is absent when only the force's total is recorded (as every tax base was before it existed). */
export type TaxBaseRecorded = DomainEvent<
  'TaxBaseRecorded.v1',
  { year: string; bandDEquivalents: string; billingAuthorities?: BillingAuthorityTaxBase[] }
>;

/** Positive: a surplus the billing councils pass on; negative: a deficit the force bears. */
export type CollectionFundRecorded = DomainEvent<'CollectionFundRecorded.v1', { year: string; amount: string }>;

export type PreceptRecorded = DomainEvent<'PreceptRecorded.v1', { year: string; bandD: string; status: PreceptStatus }>;

/**
 * How the plan assumes Band D moves in a year whose precept is not yet set (the same words as a
 * scenario's precept strategy): freeze; a percentage (to the penny, half-up); a £ change; or the
 * most the year's referendum principles allow this force's PCC without a referendum.
 */
export type PreceptAssumption =
  { kind: 'freeze' } | { kind: 'percentage'; rate: string } | { kind: 'pound'; amount: string } | { kind: 'max_without_referendum' };
export type PreceptAssumptionKind = PreceptAssumption['kind'];
export const PRECEPT_ASSUMPTION_KINDS: readonly PreceptAssumptionKind[] = ['freeze', 'percentage', 'pound', 'max_without_referendum'];

/** Setting a year's assumption again replaces it. */
export type PreceptAssumptionSet = DomainEvent<'PreceptAssumptionSet.v1', { year: string; assumption: PreceptAssumption }>;

/** `purposeCategory` is absent on reserves opened before the 2018 guidance was modelled: they read as unclassified. */
export type ReserveOpened = DomainEvent<
  'ReserveOpened.v1',
  {
    reserveId: string;
    name: string;
    kind: ReserveKind;
    purpose: string;
    openingBalance: string;
    asAtYear: string;
    purposeCategory?: ReservePurposeCategory;
  }
>;

/** A reserve (re)classified under the 2018 guidance, e.g. one opened before it was modelled. */
export type ReservePurposeCategorised = DomainEvent<
  'ReservePurposeCategorised.v1',
  { reserveId: string; purposeCategory: ReservePurposeCategory }
>;

export type ReserveMovementRecorded = DomainEvent<
  'ReserveMovementRecorded.v1',
  {
    movementId?: string;
    reserveId: string;
    year: string;
    direction: MovementDirection;
    basis: MovementBasis;
    amount: string;
    supportsRevenueBudget: boolean;
    description: string;
  }
>;

export type MinimumGeneralReserveSet = DomainEvent<'MinimumGeneralReserveSet.v1', { shareOfNre: string }>;

/** One budget line's (or budget item's) forecast or actual outturn for a year: pounds, exact. */
export interface MonitoredLine {
  code: string;
  amount: string;
}
export interface MonitoredItem {
  itemId: string;
  amount: string;
}

/**
 * Budget monitoring: the forecast outturn of a year as at a month of it (1 = April … 12 = March),
 * by base-budget line and, optionally, budget item. A later forecast for the year supersedes an
 * earlier one; lines and items left out are forecast on budget.
 */
export type ForecastOutturnRecorded = DomainEvent<
  'ForecastOutturnRecorded.v1',
  { year: string; asAtMonth: number; lines: MonitoredLine[]; items?: MonitoredItem[] }
>;

/** The year-end actual outturn of a year: it supersedes that year's forecasts (a later one restates it). */
export type OutturnRecorded = DomainEvent<'OutturnRecorded.v1', { year: string; lines: MonitoredLine[]; items?: MonitoredItem[] }>;
/** A specific grant is paid for a purpose (e.g. pensions); a ring-fenced one may be spent only on it. */
export type SpecificGrantKind = 'specific' | 'ring_fenced';
export const SPECIFIC_GRANT_KINDS: readonly SpecificGrantKind[] = ['specific', 'ring_fenced'];

/**
 * One year's amount of a specific or ring-fenced grant, optionally tied to the spend it funds (a
 * base-budget line by code, or a budget item by id). A later record for the same grant and year
 * supersedes it; a specific grant is announced each year and is never carried forward.
 */
export type SpecificGrantRecorded = DomainEvent<
  'SpecificGrantRecorded.v1',
  {
    grantId: string;
    name: string;
    kind: SpecificGrantKind;
    year: string;
    amount: string;
    fundsBudgetLine?: string;
    fundsItem?: string;
    conditions?: string;
    /** A pay group's on-cost it funds (absent in records made before grants could fund an on-cost). */
    fundsOnCost?: FundsOnCost;
  }
>;
/** The grant's record for the year is withdrawn: the year has none (a correction, or a grant that did not come). */
export type SpecificGrantWithdrawn = DomainEvent<'SpecificGrantWithdrawn.v1', { grantId: string; year: string }>;

/**
 * A pay group's award for a year, from `effectiveMonth` (1–12, calendar; 9 = September, so the
 * year bears 7/12 and the next year the full award), with the year's incremental drift
 * (progression up pay points, a full-year rate; absent: none). Setting a group's year again replaces it.
 */
export type PayAwardSet = DomainEvent<
  'PayAwardSet.v1',
  { year: string; group: PayGroup; rate: string; effectiveMonth: number; incrementalDrift?: string }
>;

/**
 * Employer on-costs of pay from a year until set again: pension by scheme (the police officers'
 * scheme; the LGPS for police staff and PCSOs) and employer national insurance (an effective
 * rate on pay). Once recorded, pay lines that name a group are taken as pay before on-costs.
 */
export type PayOnCostRatesSet = DomainEvent<
  'PayOnCostRatesSet.v1',
  { year: string; officersPension: string; staffPension: string; employerNationalInsurance: string }
>;

/**
 * Named categories of non-pay inflation (a closed list): a non-pay base-budget line or item may
 * name one, and then moves by the force's rate for that category in each year instead of the
 * plan's single non-pay inflation.
 */
export type InflationCategory = 'energy' | 'fuel' | 'ict_contracts' | 'general_cpi';
export const INFLATION_CATEGORIES: readonly InflationCategory[] = ['energy', 'fuel', 'ict_contracts', 'general_cpi'];

/**
 * The force's inflation rates by category for a year (each a fraction, "0.08" is 8 %); setting a
 * year again replaces all its rates. A category with no rate for a year moves by the plan's
 * non-pay inflation that year, with a warning.
 */
export type InflationCategoryRatesSet = DomainEvent<
  'InflationCategoryRatesSet.v1',
  { year: string; rates: { category: InflationCategory; rate: string }[] }
>;

export type ForceFinanceEvent =
  | PlanPeriodSet
  | BaseBudgetSet
  | PlanAssumptionsSet
  | BudgetItemAdded
  | BudgetItemRevised
  | BudgetItemWithdrawn
  | GrantSettlementRecorded
  | TaxBaseRecorded
  | CollectionFundRecorded
  | PreceptRecorded
  | ReserveOpened
  | ReserveMovementRecorded
  | MinimumGeneralReserveSet
  | ReservePurposeCategorised
  | PreceptAssumptionSet
  | ForecastOutturnRecorded
  | OutturnRecorded
  | SpecificGrantRecorded
  | SpecificGrantWithdrawn
  | PayAwardSet
  | PayOnCostRatesSet
  | EstablishmentSet
  | CapitalSchemeRecorded
  | CapitalSchemeWithdrawn
  | CapitalFinancingAssumptionsSet
  | InflationCategoryRatesSet;

export type ForceFinanceEventType = ForceFinanceEvent['type'];

export const FORCE_FINANCE_EVENT_TYPES: readonly ForceFinanceEventType[] = [
  'PlanPeriodSet.v1',
  'BaseBudgetSet.v1',
  'PlanAssumptionsSet.v1',
  'BudgetItemAdded.v1',
  'BudgetItemRevised.v1',
  'BudgetItemWithdrawn.v1',
  'GrantSettlementRecorded.v1',
  'TaxBaseRecorded.v1',
  'CollectionFundRecorded.v1',
  'PreceptRecorded.v1',
  'ReserveOpened.v1',
  'ReserveMovementRecorded.v1',
  'MinimumGeneralReserveSet.v1',
  'ReservePurposeCategorised.v1',
  'PreceptAssumptionSet.v1',
  'ForecastOutturnRecorded.v1',
  'OutturnRecorded.v1',
  'SpecificGrantRecorded.v1',
  'SpecificGrantWithdrawn.v1',
  'PayAwardSet.v1',
  'PayOnCostRatesSet.v1',
  'EstablishmentSet.v1',
  'CapitalSchemeRecorded.v1',
  'CapitalSchemeWithdrawn.v1',
  'CapitalFinancingAssumptionsSet.v1',
  'InflationCategoryRatesSet.v1',
];

export function isForceFinanceEvent(event: { type: string }): event is ForceFinanceEvent {
  return (FORCE_FINANCE_EVENT_TYPES as readonly string[]).includes(event.type);
}
