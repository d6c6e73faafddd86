import type { EventStore, RecordedEvent } from '../event-store/event-store.port';
import type { Decider, DomainEvent } from './decider';
import { IdempotencyIndex } from './idempotency-index';
import { toDomainEvent } from './recorded-event';

/** How many streams' folded state a process keeps before it forgets the least recently written. */
export const DEFAULT_MAX_CACHED_STREAMS = 1000;

/** A stream's decider state as the command path decides on it: folded from the stream's recorded events up to `revision`. */
export interface WriteState<S> {
  state: S;
  /** The revision of the last event folded in; null while the stream does not exist. */
  revision: bigint | null;
  /** The stream's keyed writes, for Idempotency-Key replays. */
  keys: IdempotencyIndex;
}

interface Entry {
  /** The fold the state was made with: another initialState or evolve (a new decider, a new fold version) means a refold. */
  initialState: () => unknown;
  evolve: (state: never, event: never, ref: never) => unknown;
  state: unknown;
  revision: bigint | null;
  /** The id of the event at `revision`: if the store no longer holds it there, the entry is not this store's. */
  lastEventId: string | null;
  keys: IdempotencyIndex;
}

/**
 * The write side's state per stream, kept between commands so a write to a long stream folds only
 * the events recorded since the last one instead of the whole stream. A load asks the store for
 * the stream's tail – from the last event it folded, which must still be there with the same id –
 * so events appended by anyone else (another process on the file, another replica on an
 * EventStoreDB, a test appending straight to the store) are folded in before a decision, and the
 * append's expected revision is always the store's, exactly as with a full read. Only when the
 * store vouches that the stream's newest event is still that one (knownUnchanged: SQLite knows
 * what its own connection appended, and that no other connection has committed since) is the
 * read left out; under 50 writers to 50 streams the read was about 7 % of a write's CPU time.
 *
 * The state only ever advances by folding recorded events – read back, or the runner's own
 * events once their append has committed (advance) – never the events of a decision about to be
 * appended, so a refused command, a dry run or a lost race leaves it as true as it was.
 * It is in-process: a restart starts cold and folds each stream once, on its first write. Nothing
 * is persisted, so there is nothing for a crash to leave stale.
 *
 * Deciders' `evolve` must not mutate the state it is given (the read side relies on that too):
 * decideAll folds a batch's events into the cached state's successors.
 */
export class WriteStateCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly store: EventStore,
    private readonly maxStreams = DEFAULT_MAX_CACHED_STREAMS,
  ) {}

  /** The stream's state now: the cached state with the stream's newer events folded in, or a fold of the whole stream. */
  async load<C, S, E extends DomainEvent>(decider: Decider<C, S, E>, streamId: string): Promise<WriteState<S>> {
    let entry = this.entries.get(streamId);
    this.entries.delete(streamId); // re-inserted below: the Map's order is least recently used first
    if (entry && (entry.initialState !== decider.initialState || entry.evolve !== decider.evolve)) entry = undefined;

    let tail: RecordedEvent[] | undefined;
    if (
      entry &&
      entry.revision !== null &&
      entry.lastEventId !== null &&
      this.store.knownUnchanged?.(streamId, entry.revision, entry.lastEventId)
    ) {
      tail = []; // the store vouches that nothing came after the entry's last event: no read
    } else if (entry && entry.revision !== null) {
      tail = await this.store.readStream(streamId, { fromRevision: entry.revision });
      if (tail[0]?.id === entry.lastEventId && tail[0].revision === entry.revision) tail = tail.slice(1);
      else entry = undefined; // the stream is not what this entry was folded from
    }
    if (!entry || entry.revision === null) {
      entry = this.fresh(decider);
      tail = await this.store.readStream(streamId);
    }

    // If a fold throws, the entry (whose index may hold part of the tail) is not put back.
    entry = this.folded(entry, decider, tail ?? []);
    this.entries.set(streamId, entry);
    if (this.entries.size > this.maxStreams) this.entries.delete(this.entries.keys().next().value as string);
    return { state: entry.state as S, revision: entry.revision, keys: entry.keys };
  }

  /**
   * Folds in the events this process has just appended to the stream, as the store recorded them
   * (after the commit, never before), so the next load need not read them back. If the entry is
   * not the state right before them, it is dropped instead: the next load reads the stream.
   */
  advance<C, S, E extends DomainEvent>(decider: Decider<C, S, E>, streamId: string, appended: RecordedEvent[]): void {
    const entry = this.entries.get(streamId);
    if (!entry || appended.length === 0) return;
    const follows = (entry.revision ?? -1n) + 1n === appended[0].revision;
    if (!follows || entry.initialState !== decider.initialState || entry.evolve !== decider.evolve) {
      this.entries.delete(streamId);
      return;
    }
    this.entries.delete(streamId);
    try {
      this.entries.set(streamId, this.folded(entry, decider, appended));
    } catch {
      // The write is recorded whatever the fold makes of it; the next load folds from the store and meets the error there.
    }
  }

  /** Drops what is known of the stream (after a lost race): the next load folds it from the store. */
  forget(streamId: string): void {
    this.entries.delete(streamId);
  }

  /** How many streams' state is held. */
  get size(): number {
    return this.entries.size;
  }

  private fresh<C, S, E extends DomainEvent>(decider: Decider<C, S, E>): Entry {
    return {
      initialState: decider.initialState,
      evolve: decider.evolve,
      state: decider.initialState(),
      revision: null,
      lastEventId: null,
      keys: new IdempotencyIndex(),
    };
  }

  private folded<C, S, E extends DomainEvent>(entry: Entry, decider: Decider<C, S, E>, tail: RecordedEvent[]): Entry {
    if (tail.length === 0) return entry;
    let state = entry.state as S;
    for (const recorded of tail) {
      const { event, ref } = toDomainEvent<E>(recorded);
      state = decider.evolve(state, event, ref);
      entry.keys.note(recorded);
    }
    const last = tail[tail.length - 1];
    return { ...entry, state, revision: last.revision, lastEventId: last.id };
  }
}
