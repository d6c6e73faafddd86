import { Money } from '../common/money';
import type { EventRef } from '../event-sourcing/decider';
import type { ForceFinanceEvent } from './force-finance-events';
import type { BudgetItemFact, ForceFinanceState, PreceptYearFact } from './force-finance-state';

/** Folds one event into a force's finance facts; never mutates the state it is given. */
export function evolveForceFinance(state: ForceFinanceState, event: ForceFinanceEvent, ref?: EventRef): ForceFinanceState {
  const sources = ref ? [ref.id] : [];
  switch (event.type) {
    case 'PlanPeriodSet.v1':
      return { ...state, planPeriod: { firstYear: event.data.firstYear, lastYear: event.data.lastYear, sources } };

    case 'BaseBudgetSet.v1':
      return {
        ...state,
        baseBudgets: {
          ...state.baseBudgets,
          [event.data.year]: { year: event.data.year, lines: event.data.lines.map((line) => ({ ...line })), sources },
        },
      };

    case 'PlanAssumptionsSet.v1':
      return { ...state, assumptions: { ...state.assumptions, [event.data.year]: { ...event.data, sources } } };

    case 'BudgetItemAdded.v1':
      return { ...state, budgetItems: [...state.budgetItems, { ...event.data, withdrawn: false, sources }] };

    case 'BudgetItemRevised.v1': {
      const { itemId, ...changes } = event.data;
      return withItem(state, itemId, (item) => ({ ...item, ...definedOnly(changes), sources: [...item.sources, ...sources] }));
    }

    case 'BudgetItemWithdrawn.v1':
      return withItem(state, event.data.itemId, (item) => ({ ...item, withdrawn: true, sources: [...item.sources, ...sources] }));

    case 'GrantSettlementRecorded.v1':
      return { ...state, grantSettlements: { ...state.grantSettlements, [event.data.year]: { ...event.data, sources } } };

    case 'TaxBaseRecorded.v1':
      return { ...state, taxBases: { ...state.taxBases, [event.data.year]: { ...event.data, sources } } };

    case 'CollectionFundRecorded.v1':
      return { ...state, collectionFunds: { ...state.collectionFunds, [event.data.year]: { ...event.data, sources } } };

    case 'PreceptRecorded.v1': {
      const { year, bandD, status } = event.data;
      const current: PreceptYearFact = state.precepts[year] ?? { year, approved: null, proposed: null, history: [] };
      const next: PreceptYearFact = { ...current, history: [...current.history, { bandD, status, sources }] };
      if (status === 'approved') next.approved = { bandD, sources };
      if (status === 'proposed') next.proposed = { bandD, sources };
      // The panel vetoes the proposal in front of it: that proposal no longer stands.
      if (status === 'vetoed' && current.proposed && Money.of(current.proposed.bandD).equals(Money.of(bandD))) next.proposed = null;
      return { ...state, precepts: { ...state.precepts, [year]: next } };
    }

    case 'ReserveOpened.v1':
      return { ...state, reserves: [...state.reserves, { ...event.data, movements: [], sources }] };

    case 'ReserveMovementRecorded.v1': {
      const { reserveId, movementId, ...movement } = event.data;
      return {
        ...state,
        reserves: state.reserves.map((reserve) =>
          reserve.reserveId === reserveId
            ? { ...reserve, movements: [...reserve.movements, { ...movement, movementId: movementId ?? null, sources }] }
            : reserve,
        ),
      };
    }

    case 'MinimumGeneralReserveSet.v1':
      return { ...state, minimumGeneralReserve: { shareOfNre: event.data.shareOfNre, sources } };

    default: {
      // The compiler proves every event type is handled; at run time an event this version
      // does not know (written by a newer one) leaves the facts as they are rather than
      // stopping a projection.
      const _unknown: never = event;
      return state;
    }
  }
}

function withItem(state: ForceFinanceState, itemId: string, change: (item: BudgetItemFact) => BudgetItemFact): ForceFinanceState {
  return { ...state, budgetItems: state.budgetItems.map((item) => (item.itemId === itemId ? change(item) : item)) };
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
