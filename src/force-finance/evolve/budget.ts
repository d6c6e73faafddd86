import type { EventRef } from '../../event-sourcing/decider';
import type { BaseBudgetSet, BudgetItemAdded, BudgetItemRevised, BudgetItemWithdrawn, PlanAssumptionsSet } from '../force-finance.events';
import type { BudgetItemFact, ForceFinanceState } from '../force-finance.state';
import { keyedAppend, keyedAt, keyedIndexOf, keyedReplace } from '../keyed-list';
import { sourcesOf, withFact, withSource } from './evolve-facts';

export function baseBudgetSet(state: ForceFinanceState, { year, lines }: BaseBudgetSet['data'], ref?: EventRef): ForceFinanceState {
  return withFact(state, 'baseBudgets', {
    ...state.baseBudgets,
    [year]: { year, lines: lines.map((line) => ({ ...line })), sources: sourcesOf(ref) },
  });
}

export function planAssumptionsSet(state: ForceFinanceState, data: PlanAssumptionsSet['data'], ref?: EventRef): ForceFinanceState {
  return withFact(state, 'assumptions', { ...state.assumptions, [data.year]: { ...data, sources: sourcesOf(ref) } });
}

export function budgetItemAdded(state: ForceFinanceState, data: BudgetItemAdded['data'], ref?: EventRef): ForceFinanceState {
  const { itemId, kind, fromYear, amount, recurrence, description, inflation, inflationCategory } = data;
  const item: BudgetItemFact = { itemId, kind, fromYear, amount, recurrence, description, withdrawn: false, sources: sourcesOf(ref) };
  if (inflation !== undefined) item.inflation = inflation;
  if (inflationCategory !== undefined) item.inflationCategory = inflationCategory;
  return withFact(state, 'budgetItems', keyedAppend(state.budgetItems, itemId, item));
}

export function budgetItemRevised(state: ForceFinanceState, data: BudgetItemRevised['data'], ref?: EventRef): ForceFinanceState {
  const { itemId, fromYear, amount, recurrence, description } = data;
  const inflation = data.inflation;
  return withItem(state, itemId, (item) => {
    const next: BudgetItemFact = {
      itemId: item.itemId,
      kind: item.kind,
      fromYear: fromYear ?? item.fromYear,
      amount: amount ?? item.amount,
      recurrence: recurrence ?? item.recurrence,
      description: description ?? item.description,
      withdrawn: item.withdrawn,
      sources: withSource(item.sources, ref),
    };
    const kept = inflation ?? item.inflation;
    if (kept !== undefined) next.inflation = kept;
    const category = data.inflationCategory ?? item.inflationCategory;
    if (category !== undefined) next.inflationCategory = category;
    return next;
  });
}

export function budgetItemWithdrawn(state: ForceFinanceState, data: BudgetItemWithdrawn['data'], ref?: EventRef): ForceFinanceState {
  return withItem(state, data.itemId, (item) => ({
    itemId: item.itemId,
    kind: item.kind,
    fromYear: item.fromYear,
    amount: item.amount,
    recurrence: item.recurrence,
    description: item.description,
    withdrawn: true,
    sources: withSource(item.sources, ref),
    ...(item.inflation !== undefined ? { inflation: item.inflation } : {}),
    ...(item.inflationCategory !== undefined ? { inflationCategory: item.inflationCategory } : {}),
  }));
}

/** The state with one item changed; the other items are shared, not copied. */
function withItem(state: ForceFinanceState, itemId: string, change: (item: BudgetItemFact) => BudgetItemFact): ForceFinanceState {
  const at = keyedIndexOf(state.budgetItems, itemId);
  const item = keyedAt(state.budgetItems, at);
  if (!item) return state;
  return withFact(state, 'budgetItems', keyedReplace(state.budgetItems, at, change(item)));
}
