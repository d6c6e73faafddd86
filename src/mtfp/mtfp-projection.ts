import type { Money } from '../common/money';
import type {
  BudgetItemKind,
  BudgetLineKind,
  ItemInflation,
  PayGroup,
  PreceptAssumptionKind,
  Recurrence,
} from '../force-finance/force-finance.events';
import type { Rate } from '../common/rate';
import type { MoneyFigure, QuantityFigure, RateFigure } from './figure';
import type { MtfpMonitoring } from './budget-monitoring.types';
import type { InflationCategory } from '../force-finance/force-finance.events';
import type { MtfpFundedBy, MtfpSpecificGrant } from './specific-grant-line';
import type { MtfpCapitalFinancing, MtfpCapitalProgramme } from './capital-financing-line';

export type { MtfpFundedBy, MtfpSpecificGrant };
export type { MtfpPayAward, MtfpPayGroup, MtfpPayOnCosts } from './mtfp-pay.types';
export type {
  MtfpGeneralReserveCheck,
  MtfpPlannedAndActual,
  MtfpReservePurpose,
  MtfpReservePurposeGroup,
  MtfpReserveUse,
  MtfpReserveYear,
} from './mtfp-reserves.types';
import type { MtfpPayGroup } from './mtfp-pay.types';
import type { MtfpGeneralReserveCheck, MtfpReservePurposeGroup, MtfpReserveUse, MtfpReserveYear } from './mtfp-reserves.types';

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
  /** Present when specific grants fund this line in the year. */
  fundedBy?: MtfpFundedBy[];
  /** A pay line's pay group: it moves by the group's awards and drift (see `expenditure.payGroups`). */
  payGroup?: PayGroup;
  /** A non-pay line of a named inflation category: the category and the rate that moved it into this year. */
  inflationCategory?: MtfpCategoryInflation;
}

/** A named inflation category of a non-pay line or item, and the rate used for the year (inflation-category-growth.ts). */
export interface MtfpCategoryInflation {
  category: InflationCategory;
  /** The rate that moved the figure into this year: null in its first year (base year, or an item's first year). */
  rate: RateFigure | null;
  /** category: the force's rate for the category that year; non_pay_inflation: none recorded, so the plan's (with a warning). */
  basis: 'category' | 'non_pay_inflation' | null;
}

export interface MtfpBudgetItem {
  itemId: string;
  kind: BudgetItemKind;
  recurrence: Recurrence;
  fromYear: string;
  description: string;
  /** Positive; savings are subtracted in `expenditure.total`. In this year's prices (see `inflation`). */
  amount: MoneyFigure;
  /** How it moves after its first year: pay (the pay award), non_pay (non-pay inflation) or none (flat cash). */
  inflation: ItemInflation;
  /** The amount as recorded, at the prices of its first year. */
  recordedAmount: MoneyFigure;
  /** An item inflated as non-pay with a named category: the category and the rate that moved it into this year. */
  inflationCategory?: MtfpCategoryInflation;
  /** Present when specific grants fund this item in the year. */
  fundedBy?: MtfpFundedBy[];
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
  /**
   * Present when the line has a figure first saved this year: whether that figure recurs in later
   * years or is one-off (a programme says so per year; see savings-year-recurrence.ts).
   */
  yearRecurrence?: 'recurring' | 'one_off';
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
  /** pay + pay on-costs + non-pay + cost pressures + growth − savings − external savings + contributions + capital financing (`capitalFinancing.total`). */
  total: MoneyFigure;
  /** Each pay group's pay worked out (award, part-year effect, drift); only groups with pay lines that name them. In `pay`, not added again. */
  payGroups: MtfpPayGroup[];
  /** The pay groups' employer on-costs (pension, NI, apprenticeship levy) added up; in `total`. Zero without on-cost rates. */
  payOnCosts: MoneyFigure;
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
  /** frozen: no Band D for the year, so the latest earlier one carries on; assumed: the plan's precept assumption for the year. */
  basis: 'override' | 'approved' | 'proposed' | 'assumed' | 'frozen' | 'none';
  /** The year whose Band D (or override, or assumption) is used. */
  setFor: string | null;
  /** Present when the year's Band D comes from the plan's precept assumption for it. */
  assumption?: MtfpBandDAssumption;
}

export interface MtfpBandDAssumption {
  kind: PreceptAssumptionKind;
  rate?: Rate;
  amount?: Money;
  /** max_without_referendum: the year whose principles were used (an earlier year's when none is recorded for it; null: none at all, a freeze). */
  principlesOf?: string | null;
  /** A percentage or £ assumption: whether the Band D it gives needs a referendum under the year's principles. */
  needsReferendum?: boolean;
}

export interface TaxBaseFigure extends QuantityFigure {
  basis: 'recorded' | 'projected' | 'none';
  recordedFor: string | null;
}

export interface MtfpBillingAuthorityPrecept {
  code: string;
  name: string;
  /** Its tax base in Band D equivalents (a projected year: its recorded share of the projected total). */
  taxBase: QuantityFigure;
  /** Its share of the council tax requirement, to the penny; the authorities' precepts add up to it exactly. */
  precept: MoneyFigure;
}

export interface CollectionFundFigure extends MoneyFigure {
  basis: 'recorded' | 'none';
}

export interface MtfpFunding {
  coreGrant: GrantFigure;
  formulaGrant: GrantFigure;
  legacyCouncilTaxGrants: GrantFigure;
  otherGeneralGrants: GrantFigure;
  /** Specific and ring-fenced grants, each its own line (in `total`, never in the council tax requirement). */
  specificGrants: MtfpSpecificGrant[];
  specificGrantsTotal: MoneyFigure;
  precept: {
    bandD: BandDFigure;
    taxBase: TaxBaseFigure;
    income: MoneyFigure;
    /** The council tax requirement (Local Government Finance Act 1992 s42A): Band D × tax base, what the precept must raise. */
    councilTaxRequirement: MoneyFigure;
    /** The precept issued to each billing authority, where the tax base is recorded by billing authority; else empty. */
    byBillingAuthority: MtfpBillingAuthorityPrecept[];
  };
  collectionFund: CollectionFundFigure;
  total: MoneyFigure;
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
  /** The reserves grouped by purpose (within_mtfp, beyond_mtfp, contingency, then unclassified), those open in the year. */
  reservesByPurpose: MtfpReservePurposeGroup[];
  generalReserve: MtfpGeneralReserveCheck | null;
  /** Things a finance officer must act on, e.g. general reserves below the minimum or above 5 % of NRE. */
  alerts: string[];
  /** Budget monitoring: the budget beside the latest forecast outturn or the actual; null when none is recorded (budget-monitoring.types.ts). */
  monitoring: MtfpMonitoring | null;
  /** The revenue budget's capital financing line (in `expenditure.total`): base debt charges, MRP, interest and RCCO (capital-financing-for-year.ts). */
  capitalFinancing: MtfpCapitalFinancing;
  /** The year's capital schemes and how they are funded (capital-programme-for-year.ts). */
  capitalProgramme: MtfpCapitalProgramme;
}

export interface MtfpProjection {
  from: string;
  to: string;
  planPeriod: { firstYear: string; lastYear: string } | null;
  years: MtfpYear[];
  /** Where the engine had to assume something (missing assumptions, settlements, tax base, Band D). */
  warnings: string[];
}
