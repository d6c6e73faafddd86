import { FinancialYear } from '../common/financial-year';
import type { BaseBudgetFact, BudgetItemFact, ForceFinanceState } from './force-finance.state';

/**
 * What a year's budget is made of, for budget monitoring: the base budget the MTFP rolls the year
 * forward from (the latest recorded at or before it) and the budget items that count in the year.
 * The MTFP engine (mtfp/expenditure-for-year.ts) applies the same rules to cost them.
 */
export function baseBudgetOfYear(state: Pick<ForceFinanceState, 'baseBudgets'>, year: FinancialYear): BaseBudgetFact | null {
  let best: BaseBudgetFact | null = null;
  for (const fact of Object.values(state.baseBudgets)) {
    const recorded = FinancialYear.parse(fact.year, 'year');
    if (!recorded.isAfter(year) && (best === null || recorded.isAfter(FinancialYear.parse(best.year, 'year')))) best = fact;
  }
  return best;
}

/** A recurring item counts from its first year (but not before the base budget, which contains it); a one-off item in its year only. */
export function itemCountsInYear(item: BudgetItemFact, year: FinancialYear, baseYear: FinancialYear | null): boolean {
  if (item.withdrawn) return false;
  const from = FinancialYear.parse(item.fromYear, 'fromYear');
  if (item.recurrence === 'one_off') return from.equals(year);
  return !from.isAfter(year) && (baseYear === null || !from.isBefore(baseYear));
}

/** "April" for month 1 of a financial year … "March" for month 12. */
export function monitoringMonthName(asAtMonth: number): string {
  return MONTHS[asAtMonth - 1] ?? `month ${asAtMonth}`;
}

const MONTHS = ['April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'January', 'February', 'March'];
