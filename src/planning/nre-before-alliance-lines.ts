import type { FinancialYear } from '../common/financial-year';
import type { Money } from '../common/money';
import type { ForceFinanceState } from '../force-finance';
import { netRevenueForYear } from '../mtfp/net-revenue-for-year';
import { Warnings } from '../mtfp/warnings';
import { valuesOnly } from '../force-finance/sourced-money';

/**
 * A force's NRE before any alliance line, for the years asked: what the alliance's cost shares
 * are based on. It is the MTFP's NRE with no alliance lines, worked out as the MTFP works it out
 * (net-revenue-for-year.ts) but without projecting funding, reserves and the rest of the plan,
 * which NRE does not depend on. Each year's stands alone (it reads no other year's result), so
 * only the years asked for are worked out: the share bases are a few years far apart (an
 * alliance's first year and the year of its mid-term review, say), not every year between.
 *
 * It is a function of that force's own finance facts alone, and facts are never changed once
 * folded (a new event makes new facts), so each year's is kept per facts object: an answer
 * about an alliance works out again only the members whose streams have moved since, and a
 * member's facts that are dropped take their figures with them (a WeakMap).
 */
const byFacts = new WeakMap<ForceFinanceState, Map<string, Money>>();

export function nreBeforeAllianceLines(
  facts: ForceFinanceState,
  years: readonly FinancialYear[],
): ReadonlyArray<{ year: string; nre: Money }> {
  const kept = byFacts.get(facts) ?? new Map<string, Money>();
  byFacts.set(facts, kept);
  const missing = years.filter((year) => !kept.has(year.toString()));
  if (missing.length > 0) {
    const warnings = new Warnings();
    // Only the value enters a share, so no event ids are merged on the way to it.
    valuesOnly(() => {
      for (const year of missing) kept.set(year.toString(), netRevenueForYear(facts, year, [], [], warnings).nre.value);
    });
  }
  return years.map((year) => ({ year: year.toString(), nre: kept.get(year.toString()) as Money }));
}
