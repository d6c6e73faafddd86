import type { EventRef } from '../../event-sourcing/decider';
import type { SpecificGrantRecorded, SpecificGrantWithdrawn } from '../force-finance.events';
import type { ForceFinanceState, SpecificGrantFact } from '../force-finance.state';
import { sourcesOf, withFact } from './evolve-facts';

/** A later record for the same grant and year supersedes the earlier one (and its sources). */
export function specificGrantRecorded(state: ForceFinanceState, data: SpecificGrantRecorded['data'], ref?: EventRef): ForceFinanceState {
  const grants = state.specificGrants ?? {};
  const fact: SpecificGrantFact = { ...data, sources: sourcesOf(ref) };
  return withFact(state, 'specificGrants', { ...grants, [data.year]: { ...grants[data.year], [data.grantId]: fact } });
}

export function specificGrantWithdrawn(state: ForceFinanceState, { grantId, year }: SpecificGrantWithdrawn['data']): ForceFinanceState {
  const grants = state.specificGrants ?? {};
  if (!grants[year]?.[grantId]) return state;
  const { [grantId]: _withdrawn, ...rest } = grants[year];
  return withFact(state, 'specificGrants', { ...grants, [year]: rest });
}
