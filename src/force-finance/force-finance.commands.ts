import type { Dec } from '../common/decimal';
import type { FinancialYear } from '../common/financial-year';
import type { Money } from '../common/money';
import type { Rate } from '../common/rate';
import type {
  BudgetItemKind,
  BudgetLineKind,
  InflationCategory,
  ItemInflation,
  MovementBasis,
  MovementDirection,
  PayGroup,
  PreceptStatus,
  Recurrence,
  ReserveKind,
  ReservePurposeCategory,
  SpecificGrantKind,
} from './force-finance.events';
import type { FundsOnCost } from './establishment.events';
import type { CapitalProgrammeCommand } from './capital-programme.commands';

/**
 * Commands on a force's finance stream, with typed values: the one mapping `http/to-command.ts`
 * parses what a caller sends (decimal strings, "2016/17" years) into these, so decide() checks
 * business rules only. Ids and texts are already checked and trimmed.
 */
export interface SetPlanPeriod {
  type: 'SetPlanPeriod';
  firstYear: FinancialYear;
  lastYear: FinancialYear;
}

export interface BaseBudgetLineInput {
  code: string;
  name: string;
  kind: BudgetLineKind;
  amount: Money;
  payGroup?: PayGroup;
  inflationCategory?: InflationCategory;
}
export interface SetBaseBudget {
  type: 'SetBaseBudget';
  year: FinancialYear;
  lines: BaseBudgetLineInput[];
}

export interface SetPlanAssumptions {
  type: 'SetPlanAssumptions';
  year: FinancialYear;
  payAward: Rate;
  nonPayInflation: Rate;
  incomeInflation: Rate;
  grantChange: Rate;
  taxBaseGrowth: Rate;
}

export interface AddBudgetItem {
  type: 'AddBudgetItem';
  /** Chosen by the caller (the handler's id generator): decide() never makes ids. */
  itemId: string;
  kind: BudgetItemKind;
  fromYear: FinancialYear;
  amount: Money;
  recurrence: Recurrence;
  description: string;
  /** Absent: flat cash, as before categories existed. */
  inflation?: ItemInflation;
  /** With inflation non_pay only: the named category whose rate moves it. */
  inflationCategory?: InflationCategory;
}

export interface ReviseBudgetItem {
  type: 'ReviseBudgetItem';
  itemId: string;
  fromYear?: FinancialYear;
  amount?: Money;
  recurrence?: Recurrence;
  description?: string;
  inflation?: ItemInflation;
  /** Its non-pay inflation category; the item must be (or become) inflated as non_pay. */
  inflationCategory?: InflationCategory;
}

export interface WithdrawBudgetItem {
  type: 'WithdrawBudgetItem';
  itemId: string;
}

export interface RecordGrantSettlement {
  type: 'RecordGrantSettlement';
  year: FinancialYear;
  coreGrant: Money;
  formulaGrant: Money;
  legacyCouncilTaxGrants: Money;
  otherGeneralGrants: Money;
}

export interface RecordTaxBase {
  type: 'RecordTaxBase';
  year: FinancialYear;
  bandDEquivalents: Dec;
  /** The tax base by billing authority, when the force records it so; they must add up to `bandDEquivalents`. */
  billingAuthorities?: Array<{ code: string; name: string; bandDEquivalents: Dec }>;
}

export interface RecordCollectionFund {
  type: 'RecordCollectionFund';
  year: FinancialYear;
  amount: Money;
}

export interface RecordPrecept {
  type: 'RecordPrecept';
  year: FinancialYear;
  bandD: Money;
  status: PreceptStatus;
}

export type PreceptAssumptionInput =
  { kind: 'freeze' } | { kind: 'percentage'; rate: Rate } | { kind: 'pound'; amount: Money } | { kind: 'max_without_referendum' };

export interface SetPreceptAssumption {
  type: 'SetPreceptAssumption';
  year: FinancialYear;
  assumption: PreceptAssumptionInput;
}

export interface OpenReserve {
  type: 'OpenReserve';
  reserveId: string;
  name: string;
  kind: ReserveKind;
  purpose: string;
  openingBalance: Money;
  asAtYear: FinancialYear;
  /** Under the 2018 reserves guidance; optional (a general reserve is always contingency). */
  purposeCategory?: ReservePurposeCategory;
}

export interface CategoriseReservePurpose {
  type: 'CategoriseReservePurpose';
  reserveId: string;
  purposeCategory: ReservePurposeCategory;
}

export interface RecordReserveMovement {
  type: 'RecordReserveMovement';
  movementId?: string;
  reserveId: string;
  year: FinancialYear;
  direction: MovementDirection;
  basis: MovementBasis;
  amount: Money;
  /** Whether the movement funds (drawdown) or is funded by (contribution) the revenue budget. */
  supportsRevenueBudget: boolean;
  description: string;
}

export interface SetMinimumGeneralReserve {
  type: 'SetMinimumGeneralReserve';
  shareOfNre: Rate;
}

/** A line's or item's outturn as monitored: what it is forecast (or turned out) to cost or bring in. */
export interface MonitoredLineInput {
  code: string;
  amount: Money;
}
export interface MonitoredItemInput {
  itemId: string;
  amount: Money;
}

export interface RecordForecastOutturn {
  type: 'RecordForecastOutturn';
  year: FinancialYear;
  /** The budget-monitoring period: 1 = April … 6 = September … 12 = March. */
  asAtMonth: number;
  lines: MonitoredLineInput[];
  items: MonitoredItemInput[];
}

export interface RecordOutturn {
  type: 'RecordOutturn';
  year: FinancialYear;
  lines: MonitoredLineInput[];
  items: MonitoredItemInput[];
}

/** One year of a specific or ring-fenced grant; a ring-fenced one names the spend it funds. */
export interface RecordSpecificGrant {
  type: 'RecordSpecificGrant';
  grantId: string;
  name: string;
  kind: SpecificGrantKind;
  year: FinancialYear;
  amount: Money;
  /** The code of a base-budget line (pay or non-pay) it funds. */
  fundsBudgetLine?: string;
  /** The id of a cost pressure or growth item it funds. */
  fundsItem?: string;
  conditions?: string;
  /** A pay group's on-cost it funds, e.g. the officers' employer pension (instead of a line or item). */
  fundsOnCost?: FundsOnCost;
}

export interface WithdrawSpecificGrant {
  type: 'WithdrawSpecificGrant';
  grantId: string;
  year: FinancialYear;
}

export type ForceFinanceCommand =
  | SetPlanPeriod
  | SetBaseBudget
  | SetPlanAssumptions
  | AddBudgetItem
  | ReviseBudgetItem
  | WithdrawBudgetItem
  | RecordGrantSettlement
  | RecordTaxBase
  | RecordCollectionFund
  | RecordPrecept
  | OpenReserve
  | RecordReserveMovement
  | SetMinimumGeneralReserve
  | CategoriseReservePurpose
  | SetPreceptAssumption
  | RecordForecastOutturn
  | RecordOutturn
  | RecordSpecificGrant
  | WithdrawSpecificGrant
  | SetPayAward
  | SetPayOnCostRates
  | SetEstablishment
  | CapitalProgrammeCommand
  | SetInflationCategoryRates;

/** The force's inflation rates by named category for a year (replacing the year's rates). */
export interface SetInflationCategoryRates {
  type: 'SetInflationCategoryRates';
  year: FinancialYear;
  rates: { category: InflationCategory; rate: Rate }[];
}

/** Employer pension rates by scheme and employer NI, from a year. */
export interface SetPayOnCostRates {
  type: 'SetPayOnCostRates';
  year: FinancialYear;
  officersPension: Rate;
  staffPension: Rate;
  employerNationalInsurance: Rate;
}

/** A pay group's award for a year from a calendar month (9 = September), and its incremental drift. */
export interface SetPayAward {
  type: 'SetPayAward';
  year: FinancialYear;
  group: PayGroup;
  rate: Rate;
  effectiveMonth: number;
  incrementalDrift?: Rate;
}

/** A pay group's establishment in full-time equivalents for a year (more than zero). */
export interface SetEstablishment {
  type: 'SetEstablishment';
  year: FinancialYear;
  group: PayGroup;
  fte: Dec;
}

/**
 * Names a decision words its refusals with ("Hertfordshire has no plan period yet"): the
 * handler knows them when it checks the force exists. Presentation only, never in a command.
 */
export interface ForceNames {
  forceName: string;
}
