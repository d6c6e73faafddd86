import type { PayGroup } from '../force-finance/force-finance.events';
import type { MtfpEstablishment } from './establishment-for-year';
import type { MoneyFigure, RateFigure } from './figure';
import type { MtfpFundedBy } from './specific-grant-line';
import type { FundableOnCost } from '../force-finance/establishment.events';

/** The MTFP's pay by group (pay-groups-for-year.ts, pay-on-costs.ts), part of MtfpExpenditure. */

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

/** One on-cost of a pay group with the specific grants tied to it: net = cost − granted (what the budget bears). */
export interface MtfpFundedOnCost {
  cost: MoneyFigure;
  fundedBy: MtfpFundedBy[];
  granted: MoneyFigure;
  net: MoneyFigure;
}

/** The on-costs of a pay group that specific grants fund, by on-cost. */
export type MtfpOnCostFunding = Partial<Record<FundableOnCost, MtfpFundedOnCost>>;
