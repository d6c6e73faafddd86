import { SubscriptionHub } from './catch-up-subscription';
import { checkExpectedRevision, DuplicateEventIdError } from './concurrency.error';
import type {
  AppendResult,
  EventHandler,
  EventStore,
  EventToAppend,
  ExpectedRevision,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeToAllOptions,
  Subscription,
} from './event-store.port';
import type { EventToFold, ImmediateReads } from './immediate-reads';

/** The port's semantics in memory, for fast unit tests. Events are cloned in and out, as a real store would. */
export class InMemoryEventStore implements EventStore, ImmediateReads {
  readonly kind = 'in-memory';
  readonly consecutivePositions = true;
  private readonly all: RecordedEvent[] = [];
  private readonly streams = new Map<string, RecordedEvent[]>();
  private readonly ids = new Set<string>();
  private readonly hub = new SubscriptionHub();

  async appendToStream(streamId: string, events: EventToAppend[], expectedRevision: ExpectedRevision): Promise<AppendResult> {
    if (events.length === 0) throw new Error('appendToStream needs at least one event');
    const stream = this.streams.get(streamId) ?? [];
    const current = stream.length === 0 ? null : BigInt(stream.length - 1);
    checkExpectedRevision(streamId, expectedRevision, current);
    const duplicate = events.find((e, i) => this.ids.has(e.id) || events.findIndex((other) => other.id === e.id) !== i);
    if (duplicate) throw new DuplicateEventIdError(streamId);
    const recorded = events.map((e, i) => ({
      id: e.id,
      streamId,
      type: e.type,
      data: structuredClone(e.data),
      metadata: structuredClone(e.metadata),
      revision: BigInt(stream.length + i),
      position: BigInt(this.all.length + i + 1),
    }));
    stream.push(...recorded);
    this.streams.set(streamId, stream);
    this.all.push(...recorded);
    for (const e of events) this.ids.add(e.id);
    this.hub.notifyAll();
    const last = recorded[recorded.length - 1];
    return { nextExpectedRevision: last.revision, position: last.position };
  }

  knownUnchanged(streamId: string, revision: bigint, eventId: string): boolean {
    const stream = this.streams.get(streamId) ?? [];
    const newest = stream[stream.length - 1];
    return newest !== undefined && newest.revision === revision && newest.id === eventId;
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const stream = this.streams.get(streamId) ?? [];
    const max = options.maxCount ?? Infinity;
    if (options.direction === 'backwards') {
      const from = options.fromRevision === undefined ? stream.length - 1 : Math.min(Number(options.fromRevision), stream.length - 1);
      const out: RecordedEvent[] = [];
      for (let i = from; i >= 0 && out.length < max; i--) out.push(structuredClone(stream[i]));
      return out;
    }
    const from = Number(options.fromRevision ?? 0n);
    return stream.slice(from, from + Math.min(max, stream.length)).map((e) => structuredClone(e));
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const start = Number(options.after ?? 0n); // positions are index + 1
    const max = options.maxCount ?? Infinity;
    return this.all.slice(start, start + Math.min(max, this.all.length)).map((e) => structuredClone(e));
  }

  readStreamNow(streamId: string, afterRevision: bigint | null, upTo: bigint): EventToFold[] {
    const stream = this.streams.get(streamId) ?? [];
    const from = afterRevision === null ? 0 : Number(afterRevision) + 1;
    return stream
      .slice(from)
      .filter((e) => e.position <= upTo)
      .map((e) => ({
        ref: {
          id: e.id,
          streamId,
          revision: e.revision.toString(),
          position: e.position.toString(),
          recordedAt: e.metadata.recordedAt,
          type: e.type,
        },
        data: structuredClone(e.data),
      }));
  }

  positionAtTimeNow(time: string): bigint | null {
    const firstAfter = this.all.findIndex((e) => e.metadata.recordedAt > time); // positions are index + 1
    const last = firstAfter === -1 ? this.all.length : firstAfter;
    return last === 0 ? null : BigInt(last);
  }

  subscribeToAll(options: SubscribeToAllOptions, handler: EventHandler): Subscription {
    return this.hub.open((o) => this.readAll(o), options.after, handler, 50);
  }

  async headPosition(): Promise<bigint | null> {
    return this.all.length === 0 ? null : BigInt(this.all.length);
  }

  async close(): Promise<void> {
    await this.hub.stopAll();
  }
}
