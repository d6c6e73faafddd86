import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import {
  StreamNotFoundError,
  UnavailableError,
  WrongExpectedVersionError,
  type AppendExpectedRevision,
  type EventData,
  type Position,
} from '@eventstore/db-client';
import type { EventStoreDbClientLike } from '../../src/event-store/eventstoredb-records';

/**
 * An in-process stand-in for an EventStoreDB server behind the gRPC client, so the adapter's
 * own logic (mapping, paging, filtering, subscriptions) runs under the contract suite on a
 * machine with no server. It reproduces the server behaviour the adapter relies on, as read
 * from the server's source:
 * - log positions are byte offsets with gaps; each event of an append is its own record, at
 *   {commit: p, prepare: p} in $all; stream reads report prepare = the append's first record;
 * - forward $all reads include the start position, backward reads exclude it, subscriptions
 *   from a position exclude it;
 * - system events ("$"-typed, in "$" streams) are interleaved with application events;
 * - a missing stream reads as StreamNotFoundError; a failed expectation throws
 *   WrongExpectedVersionError; an append whose event ids are already the stream's events at
 *   that point is answered as already done (the server's idempotency), and event ids are not
 *   unique across streams;
 * - a backward stream read from beyond the end is not clamped.
 * It is not a model of everything the server does.
 */

interface LogRecord {
  streamId: string;
  id: string;
  type: string;
  data: string;
  metadata: string | undefined;
  isJson: boolean;
  revision: bigint;
  logPosition: bigint;
  transactionPosition: bigint;
  created: Date;
}

type Read = { direction?: 'forwards' | 'backwards'; maxCount?: number | bigint };

export class FakeEventStoreDbClient {
  private readonly log: LogRecord[] = [];
  private readonly streams = new Map<string, LogRecord[]>();
  private readonly listeners = new Set<() => void>();
  private readonly liveStreams = new Set<Readable>();
  private nextLogPosition = 0n;
  disposed = false;

  constructor() {
    // A server is never empty: an epoch-like system record and someone else's events first.
    this.writeSystemEvent();
    this.write('someone-elses-stream', [{ id: randomUUID(), type: 'SomethingHappened.v1', data: { n: 1 }, isJson: true }]);
    this.write('someone-elses-binary-stream', [{ id: randomUUID(), type: 'BinaryThing', data: { raw: true }, isJson: false }]);
  }

  /** The adapter sees this as the client it needs. */
  asClient(): EventStoreDbClientLike {
    return this as unknown as EventStoreDbClientLike;
  }

  async appendToStream(streamName: string, events: EventData | EventData[], options: { expectedRevision?: AppendExpectedRevision } = {}) {
    this.assertOpen();
    const list = Array.isArray(events) ? events : [events];
    const expected = options.expectedRevision ?? 'any';
    const stream = this.streams.get(streamName) ?? [];
    const current: bigint | 'no_stream' = stream.length === 0 ? 'no_stream' : stream[stream.length - 1].revision;

    const already = this.alreadyAppended(stream, list, expected);
    if (already) return { success: true, nextExpectedRevision: already.revision, position: at(already.logPosition) };

    const ok =
      expected === 'any' ||
      (expected === 'no_stream' && current === 'no_stream') ||
      (expected === 'stream_exists' && current !== 'no_stream') ||
      (typeof expected === 'bigint' && current === expected);
    if (!ok) throw new WrongExpectedVersionError(undefined, { streamName, expected, current });

    // Something else writes to the log between appends, as a real server's statistics do.
    this.writeSystemEvent();
    const written = this.write(
      streamName,
      list.map((e) => ({ id: e.id, type: e.type, data: e.data, metadata: e.metadata, isJson: e.contentType === 'application/json' })),
    );
    const last = written[written.length - 1];
    return { success: true, nextExpectedRevision: last.revision, position: at(last.logPosition) };
  }

  readStream(streamName: string, options: Read & { fromRevision?: 'start' | 'end' | bigint } = {}) {
    this.assertOpen();
    const stream = this.streams.get(streamName);
    if (!stream) return errored(new StreamNotFoundError(undefined, streamName));
    const max = Number(options.maxCount ?? Number.MAX_SAFE_INTEGER);
    let picked: LogRecord[];
    if (options.direction === 'backwards') {
      const from =
        options.fromRevision === undefined || options.fromRevision === 'end'
          ? stream.length - 1
          : Number(options.fromRevision === 'start' ? 0n : options.fromRevision);
      const lowest = Math.max(0, from - max + 1); // the server's range, not clamped to the end
      picked = stream.filter((r) => Number(r.revision) >= lowest && Number(r.revision) <= from).reverse();
    } else {
      const from =
        options.fromRevision === undefined || options.fromRevision === 'start'
          ? 0
          : options.fromRevision === 'end'
            ? stream.length
            : Number(options.fromRevision);
      picked = stream.slice(from, from + max);
    }
    // Stream reads: commit is the event's own record, prepare is where its append began.
    return readable(picked.map((r) => ({ event: this.recorded(r, { commit: r.logPosition, prepare: r.transactionPosition }) })));
  }

  readAll(options: Read & { fromPosition?: 'start' | 'end' | Position } = {}) {
    this.assertOpen();
    const max = Number(options.maxCount ?? Number.MAX_SAFE_INTEGER);
    const from = options.fromPosition ?? (options.direction === 'backwards' ? 'end' : 'start');
    let picked: LogRecord[];
    if (options.direction === 'backwards') {
      picked = this.log.filter((r) => from === 'end' || (from !== 'start' && lessThan(at(r.logPosition), from))).reverse();
    } else {
      picked = this.log.filter((r) => from === 'start' || (from !== 'end' && !lessThan(at(r.logPosition), from)));
    }
    return readable(picked.slice(0, max).map((r) => ({ event: this.recorded(r, at(r.logPosition)), commitPosition: r.logPosition })));
  }

  subscribeToAll(options: { fromPosition?: 'start' | 'end' | Position; filter?: { regex?: string } } = {}) {
    this.assertOpen();
    const typeFilter = options.filter?.regex ? new RegExp(options.filter.regex) : null;
    let cursor = options.fromPosition === 'end' ? this.log.length : 0;
    const from = options.fromPosition;
    let unsubscribed = false;
    let wake: (() => void) | null = null;
    const onAppend = () => wake?.();
    this.listeners.add(onAppend);
    const { log, listeners } = this;
    const recorded = (r: (typeof log)[number], position: ReturnType<typeof at>) => this.recorded(r, position);

    async function* deliver() {
      try {
        while (!unsubscribed) {
          if (cursor < log.length) {
            const r = log[cursor++];
            if (from && from !== 'start' && from !== 'end' && !lessThan(from, at(r.logPosition))) continue; // exclusive start
            if (typeFilter && !typeFilter.test(r.type)) continue;
            yield { event: recorded(r, at(r.logPosition)), commitPosition: r.logPosition };
          } else {
            await new Promise<void>((resolve) => (wake = resolve));
            wake = null;
          }
        }
      } finally {
        listeners.delete(onAppend);
      }
    }

    const stream = Readable.from(deliver(), { objectMode: true, highWaterMark: 4 });
    this.liveStreams.add(stream);
    stream.on('close', () => this.liveStreams.delete(stream));
    return Object.assign(stream, {
      unsubscribe: async () => {
        unsubscribed = true;
        wake?.();
      },
    });
  }

  async dispose(): Promise<void> {
    this.disposed = true;
    for (const s of this.liveStreams) s.destroy();
  }

  /** Drops every live subscription as a lost connection would. */
  dropConnections(): void {
    for (const s of [...this.liveStreams]) s.destroy(new UnavailableError(undefined, 'connection lost'));
  }

  get liveSubscriptionCount(): number {
    return this.liveStreams.size;
  }

  private alreadyAppended(stream: LogRecord[], list: EventData[], expected: AppendExpectedRevision): LogRecord | null {
    const first = stream.findIndex((r) => r.id === list[0].id);
    if (first < 0) return null;
    if (typeof expected === 'bigint' && BigInt(first) !== expected + 1n) return null;
    if (expected === 'no_stream' && first !== 0) return null;
    const matches = list.every((e, i) => stream[first + i]?.id === e.id);
    return matches ? stream[first + list.length - 1] : null;
  }

  private write(streamId: string, events: { id: string; type: string; data: unknown; metadata?: unknown; isJson: boolean }[]): LogRecord[] {
    const stream = this.streams.get(streamId) ?? [];
    const transactionPosition = this.nextLogPosition;
    const written = events.map((e) => {
      const record: LogRecord = {
        streamId,
        id: e.id,
        type: e.type,
        data: JSON.stringify(e.data),
        metadata: e.metadata === undefined ? undefined : JSON.stringify(e.metadata),
        isJson: e.isJson,
        revision: BigInt(stream.length),
        logPosition: this.nextLogPosition,
        transactionPosition,
        created: new Date(),
      };
      // Records have sizes: positions are offsets, never consecutive integers.
      this.nextLogPosition += 97n + BigInt(record.data.length);
      stream.push(record);
      this.log.push(record);
      return record;
    });
    this.streams.set(streamId, stream);
    for (const listener of this.listeners) listener();
    return written;
  }

  private writeSystemEvent(): void {
    this.write('$stats-127.0.0.1:2113', [{ id: randomUUID(), type: '$statsCollected', data: { 'proc-cpu': 1 }, isJson: true }]);
  }

  private recorded(r: LogRecord, position: Position) {
    return {
      streamId: r.streamId,
      id: r.id,
      isJson: r.isJson,
      revision: r.revision,
      type: r.type,
      created: r.created,
      data: r.isJson ? JSON.parse(r.data) : Buffer.from(r.data),
      metadata: r.metadata === undefined ? undefined : JSON.parse(r.metadata),
      position,
    };
  }

  private assertOpen(): void {
    if (this.disposed) throw new Error('client is disposed');
  }
}

function at(logPosition: bigint): Position {
  return { commit: logPosition, prepare: logPosition };
}

function lessThan(a: Position, b: Position): boolean {
  return a.commit < b.commit || (a.commit === b.commit && a.prepare < b.prepare);
}

function readable<T>(items: T[]) {
  return Object.assign(Readable.from(items, { objectMode: true }), { cancel: async () => undefined });
}

function errored(error: Error) {
  const stream = new Readable({ objectMode: true, read() {} });
  process.nextTick(() => stream.destroy(error));
  return Object.assign(stream, { cancel: async () => undefined });
}
