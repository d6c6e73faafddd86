import type { ReserveKind, ReservePurposeCategory } from '../force-finance/force-finance.events';
import type { Rate } from '../common/rate';
import type { MoneyFigure, RateFigure } from './figure';

/** The MTFP's reserves of a year (reserves-for-year.ts), part of MtfpYear. */

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
