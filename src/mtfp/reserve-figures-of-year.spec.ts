import type { EventRef } from '../event-sourcing/decider';
import { forceFinanceDecider } from '../force-finance/force-finance.decider';
import type { ForceFinanceEvent } from '../force-finance/force-finance.events';
import type { ForceFinanceState } from '../force-finance/force-finance.state';
import { baseEvents, factsFrom, reserveMovement, reserveOpened } from '../../test/fixtures/mtfp-facts.fixture';
import { projectMtfp } from './project-mtfp';

/** The facts a new event makes, folded onto these (as the projections fold it). */
const after = (facts: ForceFinanceState, id: string, event: ForceFinanceEvent): ForceFinanceState => {
  const ref: EventRef = {
    id,
    streamId: 'force-finance-herts',
    revision: '1',
    position: '1',
    recordedAt: '2016-03-01T00:00:00Z',
    type: event.type,
  };
  return forceFinanceDecider.evolve(facts, event, ref);
};
const pensions: ForceFinanceEvent = {
  type: 'BudgetItemAdded.v1',
  data: {
    itemId: 'pensions',
    kind: 'cost_pressure',
    fromYear: '2016/17',
    amount: '1000000',
    recurrence: 'recurring',
    description: 'Pensions',
  },
};

describe("an MTFP year's reserve figures, kept per list of reserves", () => {
  const facts = factsFrom({
    ...baseEvents,
    general: reserveOpened('general', 'general', '4000000'),
    use: reserveMovement('general', '2016/17', 'drawdown', 'planned', '500000'),
  });
  const year = (f: ForceFinanceState) => projectMtfp({ facts: f, from: '2016/17', years: 2 }).years[1];

  it('are the same figures after an event that leaves the reserves as they were', () => {
    const before = year(facts);
    const withItem = year(after(facts, 'pensions', pensions));
    expect(withItem.reserves).toBe(before.reserves);
    expect(withItem.reserveUse).toBe(before.reserveUse);
    expect(withItem.reservesByPurpose).toBe(before.reservesByPurpose);
    // The rest of the year moves with the item.
    expect(withItem.nre.value.minus(before.nre.value).toPence()).toBe('1000000.00');
  });

  it('are worked out again after a reserve movement, and the facts before it still read as they did', () => {
    const before = year(facts);
    const moved = year(after(facts, 'top-up', reserveMovement('general', '2017/18', 'contribution', 'planned', '250000')));
    expect(moved.reserves).not.toBe(before.reserves);
    expect([before.reserves[0].closing.value.toPence(), moved.reserves[0].closing.value.toPence()]).toEqual(['3500000.00', '3750000.00']);
    expect(year(facts).reserves[0].closing.value.toPence()).toBe('3500000.00');
  });
});
