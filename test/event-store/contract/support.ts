import { randomUUID } from 'node:crypto';
import { ConcurrencyError } from '../../../src/event-store/concurrency.error';
import type { EventStore, EventToAppend, ExpectedRevision, RecordedEvent } from '../../../src/event-store/event-store.port';

/** What each topic of the contract is given: the store of the running test, and what the adapter can promise. */
export interface ContractLeg {
  store: () => EventStore;
  /** See ContractOptions.eventIdsUniqueAcrossStreams. */
  uniqueAcrossStreams: boolean;
}

export function newStreamId(prefix = 'contract'): string {
  return `${prefix}-${randomUUID()}`;
}

export function anEvent(type = 'SomethingRecorded.v1', data: Record<string, unknown> = { note: randomUUID() }): EventToAppend {
  return {
    id: randomUUID(),
    type,
    data,
    metadata: {
      actor: 'contract-test',
      recordedAt: '2016-04-01T00:00:00.000Z',
      correlationId: randomUUID(),
      causationId: null,
      schemaVersion: 1,
    },
  };
}

/** Only the events of the given streams, in the order given: a shared store holds others. */
export function ofStreams(events: RecordedEvent[], streams: string[]): RecordedEvent[] {
  return events.filter((e) => streams.includes(e.streamId));
}

/** A paging loop that never ends is a failure, not a hang. */
export function guardPaging(pagesSoFar: number): void {
  if (pagesSoFar > 100) throw new Error('paging did not come to an end: a page repeats where the last one ended');
}

export function revisions(events: RecordedEvent[]): bigint[] {
  return events.map((e) => e.revision);
}

export function expectStrictlyIncreasing(values: bigint[]): void {
  for (let i = 1; i < values.length; i++) {
    if (!(values[i] > values[i - 1])) throw new Error(`positions not strictly increasing at ${i}: ${values[i - 1]} then ${values[i]}`);
  }
}

export async function expectConcurrencyError(
  attempt: Promise<unknown>,
  streamId: string,
  expected: ExpectedRevision,
  actual: bigint | 'no_stream',
): Promise<void> {
  const error = await attempt.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConcurrencyError);
  expect(error).toMatchObject({ streamId, expected, actual, status: 409 });
}

/** A subscription that records what it is given; `slowMs` makes the handler take its time. */
export function collect(store: EventStore, after: bigint | undefined, slowMs = 0) {
  const events: RecordedEvent[] = [];
  let inFlight = 0;
  const state = { maxInFlight: 0 };
  const subscription = store.subscribeToAll({ after }, async (event) => {
    inFlight++;
    state.maxInFlight = Math.max(state.maxInFlight, inFlight);
    if (slowMs > 0) await pause(slowMs);
    events.push(event);
    inFlight--;
  });
  return {
    events,
    get maxInFlight() {
      return state.maxInFlight;
    },
    waitFor: (done: (events: RecordedEvent[]) => boolean) => eventually(() => done(events), 'the subscription to deliver the events'),
    stop: () => subscription.stop(),
  };
}

export async function eventually(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await pause(10);
  }
}

export function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
