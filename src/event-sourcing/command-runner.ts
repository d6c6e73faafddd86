import { ConcurrencyError, DuplicateEventIdError } from '../event-store/concurrency.error';
import type { EventStore, EventToAppend, RecordedEvent } from '../event-store/event-store.port';
import type { Decider, DomainEvent } from './decider';
import { decideAll } from './decide-all';
import { eventIdFor, idempotencyName } from './idempotency';
import type { Clock, IdGenerator } from './ids';
import type { WriteContext, WriteResult } from './write-context';
import { WriteContentionError } from './write-contention.error';
import { WriteStateCache } from './write-state-cache';
import { answerBatch, BatchLanes, decideInTurn, type BatchJob, type DecidedJob } from './stream-batch';

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
  /** Per stream, plain writes waiting for their turn, to be recorded together. */
  private readonly lanes = new BatchLanes();

  constructor(
    private readonly store: EventStore,
    private readonly clock: Clock,
    private readonly newId: IdGenerator,
    options: { maxCachedStreams?: number } = {},
  ) {
    this.states = new WriteStateCache(store, options.maxCachedStreams);
  }

  async run<C, S, E extends DomainEvent>(decider: Decider<C, S, E>, streamId: string, command: C, ctx: WriteContext): Promise<WriteResult> {
    return this.submit(decider, streamId, (state) => decider.decide(command, state), ctx);
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
    return this.submit(decider, streamId, (state) => decideAll(decider, commands, state), ctx);
  }

  /**
   * Runs a command in its stream's turn. Plain writes (no Idempotency-Key, no If-Match, not a dry
   * run) that queue up behind each other on one stream are recorded together: the first to get
   * its turn decides each in arrival order on the state the earlier ones leave, and appends all
   * their events at once (stream-batch.ts) – one read and one commit for many writers, with the
   * same answers as one at a time. Any other write runs alone, and no write is moved past it.
   */
  private submit<C, S, E extends DomainEvent>(decider: Decider<C, S, E>, streamId: string, decide: (state: S) => E[], ctx: WriteContext) {
    if (!this.store.consecutivePositions || ctx.idempotencyKey !== undefined || ctx.expectedRevision !== undefined || ctx.dryRun) {
      this.lanes.close(streamId);
      return this.inTurn(streamId, () => this.loadDecideAppend(decider, streamId, decide, ctx));
    }
    const job = this.lanes.join(streamId, decider, decide, ctx);
    return this.inTurn(streamId, async () => {
      const batch = this.lanes.take(streamId, job);
      if (batch.length > 0) await this.recordBatch(decider, streamId, batch);
      return job.answer;
    });
  }

  /** Decides each job of the batch in turn and records all their events in one append; each job is answered as if it had run alone. */
  private async recordBatch<C, S, E extends DomainEvent>(
    decider: Decider<C, S, E>,
    streamId: string,
    jobs: BatchJob<S, E>[],
  ): Promise<void> {
    let pending = jobs;
    for (let attempt = 1; pending.length > 0; attempt++) {
      let decided: DecidedJob<S, E>[];
      let current: bigint | null;
      try {
        const loaded = await this.states.load(decider, streamId);
        current = loaded.revision;
        decided = decideInTurn(decider, loaded.state, current, pending);
      } catch (error) {
        for (const job of pending) job.fail(error);
        return;
      }
      const envelopes = decided.map((d) => d.events.map((e, i) => this.envelope(e, i, streamId, d.job.ctx)));
      const toAppend = envelopes.flat();
      if (toAppend.length === 0) {
        answerBatch(streamId, decided, envelopes, null);
        return;
      }
      try {
        const result = await this.store.appendToStream(streamId, toAppend, current ?? 'no_stream');
        this.advance(decider, streamId, toAppend, current, result.position);
        answerBatch(streamId, decided, envelopes, result.position);
        return;
      } catch (error) {
        const lostRace = error instanceof ConcurrencyError || error instanceof DuplicateEventIdError;
        if (lostRace) this.states.forget(streamId);
        const failure = !lostRace ? error : attempt >= MAX_ATTEMPTS ? new WriteContentionError(streamId, attempt) : undefined;
        if (failure !== undefined) {
          for (const d of decided) d.job.fail(failure);
          return;
        }
        pending = decided.map((d) => d.job);
        await pause(Math.random() * FIRST_BACKOFF_MS * 2 ** (attempt - 1));
      }
    }
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
        this.advance(decider, streamId, toAppend, current, result.position);
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

  /**
   * Tells the stream's cached state what was just recorded, as the store holds it (JSON, with
   * the revisions after `current` and positions counted back from the last), so the next write
   * need not read it back. Only stores that vouch for their streams (knownUnchanged) skip that
   * read; for the others the entry is what the next read would have made of it.
   */
  private advance<C, S, E extends DomainEvent>(
    decider: Decider<C, S, E>,
    streamId: string,
    appended: EventToAppend[],
    current: bigint | null,
    lastPosition: bigint,
  ): void {
    if (!this.store.consecutivePositions || !this.store.knownUnchanged) return;
    const first = (current ?? -1n) + 1n;
    const recorded = appended.map((e, i): RecordedEvent => ({
      id: e.id,
      streamId,
      type: e.type,
      data: JSON.parse(JSON.stringify(e.data)) as Record<string, unknown>,
      metadata: JSON.parse(JSON.stringify(e.metadata)) as RecordedEvent['metadata'],
      revision: first + BigInt(i),
      position: lastPosition - BigInt(appended.length - 1 - i),
    }));
    this.states.advance(decider, streamId, recorded);
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
