import type { FinancialYear } from '../common/financial-year';
import type { Money } from '../common/money';
import type { ForceFinanceState } from '../force-finance';
import { projectMtfp } from '../mtfp';

/**
 * A force's NRE before any alliance line, year by year: what the alliance's cost shares are
 * based on. It is a function of that force's own finance facts alone, and facts are never
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
    rows = projectMtfp({ facts, from, years }).years.map((y) => ({ year: y.year, nre: y.nre.value }));
    kept.set(key, rows);
  }
  return rows;
}
