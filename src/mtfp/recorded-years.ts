import { FinancialYear } from '../common/financial-year';

/** The latest of the recorded years (keys like "2016/17") at or before `year`, if any. */
export function latestYearAtOrBefore(recorded: Iterable<string>, year: FinancialYear): FinancialYear | null {
  let best: FinancialYear | null = null;
  for (const key of recorded) {
    const candidate = FinancialYear.parse(key, 'year');
    if (!candidate.isAfter(year) && (best === null || candidate.isAfter(best))) best = candidate;
  }
  return best;
}

/** The years after `from` up to and including `to` (empty when `to` is not after `from`). */
export function yearsAfter(from: FinancialYear, to: FinancialYear): FinancialYear[] {
  const count = to.yearsSince(from);
  return count > 0 ? FinancialYear.range(from.next(), count) : [];
}
