import type { EventRef } from '../../event-sourcing/decider';
import type { PayAwardSet, PayOnCostRatesSet } from '../force-finance.events';
import type { ForceFinanceState } from '../force-finance.state';
import { sourcesOf, withFact } from './evolve-facts';

/** A pay group's award for a year replaces the one recorded before for that group and year. */
export function payAwardSet(state: ForceFinanceState, data: PayAwardSet['data'], ref?: EventRef): ForceFinanceState {
  const awards = state.payAwards ?? {};
  const ofYear = { ...awards[data.year], [data.group]: { ...data, sources: sourcesOf(ref) } };
  return withFact(state, 'payAwards', { ...awards, [data.year]: ofYear });
}

/** A year's on-cost rates replace those recorded before for it. */
export function payOnCostRatesSet(state: ForceFinanceState, data: PayOnCostRatesSet['data'], ref?: EventRef): ForceFinanceState {
  return withFact(state, 'payOnCostRates', { ...state.payOnCostRates, [data.year]: { ...data, sources: sourcesOf(ref) } });
}
