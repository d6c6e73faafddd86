import type { EventRef } from '../../event-sourcing/decider';
import type { MinimumGeneralReserveSet, ReserveMovementRecorded, ReserveOpened, ReservePurposeCategorised } from '../force-finance.events';
import type { ForceFinanceState, ReserveFact } from '../force-finance.state';
import { sourcesOf, withFact } from './evolve-facts';

export function reserveOpened(state: ForceFinanceState, data: ReserveOpened['data'], ref?: EventRef): ForceFinanceState {
  const { reserveId, name, kind, purpose, openingBalance, asAtYear } = data;
  const sources = sourcesOf(ref);
  const purposeCategory = data.purposeCategory ? { value: data.purposeCategory, sources } : null;
  return withFact(state, 'reserves', [
    ...state.reserves,
    { reserveId, name, kind, purpose, openingBalance, asAtYear, movements: [], sources, purposeCategory },
  ]);
}

export function reservePurposeCategorised(
  state: ForceFinanceState,
  data: ReservePurposeCategorised['data'],
  ref?: EventRef,
): ForceFinanceState {
  const at = state.reserves.findIndex((reserve) => reserve.reserveId === data.reserveId);
  if (at < 0) return state;
  const reserves = state.reserves.slice();
  reserves[at] = { ...reserves[at], purposeCategory: { value: data.purposeCategory, sources: sourcesOf(ref) } };
  return withFact(state, 'reserves', reserves);
}

export function reserveMovementRecorded(
  state: ForceFinanceState,
  data: ReserveMovementRecorded['data'],
  ref?: EventRef,
): ForceFinanceState {
  const { reserveId, movementId, year, direction, basis, amount, supportsRevenueBudget, description } = data;
  const at = state.reserves.findIndex((reserve) => reserve.reserveId === reserveId);
  if (at < 0) return state;
  // A force has a handful of reserves, each with a few movements a year: copying those is cheap.
  const reserve = state.reserves[at];
  const movements = reserve.movements.slice();
  movements.push({
    year,
    direction,
    basis,
    amount,
    supportsRevenueBudget,
    description,
    movementId: movementId ?? null,
    sources: sourcesOf(ref),
  });
  const reserves = state.reserves.slice();
  reserves[at] = withMovements(reserve, movements);
  return withFact(state, 'reserves', reserves);
}

export function minimumGeneralReserveSet(
  state: ForceFinanceState,
  data: MinimumGeneralReserveSet['data'],
  ref?: EventRef,
): ForceFinanceState {
  return withFact(state, 'minimumGeneralReserve', { shareOfNre: data.shareOfNre, sources: sourcesOf(ref) });
}

function withMovements(reserve: ReserveFact, movements: ReserveFact['movements']): ReserveFact {
  return {
    reserveId: reserve.reserveId,
    name: reserve.name,
    kind: reserve.kind,
    purpose: reserve.purpose,
    openingBalance: reserve.openingBalance,
    asAtYear: reserve.asAtYear,
    movements,
    sources: reserve.sources,
    purposeCategory: reserve.purposeCategory,
  };
}
