import type { MrpMethod } from '../force-finance/capital-programme.events';
import type { MoneyFigure, RateFigure } from './figure';

/** How one year's capital spend is paid for, by source (a scheme's, or the programme's added up). */
export interface MtfpCapitalFunding {
  capitalGrant: MoneyFigure;
  capitalReceipts: MoneyFigure;
  /** Revenue contribution to capital outlay (RCCO): charged to the year's revenue budget (`capitalFinancing.revenueContribution`). */
  revenueContribution: MoneyFigure;
  /** Drawn from the named reserve as a planned use in the year (it shows in that reserve's drawdowns). */
  reserves: MoneyFigure;
  borrowing: MoneyFigure;
}

export interface MtfpCapitalScheme {
  schemeId: string;
  name: string;
  cost: MoneyFigure;
  funding: MtfpCapitalFunding;
  /** The id of the reserve the reserves part is drawn from; null when none is. */
  fromReserve: string | null;
  /** For MRP on the borrowing; null when the scheme does not borrow. */
  assetLifeYears: number | null;
}

/** The capital programme of one year: its schemes, what they cost and how they are funded. */
export interface MtfpCapitalProgramme {
  schemes: MtfpCapitalScheme[];
  spend: MoneyFigure;
  funding: MtfpCapitalFunding;
}

/** What one scheme-year's borrowing costs the revenue budget in a year (capital-financing-for-year.ts). */
export interface MtfpDebtCharge {
  /** "{schemeId}:{year of the spend, 2016-17}": a scheme may borrow in more than one year. */
  code: string;
  schemeId: string;
  name: string;
  spentIn: string;
  borrowing: MoneyFigure;
  assetLifeYears: number;
  /** The rate for borrowing taken in the spend year (fixed for its life); zero when none is recorded for it or before. */
  interestRate: RateFigure;
  /** Borrowing not yet provided for by MRP at the start of the year. */
  outstanding: MoneyFigure;
  mrp: MoneyFigure;
  interest: MoneyFigure;
}

/**
 * The revenue budget's capital financing line of a year:
 * total = inBaseBudget + mrp + interest + revenueContribution; in `expenditure.total`.
 */
export interface MtfpCapitalFinancing {
  mrpMethod: MrpMethod;
  /** The base budget's capital_financing lines (debt charges of past borrowing), never inflated. */
  inBaseBudget: MoneyFigure;
  mrp: MoneyFigure;
  interest: MoneyFigure;
  /** RCCO of the year's schemes. */
  revenueContribution: MoneyFigure;
  total: MoneyFigure;
  debtCharges: MtfpDebtCharge[];
  /** Schemes that borrowed before the base budget year: their charges are in the base budget already (codes as in debtCharges). */
  borrowingInBaseBudget: string[];
}
