import { Money } from '../../common/money';
import type { EventRef } from '../../event-sourcing/decider';
import type {
  CollectionFundRecorded,
  GrantSettlementRecorded,
  PreceptAssumptionSet,
  PreceptRecorded,
  TaxBaseRecorded,
} from '../force-finance.events';
import type { ForceFinanceState, PreceptYearFact } from '../force-finance.state';
import { sourcesOf, withFact } from './evolve-facts';

export function grantSettlementRecorded(
  state: ForceFinanceState,
  data: GrantSettlementRecorded['data'],
  ref?: EventRef,
): ForceFinanceState {
  return withFact(state, 'grantSettlements', { ...state.grantSettlements, [data.year]: { ...data, sources: sourcesOf(ref) } });
}

export function taxBaseRecorded(state: ForceFinanceState, data: TaxBaseRecorded['data'], ref?: EventRef): ForceFinanceState {
  return withFact(state, 'taxBases', { ...state.taxBases, [data.year]: { ...data, sources: sourcesOf(ref) } });
}

export function collectionFundRecorded(state: ForceFinanceState, data: CollectionFundRecorded['data'], ref?: EventRef): ForceFinanceState {
  return withFact(state, 'collectionFunds', { ...state.collectionFunds, [data.year]: { ...data, sources: sourcesOf(ref) } });
}

export function preceptRecorded(
  state: ForceFinanceState,
  { year, bandD, status }: PreceptRecorded['data'],
  ref?: EventRef,
): ForceFinanceState {
  const sources = sourcesOf(ref);
  const current: PreceptYearFact = state.precepts[year] ?? { year, approved: null, proposed: null, history: [] };
  const next: PreceptYearFact = { ...current, history: [...current.history, { bandD, status, sources }] };
  if (status === 'approved') next.approved = { bandD, sources };
  if (status === 'proposed') next.proposed = { bandD, sources };
  // The panel vetoes the proposal in front of it: that proposal no longer stands.
  if (status === 'vetoed' && current.proposed && Money.of(current.proposed.bandD).equals(Money.of(bandD))) next.proposed = null;
  return withFact(state, 'precepts', { ...state.precepts, [year]: next });
}

export function preceptAssumptionSet(
  state: ForceFinanceState,
  { year, assumption }: PreceptAssumptionSet['data'],
  ref?: EventRef,
): ForceFinanceState {
  return withFact(state, 'preceptAssumptions', { ...state.preceptAssumptions, [year]: { year, assumption, sources: sourcesOf(ref) } });
}
