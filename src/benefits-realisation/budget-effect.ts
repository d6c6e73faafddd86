import { Money } from '../common/money';
import type { SavingsRecurrence } from '../collaboration/board-settings.events';
import type { YearRecurrence } from '../collaboration/savings-year-recurrence';

/**
 * Each year's effect on budgets, by the same definition the MTFP uses: a year whose figure recurs
 * is an increment that keeps saving in every later year, a one-off year's figure saves in its year
 * only. So a year's effect is its own best estimate plus every earlier recurring one. Members'
 * effects add up their own parts the same way, so they sum exactly to the programme's (each
 * year's parts do), and each is what the member's MTFP line for the programme carries that year.
 */
export function withBudgetEffect<
  M extends { force: string; bestEstimate: Money },
  Y extends { year: string; bestEstimate: Money; members: M[] },
>(
  years: readonly Y[],
  recurrenceOf: (year: string) => YearRecurrence,
): (Y & {
  recurrence: SavingsRecurrence;
  recurrenceBasis: YearRecurrence['basis'];
  budgetEffect: Money;
  members: (M & { budgetEffect: Money })[];
})[] {
  let carried = Money.ZERO;
  const memberCarried = new Map<string, Money>();
  return years.map((y) => {
    const { recurrence, basis } = recurrenceOf(y.year);
    const recurs = recurrence === 'recurring';
    const budgetEffect = carried.plus(y.bestEstimate);
    if (recurs) carried = budgetEffect;
    const members = y.members.map((m) => {
      const effect = (memberCarried.get(m.force) ?? Money.ZERO).plus(m.bestEstimate);
      if (recurs) memberCarried.set(m.force, effect);
      return { ...m, budgetEffect: effect };
    });
    return { ...y, recurrence, recurrenceBasis: basis, budgetEffect, members };
  });
}
