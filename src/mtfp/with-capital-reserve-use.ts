import { Money } from '../common/money';
import type { ForceFinanceState, ReserveMovementFact } from '../force-finance/force-finance.state';

/**
 * The facts with reserves-funded capital as planned drawdowns of the named reserves: a scheme's
 * `reserves` part is a planned use of that reserve in the scheme's year, so the reserve's
 * balances, its purpose group and the general reserve check all show it. It does not support the
 * revenue budget (it is not reserve use against the gap). As for any planned movement, an actual
 * drawdown recorded for the reserve and year replaces it (the outturn supersedes the plan).
 */
export function withCapitalReserveUse(facts: ForceFinanceState): ForceFinanceState {
  const byReserve = new Map<string, ReserveMovementFact[]>();
  for (const year of Object.keys(facts.capitalSchemes ?? {}).sort()) {
    for (const scheme of Object.values(facts.capitalSchemes?.[year] ?? {})) {
      const { reserveId, reserves } = scheme.funding;
      if (reserveId === undefined || !Money.of(reserves).isPositive()) continue;
      const movement: ReserveMovementFact = {
        movementId: `capital:${scheme.schemeId}:${year}`,
        year,
        direction: 'drawdown',
        basis: 'planned',
        amount: reserves,
        supportsRevenueBudget: false,
        description: `Capital programme: ${scheme.name}`,
        sources: [...scheme.sources],
      };
      byReserve.set(reserveId, [...(byReserve.get(reserveId) ?? []), movement]);
    }
  }
  if (byReserve.size === 0) return facts;
  return {
    ...facts,
    reserves: facts.reserves.map((r) =>
      byReserve.has(r.reserveId) ? { ...r, movements: [...r.movements, ...(byReserve.get(r.reserveId) ?? [])] } : r,
    ),
  };
}
