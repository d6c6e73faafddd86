import { FinancialYear } from '../common/financial-year';
import { Money } from '../common/money';
import type { MovementDirection } from '../force-finance/force-finance.events';
import type { ReserveFact, ReserveMovementFact } from '../force-finance/force-finance.state';
import { reserveBalances } from '../force-finance/reserve-balances';
import { moneyFigure, sumFigures, type MoneyFigure } from './figure';
import type { MtfpPlannedAndActual, MtfpReservePurpose, MtfpReserveUse } from './mtfp-projection';

/**
 * Plan beside outturn for reserves. An actual movement replaces the planned ones of its year and
 * direction in the balance (force-finance/reserve-balances.ts), but the plan is never lost: each
 * year shows the planned figure, the actual where one is recorded, and actual − planned.
 */

/** Each reserve's closing balance by year had every year gone to plan (planned movements only). */
export type PlannedClosingsById = ReadonlyMap<string, ReadonlyMap<string, MoneyFigure>>;

/** Worked out once per projection, like the balances counted. */
export function plannedOnlyClosings(reserves: readonly ReserveFact[], through: FinancialYear): PlannedClosingsById {
  return new Map(
    reserves.map((reserve) => {
      const planned = { ...reserve, movements: reserve.movements.filter((m) => m.basis === 'planned') };
      return [reserve.reserveId, new Map(reserveBalances(planned, through).map((y) => [y.year, y.closing]))];
    }),
  );
}

export function plannedClosingFor(planned: PlannedClosingsById, reserveId: string, year: string): MoneyFigure {
  return planned.get(reserveId)?.get(year) ?? moneyFigure(Money.ZERO);
}

/** A reserve's movements of one year and direction: planned, actual (null when no outturn is recorded) and the variance. */
export function plannedAndActual(
  movements: readonly ReserveMovementFact[],
  year: string,
  direction: MovementDirection,
  onlyRevenue = false,
): MtfpPlannedAndActual {
  const same = movements.filter((m) => m.year === year && m.direction === direction && (!onlyRevenue || m.supportsRevenueBudget));
  const planned = total(same.filter((m) => m.basis === 'planned'));
  const actuals = same.filter((m) => m.basis === 'actual');
  if (actuals.length === 0) return { planned, actual: null, variance: null };
  const actual = total(actuals);
  return { planned, actual, variance: moneyFigure(actual.value.minus(planned.value), actual.sources, planned.sources) };
}

/** The purpose a reserve is shown under: a general reserve is the guidance's contingency whether or not it was said. */
export function purposeOf(reserve: Pick<ReserveFact, 'kind' | 'purposeCategory'>): MtfpReservePurpose {
  if (reserve.purposeCategory) return reserve.purposeCategory.value;
  return reserve.kind === 'general' ? 'contingency' : 'unclassified';
}

/**
 * Reserve use as planned for the year, and the variance of the reserve use counted (actual
 * where recorded) from it: drawdowns supporting the revenue budget less contributions from it.
 */
export function plannedReserveUse(
  reserves: readonly ReserveFact[],
  year: string,
  counted: MtfpReserveUse['net'],
): { planned: Pick<MtfpReserveUse, 'drawdowns' | 'contributions' | 'net'>; variance: MoneyFigure } {
  const movements = reserves.flatMap((r) => r.movements);
  const drawdowns = plannedAndActual(movements, year, 'drawdown', true).planned;
  const contributions = plannedAndActual(movements, year, 'contribution', true).planned;
  const net = moneyFigure(drawdowns.value.minus(contributions.value), drawdowns.sources, contributions.sources);
  return {
    planned: { drawdowns, contributions, net },
    variance: moneyFigure(counted.value.minus(net.value), counted.sources, net.sources),
  };
}

function total(movements: readonly ReserveMovementFact[]): MoneyFigure {
  return sumFigures(movements.map((m) => moneyFigure(Money.of(m.amount), m.sources)));
}
