import type { EventRef } from '../../event-sourcing/decider';
import type { CapitalFinancingAssumptionsSet, CapitalSchemeRecorded, CapitalSchemeWithdrawn } from '../capital-programme.events';
import type { ForceFinanceState } from '../force-finance.state';
import { sourcesOf, withFact } from './evolve-facts';

/** A later record for the same scheme and year supersedes the earlier one (and its sources). */
export function capitalSchemeRecorded(state: ForceFinanceState, data: CapitalSchemeRecorded['data'], ref?: EventRef): ForceFinanceState {
  const schemes = state.capitalSchemes ?? {};
  return withFact(state, 'capitalSchemes', {
    ...schemes,
    [data.year]: { ...schemes[data.year], [data.schemeId]: { ...data, sources: sourcesOf(ref) } },
  });
}

export function capitalSchemeWithdrawn(state: ForceFinanceState, { schemeId, year }: CapitalSchemeWithdrawn['data']): ForceFinanceState {
  const schemes = state.capitalSchemes ?? {};
  if (!schemes[year]?.[schemeId]) return state;
  const { [schemeId]: _withdrawn, ...rest } = schemes[year];
  return withFact(state, 'capitalSchemes', { ...schemes, [year]: rest });
}

export function capitalFinancingAssumptionsSet(
  state: ForceFinanceState,
  data: CapitalFinancingAssumptionsSet['data'],
  ref?: EventRef,
): ForceFinanceState {
  const assumptions = state.capitalFinancingAssumptions ?? {};
  return withFact(state, 'capitalFinancingAssumptions', { ...assumptions, [data.year]: { ...data, sources: sourcesOf(ref) } });
}
