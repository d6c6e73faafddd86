import { Money } from '../common/money';
import type { SavingsRecurrence } from '../collaboration/board-settings.events';

/**
 * Each year's effect on budgets, by the same definition the MTFP uses: a recurring programme's
 * yearly figures are increments that keep saving, so a year's effect is every best estimate so
 * far; a one-off programme's is the year's own. Members' effects add up their own parts the same
 * way, so they sum exactly to the programme's (each year's parts do).
 */
export function withBudgetEffect<M extends { force: string; bestEstimate: Money }, Y extends { bestEstimate: Money; members: M[] }>(
  years: readonly Y[],
  recurrence: SavingsRecurrence,
): (Y & { budgetEffect: Money; members: (M & { budgetEffect: Money })[] })[] {
  let running = Money.ZERO;
  const memberRunning = new Map<string, Money>();
  return years.map((y) => {
    running = recurrence === 'recurring' ? running.plus(y.bestEstimate) : y.bestEstimate;
    const members = y.members.map((m) => {
      const effect = recurrence === 'recurring' ? (memberRunning.get(m.force) ?? Money.ZERO).plus(m.bestEstimate) : m.bestEstimate;
      memberRunning.set(m.force, effect);
      return { ...m, budgetEffect: effect };
    });
    return { ...y, budgetEffect: running, members };
  });
}
