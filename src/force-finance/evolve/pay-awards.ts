import type { EventRef } from '../../event-sourcing/decider';
import type { PayAwardSet } from '../force-finance.events';
import type { ForceFinanceState } from '../force-finance.state';
import { sourcesOf, withFact } from './evolve-facts';

/** A pay group's award for a year replaces the one recorded before for that group and year. */
export function payAwardSet(state: ForceFinanceState, data: PayAwardSet['data'], ref?: EventRef): ForceFinanceState {
  const awards = state.payAwards ?? {};
  const ofYear = { ...awards[data.year], [data.group]: { ...data, sources: sourcesOf(ref) } };
  return withFact(state, 'payAwards', { ...awards, [data.year]: ofYear });
}
