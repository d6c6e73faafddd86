import type { BudgetItemKind, BudgetLineKind, Recurrence, ReserveKind } from '../force-finance/force-finance.events';
import type { MoneyFigure, QuantityFigure, RateFigure } from './figure';

/**
 * The MTFP of one force, year by year, as the engine computes it (exact Money, Rate and Dec);
 * `mtfpToJson` renders it for the API. How each figure is worked out is documented in
 * project-mtfp.ts.
 */

/** A plan assumption as used for a year: recorded for it, carried from an earlier year, or none (zero). */
export interface AssumptionFigure extends RateFigure {
  basis: 'recorded' | 'carried' | 'none';
  /** The year whose recorded assumptions were used. */
  recordedFor: string | null;
}

export interface MtfpAssumptions {
  payAward: AssumptionFigure;
  nonPayInflation: AssumptionFigure;
  incomeInflation: AssumptionFigure;
  grantChange: AssumptionFigure;
  taxBaseGrowth: AssumptionFigure;
}

export interface MtfpBudgetLine {
  code: string;
  name: string;
  kind: BudgetLineKind;
  /** The base budget year it was rolled forward from. */
  baseYear: string;
  amount: MoneyFigure;
}

export interface MtfpBudgetItem {
  itemId: string;
  kind: BudgetItemKind;
  recurrence: Recurrence;
  fromYear: string;
  description: string;
  /** Positive; savings are subtracted in `expenditure.total`. */
  amount: MoneyFigure;
}

export interface MtfpExternalSaving {
  code: string;
  name: string;
  amount: MoneyFigure;
  /** Present when the figure could not be worked out (then left out as zero): what is missing, and whose. */
  issue?: string;
  /** Present when the figure is realised (delivered), not a forecast or plan (for a recurring line: every increment in it). */
  realised?: true;
  /**
   * Present for a recurring saving: `amount` = `inYear` (the increment first saved this year) +
   * `carried` (increments of earlier years that keep saving), and the years those began.
   */
  recurring?: { inYear: MoneyFigure; carried: MoneyFigure; fromYears: string[] };
}

/** A force's contribution to one alliance's joint units in a year: its share of each unit's budget. */
export interface MtfpContribution {
  code: string;
  name: string;
  amount: MoneyFigure;
  units: { code: string; name: string; amount: MoneyFigure }[];
  /** Codes of the force's base-budget lines this contribution replaces in the year (listed in `linesReplaced`). */
  replacesLines: string[];
  issue?: string;
}

/** A base-budget line left out of the year because a contribution replaces it; its amount cites the marking too. */
export interface MtfpReplacedLine extends MtfpBudgetLine {
  /** The contribution's code. */
  replacedBy: string;
  /** Why the force marked it (ContributionReplacesBudgetLines.v1). */
  reason: string;
}

export interface MtfpExpenditure {
  baseBudgetYear: string | null;
  /** Pay and non-pay lines, rolled forward. */
  lines: MtfpBudgetLine[];
  pay: MoneyFigure;
  nonPay: MoneyFigure;
  items: MtfpBudgetItem[];
  costPressures: MoneyFigure;
  growth: MoneyFigure;
  savings: MoneyFigure;
  externalSavings: MtfpExternalSaving[];
  externalSavingsTotal: MoneyFigure;
  /**
   * The year's external savings already in its base budget, so not taken off again: those of
   * the base budget's own year or earlier (an approved budget reflects every saving delivered
   * up to it). Shown for the record; never in `total`.
   */
  externalSavingsInBaseBudget: MtfpExternalSaving[];
  /** Contributions to alliances' joint units, one per alliance, added to expenditure. */
  contributions: MtfpContribution[];
  contributionsTotal: MoneyFigure;
  /** Base-budget lines left out because a contribution replaces them (not in `lines`, `pay` or `nonPay`). */
  linesReplaced: MtfpReplacedLine[];
  /** pay + non-pay + cost pressures + growth − savings − external savings + contributions. */
  total: MoneyFigure;
}

export interface MtfpIncome {
  lines: MtfpBudgetLine[];
  total: MoneyFigure;
}

export interface GrantFigure extends MoneyFigure {
  /** settled: from the year's settlement; projected: an earlier settlement moved by the grant change; carried: an earlier settlement, flat. */
  basis: 'settled' | 'projected' | 'carried' | 'none';
  settledYear: string | null;
}

export interface BandDFigure extends MoneyFigure {
  /** frozen: no Band D for the year, so the latest earlier one carries on. */
  basis: 'override' | 'approved' | 'proposed' | 'frozen' | 'none';
  /** The year whose Band D (or override) is used. */
  setFor: string | null;
}

export interface TaxBaseFigure extends QuantityFigure {
  basis: 'recorded' | 'projected' | 'none';
  recordedFor: string | null;
}

export interface CollectionFundFigure extends MoneyFigure {
  basis: 'recorded' | 'none';
}

export interface MtfpFunding {
  coreGrant: GrantFigure;
  formulaGrant: GrantFigure;
  legacyCouncilTaxGrants: GrantFigure;
  otherGeneralGrants: GrantFigure;
  precept: { bandD: BandDFigure; taxBase: TaxBaseFigure; income: MoneyFigure };
  collectionFund: CollectionFundFigure;
  total: MoneyFigure;
}

export interface MtfpReserveYear {
  reserveId: string;
  name: string;
  kind: ReserveKind;
  opening: MoneyFigure;
  contributions: MoneyFigure;
  drawdowns: MoneyFigure;
  closing: MoneyFigure;
}

/** Reserves applied to the year's gap: drawdowns that support the revenue budget less contributions made from it. */
export interface MtfpReserveUse {
  drawdowns: MoneyFigure;
  contributions: MoneyFigure;
  net: MoneyFigure;
}

export interface MtfpGeneralReserveCheck {
  /** All general reserves together. */
  closing: MoneyFigure;
  minimumShareOfNre: RateFigure | null;
  minimum: MoneyFigure | null;
  belowMinimum: boolean;
}

export interface MtfpYear {
  year: string;
  withinPlanPeriod: boolean;
  assumptions: MtfpAssumptions;
  expenditure: MtfpExpenditure;
  income: MtfpIncome;
  /** Net revenue expenditure: expenditure less income. */
  nre: MoneyFigure;
  funding: MtfpFunding;
  /** NRE less total funding: positive means a shortfall. */
  gap: MoneyFigure;
  reserveUse: MtfpReserveUse;
  /** The gap less net reserve use, when that is positive; zero in a surplus year. */
  savingsToIdentify: MoneyFigure;
  /** Net reserve use and funding beyond the gap, when there is more than it needs; else zero. */
  surplus: MoneyFigure;
  reserves: MtfpReserveYear[];
  generalReserve: MtfpGeneralReserveCheck | null;
  /** Things a finance officer must act on, e.g. general reserves below the minimum. */
  alerts: string[];
}

export interface MtfpProjection {
  from: string;
  to: string;
  planPeriod: { firstYear: string; lastYear: string } | null;
  years: MtfpYear[];
  /** Where the engine had to assume something (missing assumptions, settlements, tax base, Band D). */
  warnings: string[];
}
