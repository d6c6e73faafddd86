import { budgetSupportOpened, fold, fourPlannedDrawdowns, planPeriod } from '../../test/fixtures/force-finance';
import type { EventRef } from '../event-sourcing/decider';
import { evolveForceFinance } from './evolve/evolve-force-finance';
import type { ForceFinanceEvent } from './force-finance.events';
import { budgetItemList, findBudgetItem, initialForceFinanceState, type ForceFinanceState } from './force-finance.state';

/**
 * The fold shares what an event does not change with the state it came from (see
 * keyed-list.ts), so these check what that must never cost: the state given is never changed,
 * and a state read back from its JSON (a projection snapshot) folds on exactly as the live one.
 */
const ref = (n: number): EventRef => ({
  id: `e${n}`,
  streamId: 'force-finance-herts',
  revision: String(n),
  position: String(n),
  recordedAt: '2016-02-01T00:00:00Z',
  type: 'x',
});

function history(items: number): ForceFinanceEvent[] {
  const events: ForceFinanceEvent[] = [
    { type: 'PlanPeriodSet.v1', data: { firstYear: '2016/17', lastYear: '2019/20' } },
    {
      type: 'ReserveOpened.v1',
      data: { reserveId: 'general', name: 'General reserve', kind: 'general', purpose: '', openingBalance: '8000000', asAtYear: '2016/17' },
    },
  ];
  for (let i = 0; i < items; i++) {
    events.push({
      type: 'BudgetItemAdded.v1',
      data: {
        itemId: `${i * 3}`,
        kind: i % 2 ? 'saving' : 'cost_pressure',
        fromYear: '2017/18',
        amount: `${100000 + i}`,
        recurrence: 'recurring',
        description: `Item ${i}`,
      },
    });
    if (i % 3 === 0) events.push({ type: 'BudgetItemRevised.v1', data: { itemId: `${Math.floor(i / 2) * 3}`, amount: `${200000 + i}` } });
    if (i % 10 === 9) {
      events.push({
        type: 'ReserveMovementRecorded.v1',
        data: {
          reserveId: 'general',
          year: '2017/18',
          direction: 'drawdown',
          basis: 'planned',
          amount: '1000',
          supportsRevenueBudget: true,
          description: `Use ${i}`,
        },
      });
    }
  }
  events.push({ type: 'BudgetItemWithdrawn.v1', data: { itemId: '3' } });
  events.push({
    type: 'BudgetItemRevised.v1',
    data: { itemId: `${(items - 1) * 3}`, description: 'Last item, revised', recurrence: 'one_off' },
  });
  return events;
}

const foldAll = (events: ForceFinanceEvent[], from: ForceFinanceState = initialForceFinanceState(), offset = 0) =>
  events.reduce((state, event, i) => evolveForceFinance(state, event, ref(offset + i)), from);

describe('evolveForceFinance over many budget items', () => {
  const events = history(150);

  it('never changes a state it was given, whatever follows', () => {
    let state = initialForceFinanceState();
    const seen: Array<{ state: ForceFinanceState; json: string }> = [];
    events.forEach((event, i) => {
      seen.push({ state, json: JSON.stringify(state) });
      state = evolveForceFinance(state, event, ref(i));
    });
    for (const { state: earlier, json } of seen) expect(JSON.stringify(earlier)).toBe(json);
  });

  it('keeps every item in the order it was added, with its revisions, withdrawal and sources', () => {
    const state = foldAll(events);
    const items = budgetItemList(state);
    expect(items.map((i) => i.itemId)).toEqual(Array.from({ length: 150 }, (_, i) => `${i * 3}`));
    expect(findBudgetItem(state, '3')).toMatchObject({ withdrawn: true, amount: '200003' });
    expect(findBudgetItem(state, `${149 * 3}`)).toMatchObject({
      description: 'Last item, revised',
      recurrence: 'one_off',
      amount: '100149',
      withdrawn: false,
    });
    const addedAt = events.findIndex((e) => e.type === 'BudgetItemAdded.v1' && e.data.itemId === '3');
    const revisedAt = events.findIndex((e) => e.type === 'BudgetItemRevised.v1' && e.data.itemId === '3');
    expect(findBudgetItem(state, '3')?.sources).toEqual([`e${addedAt}`, `e${revisedAt}`, `e${events.length - 2}`]);
    expect(state.reserves[0].movements).toHaveLength(15);
  });

  it('folds on from its own JSON (a snapshot) exactly as it does in memory', () => {
    const half = Math.floor(events.length / 2);
    const live = foldAll(events);
    const snapshot = JSON.parse(JSON.stringify(foldAll(events.slice(0, half)))) as ForceFinanceState;
    const resumed = foldAll(events.slice(half), snapshot, half);
    expect(JSON.stringify(resumed)).toBe(JSON.stringify(live));
  });

  it('leaves the facts as they are for an item or reserve it does not know', () => {
    const state = foldAll(events.slice(0, 5));
    expect(evolveForceFinance(state, { type: 'BudgetItemRevised.v1', data: { itemId: 'unknown', amount: '1' } })).toBe(state);
    expect(evolveForceFinance(state, { type: 'BudgetItemWithdrawn.v1', data: { itemId: 'unknown' } })).toBe(state);
    const movement: ForceFinanceEvent = {
      type: 'ReserveMovementRecorded.v1',
      data: {
        reserveId: 'none',
        year: '2017/18',
        direction: 'drawdown',
        basis: 'planned',
        amount: '1',
        supportsRevenueBudget: false,
        description: 'x',
      },
    };
    expect(evolveForceFinance(state, movement)).toBe(state);
  });
});

describe('force finance state', () => {
  it('is plain JSON data that survives a snapshot round trip', () => {
    const state = fold([planPeriod, budgetSupportOpened, ...fourPlannedDrawdowns]);
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });

  it('leaves the facts as they are for an event type this version does not know', () => {
    const state = fold([planPeriod, budgetSupportOpened]);
    expect(evolveForceFinance(state, { type: 'ReserveRenamed.v9', data: { reserveId: 'budget-support' } } as never)).toBe(state);
  });
});
