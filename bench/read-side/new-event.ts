import { randomUUID } from 'node:crypto';
import { Money } from '../../src/common/money';
import type { DomainEvent } from '../../src/event-sourcing/decider';
import { budgetItemList, forceFinanceDecider, forceFinanceStreamId, type ForceFinanceState } from '../../src/force-finance';
import { wrap } from '../fixtures/store-history';
import type { ReadSide } from './warm-projections';

/**
 * Issue 15, aim 2 asks for answers "when nothing is cached", and the engines keep figures
 * derived from one stream's facts (a member's NRE for the share bases) until those facts
 * change. So that a timed answer never merely finds last call's figures, this records a new
 * event before each one (untimed): a budget item of the next force in `forces` revised, by the
 * real decider, appended to the store – the timed answer then catches the projection up with it
 * and works out everything that depends on that stream afresh. With `fromYear`, only items of
 * that year are revised (a basis year's, say: bench/profile/basis-year-ab.ts).
 */
export function reviseABudgetItemEachCall(readSide: ReadSide, forces: readonly string[], fromYear?: string): () => Promise<void> {
  let call = 0;
  return async () => {
    const force = forces[call % forces.length];
    const streamId = forceFinanceStreamId(force);
    const state = (await readSide.runner.view()).state.streams[streamId] as ForceFinanceState;
    const items = budgetItemList(state).filter((item) => !item.withdrawn && (fromYear === undefined || item.fromYear === fromYear));
    if (items.length === 0) throw new Error(`${force} has no budget item${fromYear ? ` of ${fromYear}` : ''} to revise`);
    const item = items[call % items.length];
    // Up £1,000 one call, back down the next: the plan stays the plan the history built.
    const change = Money.of(call % 2 === 0 ? '1000' : '-1000');
    const decider = forceFinanceDecider.for({ forceName: force });
    const events = decider.decide({ type: 'ReviseBudgetItem', itemId: item.itemId, amount: Money.of(item.amount).plus(change) }, state);
    const recordedAt = new Date().toISOString();
    const toAppend = events.map((event) =>
      wrap(
        { streamId, event: event as DomainEvent, round: 0, actor: `${force}.finance`, reason: 'Budget item revised' },
        recordedAt,
        randomUUID(),
      ),
    );
    await readSide.store.appendToStream(streamId, toAppend, 'any');
    call++;
  };
}
