import { FinancialYear } from '../common/financial-year';
import { Money } from '../common/money';
import type { ReserveFact, ReserveMovementFact } from './force-finance.state';
import { sourcedMoney, sumSourced, type SourcedMoney } from './sourced-money';

/**
 * A reserve's balance year by year. The rule, used both to refuse drawdowns and by the MTFP:
 * - the opening balance is the balance at the start of the reserve's `asAtYear`;
 * - closing = opening + contributions − drawdowns; the next year opens at this year's closing;
 * - within one year and direction, actual movements replace planned ones: once any actual
 *   drawdown is recorded for a year, that year's planned drawdowns no longer count (likewise
 *   for contributions), because the outturn supersedes the plan.
 * Movements within a year are not ordered, so "below zero at any point" is checked at each
 * year end.
 */
export interface ReserveYear {
  year: string;
  opening: SourcedMoney;
  contributions: SourcedMoney;
  drawdowns: SourcedMoney;
  closing: SourcedMoney;
  /** The movements that count in this year. */
  movements: ReserveMovementFact[];
}

/** The movements of a year that count: actual ones where recorded, else planned, per direction. */
export function effectiveMovements(reserve: Pick<ReserveFact, 'movements'>, year: string): ReserveMovementFact[] {
  return countedOf(reserve.movements.filter((m) => m.year === year));
}

/** Of one year's movements, those that count (see effectiveMovements). */
function countedOf(ofYear: readonly ReserveMovementFact[]): ReserveMovementFact[] {
  const counted: ReserveMovementFact[] = [];
  for (const direction of ['contribution', 'drawdown'] as const) {
    const same = ofYear.filter((m) => m.direction === direction);
    const actual = same.filter((m) => m.basis === 'actual');
    counted.push(...(actual.length > 0 ? actual : same));
  }
  return counted;
}

/**
 * Balances from the reserve's opening year through `throughYear`, or through its last
 * movement if that is later. Empty when `throughYear` is before the reserve opened and it has
 * no movements.
 */
export function reserveBalances(reserve: ReserveFact, throughYear: FinancialYear): ReserveYear[] {
  const first = FinancialYear.parse(reserve.asAtYear, 'asAtYear');
  let last = throughYear;
  // Each year's movements, in the order recorded: one pass, not one scan of them all per year.
  const byYear = new Map<string, ReserveMovementFact[]>();
  for (const m of reserve.movements) {
    const year = FinancialYear.parse(m.year, 'year');
    if (year.isAfter(last)) last = year;
    const ofYear = byYear.get(m.year);
    if (ofYear) ofYear.push(m);
    else byYear.set(m.year, [m]);
  }
  if (last.isBefore(first)) return [];

  const years: ReserveYear[] = [];
  let opening = sourcedMoney(Money.parse(reserve.openingBalance, 'openingBalance'), reserve.sources);
  // A closing balance cites every event of the years before it: the ids cited so far are kept
  // as the years go, so each year adds only its own, rather than merging them all again.
  const cited = new Set(opening.sources);
  for (const fy of FinancialYear.range(first, last.yearsSince(first) + 1)) {
    const year = fy.toString();
    const movements = countedOf(byYear.get(year) ?? []);
    const contributions = sumSourced(movements.filter((m) => m.direction === 'contribution').map(toSourced));
    const drawdowns = sumSourced(movements.filter((m) => m.direction === 'drawdown').map(toSourced));
    const closing = {
      value: opening.value.plus(contributions.value).minus(drawdowns.value),
      sources: opening.sources.concat(newlyCited(cited, movements)),
    };
    years.push({ year, opening, contributions, drawdowns, closing, movements });
    opening = closing;
  }
  return years;
}

/** The ids the movements cite that are not in `cited` yet, in the order first cited; adds them to it. */
function newlyCited(cited: Set<string>, movements: readonly ReserveMovementFact[]): string[] {
  const added: string[] = [];
  for (const m of movements)
    for (const id of m.sources)
      if (!cited.has(id)) {
        cited.add(id);
        added.push(id);
      }
  return added;
}

function toSourced(movement: ReserveMovementFact): SourcedMoney {
  return { value: Money.parse(movement.amount, 'amount'), sources: movement.sources };
}
