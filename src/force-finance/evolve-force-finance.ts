import { Money } from '../common/money';
import type { EventRef } from '../event-sourcing/decider';
import type { ForceFinanceEvent } from './force-finance-events';
import type { BudgetItemFact, ForceFinanceState, PreceptYearFact, ReserveFact } from './force-finance-state';
import { keyedAppend, keyedAt, keyedIndexOf, keyedReplace } from './keyed-list';

/**
 * Folds one event into a force's finance facts; never mutates the state it is given.
 *
 * Every event of a force's stream passes through here, on the command path and on the read
 * side (a projection rebuild folds every stream), so it is written for speed: a change copies
 * only what it changes (budget items share their untouched pages, see keyed-list.ts), and the
 * hot cases build their objects field by field, which V8 does many times faster than a spread.
 */
export function evolveForceFinance(state: ForceFinanceState, event: ForceFinanceEvent, ref?: EventRef): ForceFinanceState {
  switch (event.type) {
    case 'PlanPeriodSet.v1':
      return withFact(state, 'planPeriod', { firstYear: event.data.firstYear, lastYear: event.data.lastYear, sources: sourcesOf(ref) });

    case 'BaseBudgetSet.v1': {
      const { year, lines } = event.data;
      return withFact(state, 'baseBudgets', {
        ...state.baseBudgets,
        [year]: { year, lines: lines.map((line) => ({ ...line })), sources: sourcesOf(ref) },
      });
    }

    case 'PlanAssumptionsSet.v1':
      return withFact(state, 'assumptions', { ...state.assumptions, [event.data.year]: { ...event.data, sources: sourcesOf(ref) } });

    case 'BudgetItemAdded.v1': {
      const { itemId, kind, fromYear, amount, recurrence, description } = event.data;
      const item: BudgetItemFact = { itemId, kind, fromYear, amount, recurrence, description, withdrawn: false, sources: sourcesOf(ref) };
      return withFact(state, 'budgetItems', keyedAppend(state.budgetItems, itemId, item));
    }

    case 'BudgetItemRevised.v1': {
      const { itemId, fromYear, amount, recurrence, description } = event.data;
      return withItem(state, itemId, (item) => ({
        itemId: item.itemId,
        kind: item.kind,
        fromYear: fromYear ?? item.fromYear,
        amount: amount ?? item.amount,
        recurrence: recurrence ?? item.recurrence,
        description: description ?? item.description,
        withdrawn: item.withdrawn,
        sources: withSource(item.sources, ref),
      }));
    }

    case 'BudgetItemWithdrawn.v1':
      return withItem(state, event.data.itemId, (item) => ({
        itemId: item.itemId,
        kind: item.kind,
        fromYear: item.fromYear,
        amount: item.amount,
        recurrence: item.recurrence,
        description: item.description,
        withdrawn: true,
        sources: withSource(item.sources, ref),
      }));

    case 'GrantSettlementRecorded.v1':
      return withFact(state, 'grantSettlements', {
        ...state.grantSettlements,
        [event.data.year]: { ...event.data, sources: sourcesOf(ref) },
      });

    case 'TaxBaseRecorded.v1':
      return withFact(state, 'taxBases', { ...state.taxBases, [event.data.year]: { ...event.data, sources: sourcesOf(ref) } });

    case 'CollectionFundRecorded.v1':
      return withFact(state, 'collectionFunds', {
        ...state.collectionFunds,
        [event.data.year]: { ...event.data, sources: sourcesOf(ref) },
      });

    case 'PreceptRecorded.v1': {
      const { year, bandD, status } = event.data;
      const sources = sourcesOf(ref);
      const current: PreceptYearFact = state.precepts[year] ?? { year, approved: null, proposed: null, history: [] };
      const next: PreceptYearFact = { ...current, history: [...current.history, { bandD, status, sources }] };
      if (status === 'approved') next.approved = { bandD, sources };
      if (status === 'proposed') next.proposed = { bandD, sources };
      // The panel vetoes the proposal in front of it: that proposal no longer stands.
      if (status === 'vetoed' && current.proposed && Money.of(current.proposed.bandD).equals(Money.of(bandD))) next.proposed = null;
      return withFact(state, 'precepts', { ...state.precepts, [year]: next });
    }

    case 'ReserveOpened.v1': {
      const { reserveId, name, kind, purpose, openingBalance, asAtYear } = event.data;
      return withFact(state, 'reserves', [
        ...state.reserves,
        { reserveId, name, kind, purpose, openingBalance, asAtYear, movements: [], sources: sourcesOf(ref) },
      ]);
    }

    case 'ReserveMovementRecorded.v1': {
      const { reserveId, movementId, year, direction, basis, amount, supportsRevenueBudget, description } = event.data;
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

    case 'MinimumGeneralReserveSet.v1':
      return withFact(state, 'minimumGeneralReserve', { shareOfNre: event.data.shareOfNre, sources: sourcesOf(ref) });

    default: {
      // The compiler proves every event type is handled; at run time an event this version
      // does not know (written by a newer one) leaves the facts as they are rather than
      // stopping a projection.
      const _unknown: never = event;
      return state;
    }
  }
}

/** A new state with one fact replaced and every other shared. */
function withFact<K extends keyof ForceFinanceState>(state: ForceFinanceState, key: K, value: ForceFinanceState[K]): ForceFinanceState {
  const next: ForceFinanceState = {
    planPeriod: state.planPeriod,
    baseBudgets: state.baseBudgets,
    assumptions: state.assumptions,
    grantSettlements: state.grantSettlements,
    taxBases: state.taxBases,
    collectionFunds: state.collectionFunds,
    precepts: state.precepts,
    budgetItems: state.budgetItems,
    reserves: state.reserves,
    minimumGeneralReserve: state.minimumGeneralReserve,
  };
  next[key] = value;
  return next;
}

/** The state with one item changed; the other items are shared, not copied. */
function withItem(state: ForceFinanceState, itemId: string, change: (item: BudgetItemFact) => BudgetItemFact): ForceFinanceState {
  const at = keyedIndexOf(state.budgetItems, itemId);
  const item = keyedAt(state.budgetItems, at);
  if (!item) return state;
  return withFact(state, 'budgetItems', keyedReplace(state.budgetItems, at, change(item)));
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
  };
}

function sourcesOf(ref: EventRef | undefined): string[] {
  return ref ? [ref.id] : [];
}

function withSource(sources: readonly string[], ref: EventRef | undefined): string[] {
  const next = sources.slice();
  if (ref) next.push(ref.id);
  return next;
}
