import { FinancialYear } from '../common/financial-year';
import { Money } from '../common/money';
import type { ForceFinanceState, ReserveMovementFact } from '../force-finance/force-finance.state';
import { formatPounds } from '../force-finance/format-pounds';
import { reserveBalances } from '../force-finance/reserve-balances';
import type { EffectiveOverrides } from './effective-overrides';

/**
 * A scenario's extra drawdowns, added to the force's reserves as planned drawdowns supporting
 * the revenue budget (so the MTFP applies them to the gap and takes them off the balance).
 *
 * The baseline refuses a drawdown that would take a reserve below zero; a scenario cannot be
 * refused that way when it is recorded, because the balance it meets depends on the baseline
 * as it stands when the scenario is read. So the drawdown is applied as asked and the breach is
 * flagged in `warnings`, worded as the baseline's refusal would be – the MTFP then shows the
 * negative balance it leads to. A drawdown on a reserve the baseline (as at the scenario's
 * moment) does not have is left out, with a warning.
 */
export function applyExtraDrawdowns(
  facts: ForceFinanceState,
  forceName: string,
  drawdowns: EffectiveOverrides['extraDrawdowns'],
  warnings: string[],
): void {
  for (const drawdown of drawdowns) {
    const reserve = facts.reserves.find((r) => r.reserveId === drawdown.reserveId);
    const amount = Money.of(drawdown.amount);
    if (!reserve) {
      warnings.push(
        `${forceName} has no reserve with id ${drawdown.reserveId}: the scenario's extra drawdown of ${formatPounds(amount)} in ${drawdown.year} is left out`,
      );
      continue;
    }
    const movement: ReserveMovementFact = {
      movementId: `scenario:${drawdown.scenarioId}:drawdown:${drawdown.sequence}`,
      year: drawdown.year,
      direction: 'drawdown',
      basis: 'planned',
      amount: drawdown.amount,
      supportsRevenueBudget: true,
      description: drawdown.description,
      sources: [...drawdown.sources],
    };
    if (reserve.movements.some((m) => m.year === drawdown.year && m.direction === 'drawdown' && m.basis === 'actual')) {
      warnings.push(
        `${reserve.name} has actual drawdowns recorded for ${drawdown.year}, which replace the planned ones: the scenario's extra drawdown of ${formatPounds(amount)} does not count`,
      );
    }
    const year = FinancialYear.parse(drawdown.year, 'year');
    const planEnd = facts.planPeriod ? FinancialYear.parse(facts.planPeriod.lastYear, 'lastYear') : year;
    const through = planEnd.isAfter(year) ? planEnd : year;
    const before = reserveBalances(reserve, through);
    reserve.movements.push(movement);
    const after = reserveBalances(reserve, through);
    const broken = after.find(
      (y, i) => y.closing.value.isNegative() && (before[i] === undefined || y.closing.value.lessThan(before[i].closing.value)),
    );
    if (broken) {
      const available = broken.year === drawdown.year ? broken.closing.value.plus(amount) : null;
      warnings.push(
        available
          ? `Drawdown of ${formatPounds(amount)} from ${reserve.name} would take it below zero: its balance in ${broken.year} is ${formatPounds(available)}`
          : `Drawdown of ${formatPounds(amount)} from ${reserve.name} in ${drawdown.year} would take it below zero: its balance in ${broken.year} would be ${formatPounds(broken.closing.value)}`,
      );
    }
  }
}
