import fc from 'fast-check';
import type { CommandRunner } from '../../src/event-sourcing/command-runner';
import type { Decider } from '../../src/event-sourcing/decider';
import type { WriteContext, WriteResult } from '../../src/event-sourcing/write-context';
import { WriteStateCache } from '../../src/event-sourcing/write-state-cache';
import type { EventStore, RecordedEvent } from '../../src/event-store/event-store.port';
import { eventIdFor, idempotencyName } from '../../src/event-sourcing/idempotency';
import { toDomainEvent } from '../../src/event-sourcing/recorded-event';
import { FinancialYear } from '../../src/common/financial-year';
import { Money } from '../../src/common/money';
import type { ForceFinanceCommand } from '../../src/force-finance/force-finance.commands';
import { forceFinanceDecider } from '../../src/force-finance/force-finance.decider';
import type { ForceFinanceEvent } from '../../src/force-finance/force-finance.events';
import type { ForceFinanceState } from '../../src/force-finance/force-finance.state';

/**
 * Random writes to one force's finance stream, for property tests of the write side: commands
 * drawn from small pools of ids and figures, so many are refused (a duplicate item, a year outside
 * the plan, a drawdown below zero), batches of them, dry runs, Idempotency-Keys reused with the
 * same or another body, If-Match right and wrong, and events appended by another writer.
 */
export type WriteStep =
  | { kind: 'run'; command: ForceFinanceCommand; key?: string; body: string; dryRun: boolean; ifMatch?: 'current' | 'stale' }
  | { kind: 'batch'; commands: ForceFinanceCommand[]; key?: string; body: string }
  | { kind: 'foreign'; command: ForceFinanceCommand };

const year = (y: string) => FinancialYear.parse(y, 'year');
const money = (m: string) => Money.parse(m, 'amount');

const itemId = fc.constantFrom('i0', 'i1', 'i2', 'i3', 'i4', 'i5', 'i6', 'i7');
const reserveId = fc.constantFrom('r0', 'r1');
const fromYear = fc.constantFrom('2016/17', '2017/18', '2018/19', '2019/20', '2024/25'); // 2024/25 is outside the plan: refused
const amount = fc.constantFrom('1.00', '250.50', '40.00', '80.00');

export const forceFinanceCommand: fc.Arbitrary<ForceFinanceCommand> = fc.oneof(
  // Adds weigh most, so streams grow, and revisions and withdrawals find their items.
  {
    weight: 4,
    arbitrary: fc
      .record({ itemId, fromYear, amount, recurrence: fc.constantFrom('recurring' as const, 'one_off' as const) })
      .map((c): ForceFinanceCommand => ({
        type: 'AddBudgetItem',
        itemId: c.itemId,
        kind: 'cost_pressure',
        fromYear: year(c.fromYear),
        amount: money(c.amount),
        recurrence: c.recurrence,
        description: `item ${c.itemId}`,
      })),
  },
  fc.record({ itemId, amount }).map((c): ForceFinanceCommand => ({ type: 'ReviseBudgetItem', itemId: c.itemId, amount: money(c.amount) })),
  itemId.map((id): ForceFinanceCommand => ({ type: 'WithdrawBudgetItem', itemId: id })),
  reserveId.map((id): ForceFinanceCommand => ({
    type: 'OpenReserve',
    reserveId: id,
    name: `Reserve ${id}`,
    kind: 'earmarked',
    purpose: 'budget support',
    openingBalance: money('100.00'),
    asAtYear: year('2016/17'),
  })),
  fc
    .record({ reserveId, amount, direction: fc.constantFrom('drawdown' as const, 'contribution' as const) })
    .map((c): ForceFinanceCommand => ({
      type: 'RecordReserveMovement',
      reserveId: c.reserveId,
      year: year('2017/18'),
      direction: c.direction,
      basis: 'planned',
      amount: money(c.amount),
      supportsRevenueBudget: true,
      description: `${c.direction} of ${c.amount}`,
    })),
);

/** Keys from a small pool, so some are reused; the body stands for the request (another body under a used key: a 422). */
const key = fc.option(fc.constantFrom('k0', 'k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7'), { nil: undefined });
const body = fc.constantFrom('body-a', 'body-b');

export const writeStep: fc.Arbitrary<WriteStep> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .record({
        command: forceFinanceCommand,
        key,
        body,
        dryRun: fc.constantFrom(false, false, false, true),
        ifMatch: fc.constantFrom(undefined, undefined, undefined, 'current' as const, 'stale' as const),
      })
      .map((s): WriteStep => ({ kind: 'run', ...s })),
  },
  {
    weight: 2,
    arbitrary: fc
      .record({ commands: fc.array(forceFinanceCommand, { minLength: 1, maxLength: 4 }), key, body })
      .map((s): WriteStep => ({ kind: 'batch', ...s })),
  },
  { weight: 1, arbitrary: forceFinanceCommand.map((command): WriteStep => ({ kind: 'foreign', command })) },
);

/** Random steps, enough of them that streams grow past a handful of events. */
export const writeSteps = fc.array(writeStep, { minLength: 20, maxLength: 60 });

export const SET_PLAN_PERIOD: ForceFinanceCommand = { type: 'SetPlanPeriod', firstYear: year('2016/17'), lastYear: year('2019/20') };

export const STREAM = 'force-finance-herts';
export const DECIDER: Decider<ForceFinanceCommand, ForceFinanceState, ForceFinanceEvent> = forceFinanceDecider.for({
  forceName: 'Hertfordshire',
});

/** What a step came to: the write's answer, or the refusal's class and message. */
export type Outcome = { ok: WriteResult } | { refused: string } | { foreign: number };

/** Runs one step on `runner` (over `store`); a foreign step appends straight to the store, as another writer would. */
export async function runStep(runner: CommandRunner, store: EventStore, step: WriteStep): Promise<Outcome> {
  try {
    if (step.kind === 'foreign') {
      // Decided on a full fold of the stream (a cache that keeps nothing), as another process would.
      const { state, revision } = await new WriteStateCache(store, 0).load(DECIDER, STREAM);
      const events = DECIDER.decide(step.command, state);
      if (events.length === 0) return { foreign: 0 };
      const metadata = {
        actor: 'replica-2',
        recordedAt: '2017-02-01T00:00:00.000Z',
        correlationId: 'other',
        causationId: null,
        schemaVersion: 1,
      };
      const ids = events.map((_, i) => `foreign-${revision ?? -1n}-${i}`);
      await store.appendToStream(
        STREAM,
        events.map((e, i) => ({ id: ids[i], type: e.type, data: e.data as Record<string, unknown>, metadata })),
        revision ?? 'no_stream',
      );
      return { foreign: events.length };
    }
    const ctx: WriteContext = {
      actor: 'cfo@herts',
      correlationId: 'c-1',
      ...(step.key ? { idempotencyKey: step.key, requestHash: step.body } : {}),
    };
    if (step.kind === 'batch') return { ok: await runner.runAll(DECIDER, STREAM, step.commands, ctx) };
    if (step.ifMatch) {
      const head = (await store.readStream(STREAM, { direction: 'backwards', maxCount: 1 }))[0]?.revision ?? -1n;
      ctx.expectedRevision = step.ifMatch === 'current' ? head : head - 1n;
    }
    return { ok: await runner.run(DECIDER, STREAM, step.command, { ...ctx, dryRun: step.dryRun }) };
  } catch (error) {
    const e = error as Error;
    return { refused: `${e.constructor.name}: ${e.message}` };
  }
}

/** The stream folded from scratch with the decider's own evolve, independent of the write-state cache. */
export async function fullFold(store: EventStore): Promise<{ state: ForceFinanceState; revision: bigint | null }> {
  const recorded = await store.readStream(STREAM);
  let state = DECIDER.initialState();
  for (const r of recorded) {
    const { event, ref } = toDomainEvent<ForceFinanceEvent>(r);
    state = DECIDER.evolve(state, event, ref);
  }
  return { state, revision: recorded.length === 0 ? null : recorded[recorded.length - 1].revision };
}

/**
 * The replay lookup as the command runner made it before the index (a scan of the whole stream),
 * kept here as the reference the index must agree with: a WriteResult, a refusal's message, or null.
 */
export async function scannedReplay(store: EventStore, key: string, requestHash: string, actor = 'cfo@herts') {
  const recorded: RecordedEvent[] = await store.readStream(STREAM);
  const name = idempotencyName({ actor, idempotencyKey: key }) as string;
  let start = recorded.findIndex((r) => r.id === eventIdFor(name, STREAM, 0));
  if (start < 0) start = recorded.findIndex((r) => r.id === eventIdFor(key, STREAM, 0) && r.metadata.actor === actor);
  if (start < 0) return null;
  const batch = recorded.slice(start).filter((r) => r.metadata.idempotencyKey === key && r.metadata.actor === actor);
  if (batch[0].metadata.requestHash !== requestHash) {
    return `Idempotency-Key "${key}" was already used for a different request on ${STREAM}; use a new key for a new request.`;
  }
  const last = batch[batch.length - 1];
  return {
    stream: STREAM,
    revision: last.revision.toString(),
    position: last.position.toString(),
    events: batch.map((r) => ({ id: r.id, type: r.type })),
    replayed: true,
  };
}
