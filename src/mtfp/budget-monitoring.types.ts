import type { BudgetItemKind, BudgetLineKind } from '../force-finance/force-finance.events';
import type { MoneyFigure } from './figure';

/**
 * Budget monitoring of one MTFP year: the budget as the plan has it beside the latest forecast
 * outturn or the year-end actual. Every `variance` is the effect on net spending, positive an
 * overspend: outturn − budget for spending, budget − outturn for income and savings (less income
 * or less saving than budgeted is an overspend). The plan itself is never changed by it.
 */
export interface MtfpMonitoringRow {
  name: string;
  budget: MoneyFigure;
  /** The forecast (or actual) outturn; the budget where the forecast does not name the row (taken as on budget). */
  outturn: MoneyFigure;
  /** Whether the forecast or actual names this row. */
  reported: boolean;
  variance: MoneyFigure;
}

export interface MtfpMonitoringLine extends MtfpMonitoringRow {
  code: string;
  kind: BudgetLineKind;
}

export interface MtfpMonitoringItem extends MtfpMonitoringRow {
  itemId: string;
  kind: BudgetItemKind;
}

export interface MtfpMonitoringTotal {
  budget: MoneyFigure;
  outturn: MoneyFigure;
  variance: MoneyFigure;
}

/** What the year's over- or underspend would do to the general reserve at the year end; the planned figures stay as they are. */
export interface MtfpMonitoringGeneralReserve {
  /** The general reserves' closing balance as the MTFP counts it. */
  closing: MoneyFigure;
  /** projected: closing less the net overspend (plus an underspend); recorded: the force recorded the year's actual general reserve movements, already in `closing`. */
  basis: 'projected' | 'recorded';
  closingAfterOutturn: MoneyFigure;
  belowMinimumAfterOutturn: boolean;
  note: string;
}

export interface MtfpMonitoring {
  /** forecast: the latest forecast outturn of the year; actual: the year-end outturn, which supersedes the forecasts. */
  basis: 'forecast' | 'actual';
  /** The forecast's budget-monitoring month (1 = April … 12 = March); null for an actual. */
  asAtMonth: number | null;
  asAtMonthName: string | null;
  lines: MtfpMonitoringLine[];
  items: MtfpMonitoringItem[];
  /** Expenditure as the MTFP has it (alliance savings and contributions taken at budget) and as forecast. */
  expenditure: MtfpMonitoringTotal;
  income: MtfpMonitoringTotal;
  /** Net revenue expenditure: `variance` is the net over- (positive) or underspend of the year. */
  nre: MtfpMonitoringTotal;
  position: 'overspend' | 'underspend' | 'on_budget';
  /** null when the force holds no general reserve that year. */
  generalReserve: MtfpMonitoringGeneralReserve | null;
}
