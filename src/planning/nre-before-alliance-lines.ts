import { FinancialYear } from '../common/financial-year';
import type { Money } from '../common/money';
import type { ForceFinanceState } from '../force-finance';
import { netRevenueForYear } from '../mtfp/net-revenue-for-year';
import { Warnings } from '../mtfp/warnings';
import { valuesOnly } from '../force-finance/sourced-money';

/**
 * A force's NRE before any alliance line, year by year: what the alliance's cost shares are
 * based on. It is the MTFP's NRE with no alliance lines, worked out as the MTFP works it out
 * (net-revenue-for-year.ts) but without projecting funding, reserves and the rest of the plan,
 * which NRE does not depend on. It is a function of that force's own finance facts alone, and facts are never
 * changed once folded (a new event makes new facts), so it is kept per facts object: an answer
 * about an alliance projects again only the members whose streams have moved since, and a
 * member's facts that are dropped take their figures with them (a WeakMap).
 */
const byFacts = new WeakMap<ForceFinanceState, Map<string, ReadonlyArray<{ year: string; nre: Money }>>>();

export function nreBeforeAllianceLines(
  facts: ForceFinanceState,
  from: FinancialYear,
  years: number,
): ReadonlyArray<{ year: string; nre: Money }> {
  let kept = byFacts.get(facts);
  if (!kept) {
    kept = new Map();
    byFacts.set(facts, kept);
  }
  const key = `${from.toString()}+${years}`;
  let rows = kept.get(key);
  if (!rows) {
    const warnings = new Warnings();
    // Only the value enters a share, so no event ids are merged on the way to it.
    rows = valuesOnly(() =>
      FinancialYear.range(from, years).map((year) => ({
        year: year.toString(),
        nre: netRevenueForYear(facts, year, [], [], warnings).nre.value,
      })),
    );
    kept.set(key, rows);
  }
  return rows;
}
