import { withCapitalDrawdowns } from '../force-finance/capital-reserve-movements';
import type { ForceFinanceState } from '../force-finance/force-finance.state';

/**
 * The facts with reserves-funded capital as planned drawdowns of the named reserves
 * (capital-reserve-movements.ts), so the reserve's balances, its purpose group and the general
 * reserve check all show it; it is not reserve use against the gap.
 */
export function withCapitalReserveUse(facts: ForceFinanceState): ForceFinanceState {
  if (Object.keys(facts.capitalSchemes ?? {}).length === 0) return facts;
  return { ...facts, reserves: facts.reserves.map((r) => withCapitalDrawdowns(facts, r)) };
}
