import type { Decider, DomainEvent, EventRef } from '../event-sourcing/decider';
import { asciiJson } from './ascii-json';
import { deferMore, deferredFacts, isDeferred, untouchedJson, type PendingEvent } from './deferred-facts';
import type { Projection } from './projection';

/** The folded state of every stream the service knows how to read, keyed by stream id. */
export interface StreamFacts {
  streams: Record<string, unknown>;
}

export interface StreamFold {
  /** Streams whose id starts with this prefix ("force-finance-") are folded by `decider`. */
  prefix: string;
  decider: Pick<Decider<unknown, unknown, DomainEvent>, 'initialState' | 'evolve'>;
  /** A branch of the plan or a record about it (scenarios, stress-test runs): no baseline answer reads it. */
  branch?: true;
}

/**
 * How a snapshot of the facts is stored: this line, then an index line – each stream's id, the
 * length of its JSON and its facts' top-level keys (null for facts that are not an object) –
 * then every stream's JSON one after another. Reading it back parses only the index; each
 * stream's facts are parsed when something reads them (deferred-facts.ts).
 *
 * All of it is ASCII (ascii-json.ts): reading tens of megabytes back from SQLite into a string is
 * then a copy, not a UTF-8 decode into a string of two-byte characters, which took three times as long.
 */
const FORMAT = 'stream-facts by stream, v1\n';
type IndexEntry = [streamId: string, length: number, keys: string[] | null];

/**
 * The read side's one projection: every stream folded by its own decider's `evolve`, so the
 * read model and the write model can never disagree about what an event means. The engines
 * (MTFP, precept options, shares, benefits) compute their answers from these facts.
 *
 * A state read back from a snapshot (for an "as at" answer, or on start) leaves each stream's
 * facts unparsed until they are read, and folding a run of events onto such a stream only
 * queues them (applyAll): an answer that reads four streams of a long history pays for those
 * four, not for every stream.
 */
export class StreamFactsProjection implements Projection<StreamFacts> {
  readonly name = 'stream-facts';
  private readonly folds: StreamFold[];
  /** The fold for each stream id seen so far (null: none), so the prefixes are matched once per stream, not once per event. */
  private readonly foldOf = new Map<string, StreamFold | null>();

  /** `version` must change whenever any fold changes meaning; pass the sum of the folds' own versions, say. */
  constructor(
    folds: readonly StreamFold[],
    readonly version: number,
  ) {
    // Longest prefix first, so "force-finance-" wins over "force-".
    this.folds = [...folds].sort((a, b) => b.prefix.length - a.prefix.length);
  }

  initialState(): StreamFacts {
    return { streams: {} };
  }

  apply(state: StreamFacts, event: DomainEvent, ref: EventRef): StreamFacts {
    const streamId = ref.streamId;
    const fold = this.foldFor(streamId);
    if (!fold) return state;
    const current = state.streams[streamId] ?? fold.decider.initialState();
    state.streams[streamId] = fold.decider.evolve(current, event, ref);
    return state;
  }

  /** As apply, event by event; but events for a stream whose facts have not been read since a snapshot are queued on them, not folded. */
  applyAll(state: StreamFacts, events: readonly PendingEvent[]): StreamFacts {
    const queued = new Map<string, PendingEvent[]>();
    for (const pending of events) {
      const streamId = pending.ref.streamId;
      const waiting = queued.get(streamId);
      if (waiting) waiting.push(pending);
      else if (isDeferred(state.streams[streamId])) queued.set(streamId, [pending]);
      else this.apply(state, pending.event, pending.ref);
    }
    for (const [streamId, list] of queued) {
      const deferred = deferMore(state.streams[streamId], list);
      if (deferred) state.streams[streamId] = deferred;
      else for (const { event, ref } of list) this.apply(state, event, ref);
    }
    return state;
  }

  serialise(state: StreamFacts): string {
    const index: IndexEntry[] = [];
    const parts: string[] = [];
    for (const [streamId, facts] of Object.entries(state.streams)) {
      const json = untouchedJson(facts) ?? asciiJson(JSON.stringify(facts));
      const keys = typeof facts === 'object' && facts !== null && !Array.isArray(facts) ? Object.keys(facts) : null;
      index.push([streamId, json.length, keys]);
      parts.push(json);
    }
    return `${FORMAT}${asciiJson(JSON.stringify(index))}\n${parts.join('')}`;
  }

  deserialise(stored: string): StreamFacts {
    if (!stored.startsWith(FORMAT)) return JSON.parse(stored) as StreamFacts;
    const indexEnd = stored.indexOf('\n', FORMAT.length);
    const index = JSON.parse(stored.slice(FORMAT.length, indexEnd)) as IndexEntry[];
    const streams: Record<string, unknown> = {};
    let at = indexEnd + 1;
    for (const [streamId, length, keys] of index) {
      const json = stored.slice(at, at + length);
      at += length;
      const fold = this.foldFor(streamId);
      streams[streamId] = keys && fold ? deferredFacts(json, keys, fold.decider.evolve) : JSON.parse(json);
    }
    if (at !== stored.length)
      throw new Error(`Stored ${this.name} state is ${stored.length} characters long, not the ${at} its index gives`);
    return { streams };
  }

  /** The fold of the streams with this id's prefix, or null when the read side does not fold them. */
  foldFor(streamId: string): StreamFold | null {
    let fold = this.foldOf.get(streamId);
    if (fold === undefined) {
      fold = this.folds.find((f) => streamId.startsWith(f.prefix)) ?? null;
      this.foldOf.set(streamId, fold);
    }
    return fold;
  }
}
