import { Money } from '../common/money';
import type { CapitalSchemeFact } from './capital-programme.facts';
import type { ForceFinanceState, ReserveFact, ReserveMovementFact } from './force-finance.state';

/**
 * Reserves-funded capital as movements of the named reserve: a scheme-year's `reserves` part is a
 * planned drawdown of that reserve in the scheme's year, not in support of the revenue budget.
 * The MTFP shows them in the reserve's balances; a scheme that would take a reserve below zero is
 * refused. As for any planned movement, an actual drawdown recorded for the reserve and year
 * replaces it in the balance (the outturn supersedes the plan).
 */
export function capitalReserveMovement(scheme: Omit<CapitalSchemeFact, 'sources'> & { sources?: string[] }): ReserveMovementFact | null {
  const { reserveId, reserves } = scheme.funding;
  if (reserveId === undefined || !Money.of(reserves).isPositive()) return null;
  return {
    movementId: `capital:${scheme.schemeId}:${scheme.year}`,
    year: scheme.year,
    direction: 'drawdown',
    basis: 'planned',
    amount: reserves,
    supportsRevenueBudget: false,
    description: `Capital programme: ${scheme.name}`,
    sources: [...(scheme.sources ?? [])],
  };
}

/** The reserve with the capital programme's drawdowns of it added (leaving out one scheme-year, e.g. one being revised). */
export function withCapitalDrawdowns(
  state: ForceFinanceState,
  reserve: ReserveFact,
  except?: { schemeId: string; year: string },
): ReserveFact {
  const added: ReserveMovementFact[] = [];
  for (const year of Object.keys(state.capitalSchemes ?? {}).sort()) {
    for (const scheme of Object.values(state.capitalSchemes?.[year] ?? {})) {
      if (scheme.funding.reserveId !== reserve.reserveId) continue;
      if (except && scheme.schemeId === except.schemeId && scheme.year === except.year) continue;
      const movement = capitalReserveMovement(scheme);
      if (movement) added.push(movement);
    }
  }
  return added.length === 0 ? reserve : { ...reserve, movements: [...reserve.movements, ...added] };
}
