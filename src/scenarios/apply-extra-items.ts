import type { ForceFinanceState } from '../force-finance/force-finance.state';
import { keyedAppend } from '../force-finance/keyed-list';
import type { EffectiveOverrides } from './effective-overrides';

/**
 * A scenario's extra cost pressures and growth, added to the force's budget items as recorded
 * items would be (recurring ones in every later year, one-off ones in their year, at their cash
 * amount). Their ids are prefixed with the scenario's ("scenario:{scenarioId}:{itemId}") so
 * they can never be mistaken for, or clash with, the baseline's items or another generation's.
 */
export function applyExtraItems(facts: ForceFinanceState, items: EffectiveOverrides['extraItems']): void {
  for (const item of items) {
    const itemId = scenarioItemId(item.scenarioId, item.itemId);
    facts.budgetItems = keyedAppend(facts.budgetItems, itemId, {
      itemId,
      kind: item.kind,
      fromYear: item.fromYear,
      amount: item.amount,
      recurrence: item.recurrence,
      description: item.description,
      withdrawn: false,
      sources: [...item.sources],
    });
  }
}

function scenarioItemId(scenarioId: string, itemId: string): string {
  return `scenario:${scenarioId}:${itemId}`;
}
