import { ConcurrencyError, DuplicateEventIdError } from '../event-store/concurrency.error';
import type { EventStore, EventToAppend } from '../event-store/event-store.port';
import type { Decider, DomainEvent } from './decider';
import { decideAll } from './decide-all';
import { eventIdFor, idempotencyName } from './idempotency';
import type { Clock, IdGenerator } from './ids';
import type { WriteContext, WriteResult } from './write-context';
import { WriteContentionError } from './write-contention.error';
import { WriteStateCache } from './write-state-cache';

/** How many times an unconditional write reads, decides and appends before it gives up (503, never 409). */
export const MAX_ATTEMPTS = 8;
/**
 * Before each new attempt, a random pause of up to this many ms, doubled each time: writers
 * that collided would otherwise collide again in lockstep.
 */
const FIRST_BACKOFF_MS = 2;
const SCHEMA_VERSION_PATTERN = /\.v(\d+)$/;

/**
 * The command path: load one stream, fold it, decide, append with the revision that was read.
 * Because decide is pure, losing a race is handled by simply doing it again on fresh state –
 * unless the client made the write conditional with If-Match, in which case the conflict is
 * theirs to resolve and comes back as a ConcurrencyError (409). An unconditional write never
 * answers 409 for a race: after MAX_ATTEMPTS lost races it gives up with a WriteContentionError
 * (503, try again). Idempotency survives the retries: event ids come from the Idempotency-Key,
 * and each attempt first looks for the key's events in the stream (in its index of keyed writes).
 *
 * The state a command is decided on is the stream's cached write state (write-state-cache.ts):
 * the state the last command left, with whatever the store has recorded since folded in, so a
 * write to a long stream does not fold the whole stream again.
 *
 * Within this process, commands on one stream take turns: with many writers on one stream,
 * racing each other here would only waste attempts – enough of them and an unconditional write
 * would fail though nothing was wrong with it. The retries remain for writers elsewhere (other
 * replicas sharing an EventStoreDB).
 */
export class CommandRunner {
  /** Per stream, the last command queued on it; it settles when that command is done. */
  private readonly turns = new Map<string, Promise<void>>();
  /** Per stream, the state the last command left, so the next folds only what was recorded since. */
  private readonly states: WriteStateCache;

  constructor(
    private readonly store: EventStore,
    private readonly clock: Clock,
    private readonly newId: IdGenerator,
    options: { maxCachedStreams?: number } = {},
  ) {
    this.states = new WriteStateCache(store, options.maxCachedStreams);
  }

  async run<C, S, E extends DomainEvent>(decider: Decider<C, S, E>, streamId: string, command: C, ctx: WriteContext): Promise<WriteResult> {
    return this.inTurn(streamId, () => this.loadDecideAppend(decider, streamId, (state) => decider.decide(command, state), ctx));
  }

  /**
   * Several commands on one stream, recorded together or not at all: each is decided on the
   * state the earlier ones leave (decideAll), and all their events go in one append at the
   * revision that was read. A refusal of any of them records nothing.
   */
  async runAll<C, S, E extends DomainEvent>(
    decider: Decider<C, S, E>,
    streamId: string,
    commands: readonly C[],
    ctx: WriteContext,
  ): Promise<WriteResult> {
    return this.inTurn(streamId, () => this.loadDecideAppend(decider, streamId, (state) => decideAll(decider, commands, state), ctx));
  }

  /** Runs `work` once every command queued earlier on the stream has finished. */
  private async inTurn<T>(streamId: string, work: () => Promise<T>): Promise<T> {
    const previous = this.turns.get(streamId) ?? Promise.resolve();
    let finished!: () => void;
    const done = new Promise<void>((resolve) => (finished = resolve));
    const mine = previous.then(() => done);
    this.turns.set(streamId, mine);
    await previous;
    try {
      return await work();
    } finally {
      finished();
      if (this.turns.get(streamId) === mine) this.turns.delete(streamId);
    }
  }

  private async loadDecideAppend<C, S, E extends DomainEvent>(
    decider: Decider<C, S, E>,
    streamId: string,
    decide: (state: S) => E[],
    ctx: WriteContext,
  ): Promise<WriteResult> {
    for (let attempt = 1; ; attempt++) {
      const { state, revision: current, keys } = await this.states.load(decider, streamId);

      const replay = keys.replayOf(streamId, ctx);
      if (replay) return replay;

      if (ctx.expectedRevision !== undefined && ctx.expectedRevision !== (current ?? -1n)) {
        throw new ConcurrencyError(streamId, ctx.expectedRevision === -1n ? 'no_stream' : ctx.expectedRevision, current ?? 'no_stream');
      }

      const decided = decide(state);
      if (ctx.dryRun) {
        const wouldRecord = decided.map((e) => ({ type: e.type, data: e.data }));
        return { stream: streamId, revision: (current ?? -1n).toString(), position: null, events: [], replayed: false, wouldRecord };
      }
      if (decided.length === 0) {
        return { stream: streamId, revision: (current ?? -1n).toString(), position: null, events: [], replayed: false };
      }

      const toAppend = decided.map((e, i) => this.envelope(e, i, streamId, ctx));
      try {
        const result = await this.store.appendToStream(streamId, toAppend, current ?? 'no_stream');
        return {
          stream: streamId,
          revision: result.nextExpectedRevision.toString(),
          position: result.position.toString(),
          events: toAppend.map((e) => ({ id: e.id, type: e.type })),
          replayed: false,
        };
      } catch (error) {
        const lostRace = error instanceof ConcurrencyError || error instanceof DuplicateEventIdError;
        if (lostRace) this.states.forget(streamId);
        if (!lostRace || ctx.expectedRevision !== undefined) throw error;
        if (attempt >= MAX_ATTEMPTS) throw new WriteContentionError(streamId, attempt);
        await pause(Math.random() * FIRST_BACKOFF_MS * 2 ** (attempt - 1));
      }
    }
  }

  private envelope(event: DomainEvent, index: number, streamId: string, ctx: WriteContext): EventToAppend {
    const version = SCHEMA_VERSION_PATTERN.exec(event.type);
    if (!version) throw new Error(`Event type ${event.type} has no version suffix (".v1"): stored names must be versioned`);
    const name = idempotencyName(ctx);
    return {
      id: name ? eventIdFor(name, streamId, index) : this.newId(),
      type: event.type,
      data: event.data as Record<string, unknown>,
      metadata: {
        actor: ctx.actor,
        recordedAt: this.clock().toISOString(),
        correlationId: ctx.correlationId,
        causationId: ctx.causationId ?? null,
        schemaVersion: Number(version[1]),
        ...(ctx.reason ? { reason: ctx.reason } : {}),
        ...(ctx.idempotencyKey ? { idempotencyKey: ctx.idempotencyKey, requestHash: ctx.requestHash } : {}),
      },
    };
  }
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
