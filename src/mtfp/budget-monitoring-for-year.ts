import { Money } from '../common/money';
import type { FinancialYear } from '../common/financial-year';
import type { OutturnFact } from '../force-finance/budget-monitoring.facts';
import { monitoringMonthName } from '../force-finance/budget-monitoring-rules';
import type { ForceFinanceState } from '../force-finance/force-finance.state';
import { budgetItemList } from '../force-finance/force-finance.state';
import { moneyFigure, sumFigures, type MoneyFigure } from './figure';
import type {
  MtfpMonitoring,
  MtfpMonitoringItem,
  MtfpMonitoringLine,
  MtfpMonitoringRow,
  MtfpMonitoringTotal,
} from './budget-monitoring.types';
import type { MtfpYear } from './mtfp-projection';
import { generalReserveAfterOutturn } from './monitoring-general-reserve';
import type { Warnings } from './warnings';

/** What of the planned year the comparison needs: the plan stays the budget. */
export type PlannedYear = Pick<MtfpYear, 'expenditure' | 'income' | 'nre' | 'reserves' | 'generalReserve'>;

/**
 * The year's budget monitoring (types in budget-monitoring.types.ts), or null when nothing is
 * recorded for it. The year-end actual supersedes the forecasts of its year; otherwise the latest
 * forecast counts. Each base-budget line and budget item of the year is shown at its budget in
 * the plan (rolled forward, in the year's prices) beside its outturn; a line or item the forecast
 * does not name is taken as on budget. Alliance savings and contributions to joint units are not
 * monitored by the force: they stay at budget in the totals.
 */
export function budgetMonitoringForYear(
  facts: ForceFinanceState,
  year: FinancialYear,
  plan: PlannedYear,
  warnings: Warnings,
): MtfpMonitoring | null {
  const recorded = facts.monitoring?.[year.toString()];
  const outturn: OutturnFact | null = recorded?.actual ?? recorded?.forecast ?? null;
  if (!recorded || !outturn) return null;
  const forecast = recorded.actual ? null : recorded.forecast;

  const lines = monitoredLines(facts, year, plan, outturn, warnings);
  const items = monitoredItems(facts, year, plan, outturn, warnings);
  const spending = [...lines.filter((l) => l.kind !== 'income'), ...items];
  const expenditure = total(plan.expenditure.total, spending, +1);
  const income = total(
    plan.income.total,
    lines.filter((l) => l.kind === 'income'),
    -1,
  );
  const variance = moneyFigure(
    expenditure.variance.value.plus(income.variance.value),
    expenditure.variance.sources,
    income.variance.sources,
  );
  const nre = {
    budget: plan.nre,
    outturn: moneyFigure(plan.nre.value.plus(variance.value), plan.nre.sources, variance.sources),
    variance,
  };
  return {
    basis: recorded.actual ? 'actual' : 'forecast',
    asAtMonth: forecast ? forecast.asAtMonth : null,
    asAtMonthName: forecast ? monitoringMonthName(forecast.asAtMonth) : null,
    lines,
    items,
    expenditure,
    income,
    nre,
    position: variance.value.isPositive() ? 'overspend' : variance.value.isNegative() ? 'underspend' : 'on_budget',
    generalReserve: generalReserveAfterOutturn(facts, year.toString(), plan, variance),
  };
}

function monitoredLines(
  facts: ForceFinanceState,
  year: FinancialYear,
  plan: PlannedYear,
  outturn: OutturnFact,
  warnings: Warnings,
): MtfpMonitoringLine[] {
  const planned = [...plan.expenditure.lines, ...plan.income.lines];
  const rows: MtfpMonitoringLine[] = planned.map((line) => {
    const reported = outturn.lines.find((l) => l.code === line.code);
    return { code: line.code, kind: line.kind, ...row(line.name, line.amount, reported?.amount, outturn, line.kind === 'income') };
  });
  // A line the budget no longer has (re-recorded since, or replaced by a contribution): spending or income with no budget.
  for (const given of outturn.lines.filter((l) => !planned.some((p) => p.code === l.code))) {
    const known = plan.expenditure.linesReplaced.find((l) => l.code === given.code) ?? anyBaseBudgetLine(facts, given.code);
    const kind = known?.kind ?? 'non_pay';
    warnings.add(
      `The ${year} outturn names budget line ${given.code}, which the year's budget no longer has: it counts against a budget of nil`,
    );
    rows.push({
      code: given.code,
      kind,
      ...row(known?.name ?? given.code, moneyFigure(Money.ZERO), given.amount, outturn, kind === 'income'),
    });
  }
  return rows;
}

function monitoredItems(
  facts: ForceFinanceState,
  year: FinancialYear,
  plan: PlannedYear,
  outturn: OutturnFact,
  warnings: Warnings,
): MtfpMonitoringItem[] {
  const rows: MtfpMonitoringItem[] = plan.expenditure.items.map((item) => {
    const reported = outturn.items.find((i) => i.itemId === item.itemId);
    return {
      itemId: item.itemId,
      kind: item.kind,
      ...row(item.description, item.amount, reported?.amount, outturn, item.kind === 'saving'),
    };
  });
  for (const given of outturn.items.filter((i) => !plan.expenditure.items.some((p) => p.itemId === i.itemId))) {
    const known = budgetItemList(facts).find((i) => i.itemId === given.itemId);
    const kind = known?.kind ?? 'cost_pressure';
    warnings.add(
      `The ${year} outturn names budget item ${given.itemId}, which no longer counts in the year: it counts against a budget of nil`,
    );
    const name = known?.description ?? given.itemId;
    rows.push({ itemId: given.itemId, kind, ...row(name, moneyFigure(Money.ZERO), given.amount, outturn, kind === 'saving') });
  }
  return rows;
}

/** One row: a row the outturn does not name is on budget; `lessIsOverspend` for income and savings. */
function row(
  name: string,
  budget: MoneyFigure,
  given: string | undefined,
  outturn: OutturnFact,
  lessIsOverspend: boolean,
): MtfpMonitoringRow {
  const out =
    given === undefined ? moneyFigure(budget.value, budget.sources, outturn.sources) : moneyFigure(Money.of(given), outturn.sources);
  const difference = lessIsOverspend ? budget.value.minus(out.value) : out.value.minus(budget.value);
  return { name, budget, outturn: out, reported: given !== undefined, variance: moneyFigure(difference, out.sources, budget.sources) };
}

/** A total as planned and as monitored: `sign` +1 where the rows add to it (spending), −1 where they are income. */
function total(budget: MoneyFigure, rows: readonly MtfpMonitoringRow[], sign: 1 | -1): MtfpMonitoringTotal {
  const variance = sumFigures(rows.map((r) => r.variance));
  const outturn = moneyFigure(
    sign === 1 ? budget.value.plus(variance.value) : budget.value.minus(variance.value),
    budget.sources,
    variance.sources,
  );
  return { budget, outturn, variance };
}

function anyBaseBudgetLine(facts: ForceFinanceState, code: string) {
  const years = Object.keys(facts.baseBudgets).sort().reverse();
  for (const y of years) {
    const line = facts.baseBudgets[y].lines.find((l) => l.code === code);
    if (line) return line;
  }
  return undefined;
}
