import { InvalidInputError } from '../../common/errors';
import { FinancialYear } from '../../common/financial-year';
import { Money } from '../../common/money';
import type { Sent } from '../../common/sent';
import { parseId } from '../command-input';
import type * as C from '../force-finance.commands';

type Optional<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>;
export type BudgetMonitoringRequest = Optional<Sent<C.RecordForecastOutturn>, 'items'> | Optional<Sent<C.RecordOutturn>, 'items'>;

const MAX_LINES = 1000;
const MAX_ITEMS = 1000;

/** A forecast outturn or actual as a caller sends it, parsed field by field (a malformed value is a 400 naming it). */
export function toBudgetMonitoringCommand(request: BudgetMonitoringRequest): C.RecordForecastOutturn | C.RecordOutturn {
  const year = FinancialYear.parse(request.year, 'year');
  const lines = monitoredLines(request.lines);
  const items = request.items === undefined ? [] : monitoredItems(request.items);
  if (request.type === 'RecordOutturn') return { type: request.type, year, lines, items };
  return { type: request.type, year, asAtMonth: monitoringMonth(request.asAtMonth), lines, items };
}

function monitoringMonth(given: unknown): number {
  if (typeof given !== 'number' || !Number.isInteger(given) || given < 1 || given > 12) {
    throw new InvalidInputError('asAtMonth', 'must be the budget-monitoring month, a whole number from 1 (April) to 12 (March)');
  }
  return given;
}

function monitoredLines(given: unknown): C.MonitoredLineInput[] {
  if (!Array.isArray(given) || given.length === 0 || given.length > MAX_LINES) {
    throw new InvalidInputError('lines', `must list 1 to ${MAX_LINES} budget lines, each a code and an amount`);
  }
  return given.map((entry: Record<string, unknown> | null, i) => {
    const field = `lines[${i}]`;
    if (typeof entry !== 'object' || entry === null) throw new InvalidInputError(field, 'must be a budget line code and an amount');
    return { code: parseId(entry.code, `${field}.code`), amount: Money.parse(entry.amount, `${field}.amount`) };
  });
}

function monitoredItems(given: unknown): C.MonitoredItemInput[] {
  if (!Array.isArray(given) || given.length > MAX_ITEMS) {
    throw new InvalidInputError('items', `must list at most ${MAX_ITEMS} budget items, each an itemId and an amount`);
  }
  return given.map((entry: Record<string, unknown> | null, i) => {
    const field = `items[${i}]`;
    if (typeof entry !== 'object' || entry === null) throw new InvalidInputError(field, 'must be a budget item id and an amount');
    return { itemId: parseId(entry.itemId, `${field}.itemId`), amount: Money.parse(entry.amount, `${field}.amount`) };
  });
}
