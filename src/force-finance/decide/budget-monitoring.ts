import { FinancialYear } from '../../common/financial-year';
import { RuleViolationError } from '../../common/errors';
import { baseBudgetOfYear, itemCountsInYear, monitoringMonthName } from '../budget-monitoring-rules';
import type { ForceNames, MonitoredItemInput, MonitoredLineInput, RecordForecastOutturn, RecordOutturn } from '../force-finance.commands';
import type { ForecastOutturnRecorded, MonitoredItem, MonitoredLine, OutturnRecorded } from '../force-finance.events';
import { findBudgetItem, type ForceFinanceState } from '../force-finance.state';
import { requireNonNegative } from '../money-rules';
import { possessive, requireYearInPlan } from '../plan-period-rules';

/**
 * Budget monitoring: a forecast outturn during the year, the actual at its end. Each names lines
 * of the year's budget (the base budget the MTFP rolls the year from) and, optionally, budget
 * items that count in the year; it never changes the plan it is compared with.
 */
export function decideRecordForecastOutturn(
  command: RecordForecastOutturn,
  state: ForceFinanceState,
  { forceName }: ForceNames,
): ForecastOutturnRecorded[] {
  const { year, asAtMonth } = command;
  requireYearInPlan(state, forceName, year, 'year');
  if (state.monitoring?.[year.toString()]?.actual) {
    throw new RuleViolationError(
      `${possessive(forceName)} ${year} actual outturn is already recorded: a forecast (as at ${monitoringMonthName(asAtMonth)}) can no longer replace it`,
      'year',
    );
  }
  const { lines, items } = monitored(command, state, forceName);
  return [{ type: 'ForecastOutturnRecorded.v1', data: { year: year.toString(), asAtMonth, lines, ...(items.length ? { items } : {}) } }];
}

export function decideRecordOutturn(command: RecordOutturn, state: ForceFinanceState, { forceName }: ForceNames): OutturnRecorded[] {
  requireYearInPlan(state, forceName, command.year, 'year');
  const { lines, items } = monitored(command, state, forceName);
  return [{ type: 'OutturnRecorded.v1', data: { year: command.year.toString(), lines, ...(items.length ? { items } : {}) } }];
}

function monitored(
  command: { year: FinancialYear; lines: MonitoredLineInput[]; items: MonitoredItemInput[] },
  state: ForceFinanceState,
  forceName: string,
): { lines: MonitoredLine[]; items: MonitoredItem[] } {
  const { year } = command;
  const base = baseBudgetOfYear(state, year);
  if (!base) {
    throw new RuleViolationError(`${forceName} has no base budget for ${year} or an earlier year: there is no budget to monitor`, 'year');
  }
  const codes = new Set(base.lines.map((line) => line.code));
  unique(command.lines, (line) => line.code, 'lines', 'code', `Budget line`);
  const lines = command.lines.map(({ code, amount }, i) => {
    if (!codes.has(code)) {
      throw new RuleViolationError(
        `Budget line ${code} is not in ${possessive(forceName)} ${year} budget (its base budget of ${base.year} has ${[...codes].join(', ')})`,
        `lines[${i}].code`,
      );
    }
    requireNonNegative(amount, `lines[${i}].amount`, `The outturn of budget line ${code}`);
    return { code, amount: amount.toExact() };
  });

  const baseYear = FinancialYear.parse(base.year, 'year');
  unique(command.items, (item) => item.itemId, 'items', 'itemId', 'Budget item');
  const items = command.items.map(({ itemId, amount }, i) => {
    const item = findBudgetItem(state, itemId);
    if (!item || !itemCountsInYear(item, year, baseYear)) {
      throw new RuleViolationError(`Budget item ${itemId} is not in ${possessive(forceName)} ${year} budget`, `items[${i}].itemId`);
    }
    requireNonNegative(amount, `items[${i}].amount`, `The outturn of "${item.description}"`);
    return { itemId, amount: amount.toExact() };
  });
  return { lines, items };
}

function unique<T>(entries: readonly T[], key: (entry: T) => string, list: string, field: string, what: string): void {
  const seen = new Map<string, number>();
  entries.forEach((entry, i) => {
    const first = seen.get(key(entry));
    if (first !== undefined) {
      throw new RuleViolationError(
        `${what} ${key(entry)} appears more than once (${list} ${first + 1} and ${i + 1}): give each one outturn`,
        `${list}[${i}].${field}`,
      );
    }
    seen.set(key(entry), i);
  });
}
