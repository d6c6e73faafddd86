import type { Money } from '../common/money';
import type {
  BudgetItemKind,
  BudgetLineKind,
  ItemInflation,
  PayGroup,
  PreceptAssumptionKind,
  Recurrence,
  ReserveKind,
  ReservePurposeCategory,
} from '../force-finance/force-finance.events';
import type { Rate } from '../common/rate';
import type { MoneyFigure, QuantityFigure, RateFigure } from './figure';
import type { MtfpMonitoring } from './budget-monitoring.types';
import type { InflationCategory } from '../force-finance/force-finance.events';
import type { MtfpFundedBy, MtfpSpecificGrant } from './specific-grant-line';
import type { MtfpEstablishment } from './establishment-for-year';
import type { MtfpOnCostFunding } from './on-cost-grants';
import type { MtfpCapitalFinancing, MtfpCapitalProgramme } from './capital-financing-line';

export type { MtfpFundedBy, MtfpSpecificGrant };

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

/** A pay group's award and drift in a year (pay-award-growth.ts). */
export interface MtfpPayAward {
  /** recorded: the group's PayAwardSet.v1 for the year; plan: none recorded, so the plan's pay award for the full year. */
  basis: 'recorded' | 'plan';
  rate: RateFigure;
  /** Calendar month it takes effect (9 = September); null for the plan's full-year pay award. */
  effectiveMonth: number | null;
  /** Months of the financial year it is paid in (September: 7). */
  monthsInYear: number;
  incrementalDrift: RateFigure;
}

/** One pay group's pay in a year: total = opening + drift + awardInYear (to the penny). */
export interface MtfpPayGroup {
  group: PayGroup;
  /** Its pay lines in `lines`. */
  lineCodes: string[];
  /** Its pay in the base budget. */
  base: MoneyFigure;
  /** Its pay level at the start of the year: the base with every earlier year's award and drift in full. */
  opening: MoneyFigure;
  /** Null in the base budget's own year (the budget holds its pay). */
  award: MtfpPayAward | null;
  /** Incremental drift: opening × the year's drift rate. */
  drift: MoneyFigure;
  /** The award's full-year effect: (opening + drift) × award. */
  awardFullYear: MoneyFigure;
  /** The part-year effect the year bears: awardFullYear × monthsInYear ⁄ 12. */
  awardInYear: MoneyFigure;
  /** Its pay lines added up. */
  total: MoneyFigure;
  /** Employer on-costs on `total` (pay-on-costs.ts); null where the force records no on-cost rates: its pay lines include them. */
  onCosts: MtfpPayOnCosts | null;
  /** Its establishment (FTE) in the year beside the base year's, and what the change adds to `total`; null where the force records none for both. */
  establishment: MtfpEstablishment | null;
}

export interface MtfpPayOnCosts {
  /** The year whose recorded rates apply (this year's, or an earlier year's carried on). */
  ratesFrom: string;
  /** police: the police officers' pension scheme; lgps: the Local Government Pension Scheme (staff, PCSOs). */
  pensionScheme: 'police' | 'lgps';
  pensionRate: RateFigure;
  nationalInsuranceRate: RateFigure;
  pension: MoneyFigure;
  nationalInsurance: MoneyFigure;
  /** Its share (by pay) of 0.5 % of the groups' pay bill above £3m, from 2017/18. */
  apprenticeshipLevy: MoneyFigure;
  total: MoneyFigure;
  /** The on-costs specific grants fund, each with its cost, the grants and the net; null when none do (on-cost-grants.ts). */
  funding: MtfpOnCostFunding | null;
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

/** Purpose under the Home Office reserves guidance (2018); unclassified: an earmarked reserve whose purpose was never recorded. */
export type MtfpReservePurpose = ReservePurposeCategory | 'unclassified';

/** Movements of one year and direction as planned, as actually made (null: no outturn recorded) and actual − planned. */
export interface MtfpPlannedAndActual {
  planned: MoneyFigure;
  actual: MoneyFigure | null;
  variance: MoneyFigure | null;
}

export interface MtfpReserveYear {
  reserveId: string;
  name: string;
  kind: ReserveKind;
  purposeCategory: MtfpReservePurpose;
  opening: MoneyFigure;
  /** As counted in the balance: the actual where one is recorded for the year and direction, else as planned. */
  contributions: MoneyFigure;
  drawdowns: MoneyFigure;
  closing: MoneyFigure;
  /** The plan and the outturn side by side: an actual replaces the plan in the balance for its year only, and the plan stays. */
  plannedAndActual: { contributions: MtfpPlannedAndActual; drawdowns: MtfpPlannedAndActual };
  /** The closing balance had every year gone to plan (planned movements only). */
  plannedClosing: MoneyFigure;
}

/** The reserves of one purpose together (the 2018 guidance publishes reserves so), with their planned use. */
export interface MtfpReservePurposeGroup {
  purposeCategory: MtfpReservePurpose;
  reserveIds: string[];
  opening: MoneyFigure;
  contributions: MoneyFigure;
  drawdowns: MoneyFigure;
  closing: MoneyFigure;
  plannedContributions: MoneyFigure;
  /** The planned use of the year. */
  plannedDrawdowns: MoneyFigure;
  /** Planned beside actual (each reserve's actual where recorded, else its plan; null while none has one) and the variance (reserve-purpose-planned-and-actual.ts). */
  plannedAndActual: { contributions: MtfpPlannedAndActual; drawdowns: MtfpPlannedAndActual };
}

/** Reserves applied to the year's gap: drawdowns that support the revenue budget less contributions made from it. */
export interface MtfpReserveUse {
  drawdowns: MoneyFigure;
  contributions: MoneyFigure;
  net: MoneyFigure;
  /** The same as planned; the figures above count the actual where one is recorded. */
  planned: { drawdowns: MoneyFigure; contributions: MoneyFigure; net: MoneyFigure };
  /** net − planned net: zero until an outturn differs from the plan. */
  variance: MoneyFigure;
}

export interface MtfpGeneralReserveCheck {
  /** All general reserves together. */
  closing: MoneyFigure;
  minimumShareOfNre: RateFigure | null;
  minimum: MoneyFigure | null;
  belowMinimum: boolean;
  /** The Home Office guidance (2018): a general reserve above 5 % of NRE needs justification. */
  guidanceCeilingShareOfNre: Rate;
  guidanceCeiling: MoneyFigure;
  aboveGuidanceCeiling: boolean;
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
