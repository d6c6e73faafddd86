import { RuleViolationError } from '../common/errors';
import { ConcurrencyError, DuplicateEventIdError } from '../event-store/concurrency.error';
import type { EventStore, EventToAppend, RecordedEvent } from '../event-store/event-store.port';
import type { Decider, DomainEvent } from './decider';
import { decideAll } from './decide-all';
import { idempotencyName } from './idempotency';
import { nameBasedUuid, type Clock, type IdGenerator } from './ids';
import { toDomainEvent } from './recorded-event';
import type { WriteContext, WriteResult } from './write-context';
import { WriteContentionError } from './write-contention.error';

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
 * and each attempt first looks for the key's events in the stream.
 *
 * Within this process, commands on one stream take turns: with many writers on one stream,
 * racing each other here would only waste attempts – enough of them and an unconditional write
 * would fail though nothing was wrong with it. The retries remain for writers elsewhere (other
 * replicas sharing an EventStoreDB).
 */
export class CommandRunner {
  /** Per stream, the last command queued on it; it settles when that command is done. */
  private readonly turns = new Map<string, Promise<void>>();

  constructor(
    private readonly store: EventStore,
    private readonly clock: Clock,
    private readonly newId: IdGenerator,
  ) {}

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
      const recorded = await this.store.readStream(streamId);
      const current = recorded.length === 0 ? null : recorded[recorded.length - 1].revision;

      const replay = this.replayOf(recorded, streamId, ctx);
      if (replay) return replay;

      if (ctx.expectedRevision !== undefined && ctx.expectedRevision !== (current ?? -1n)) {
        throw new ConcurrencyError(streamId, ctx.expectedRevision === -1n ? 'no_stream' : ctx.expectedRevision, current ?? 'no_stream');
      }

      let state = decider.initialState();
      for (const r of recorded) {
        const { event, ref } = toDomainEvent<E>(r);
        state = decider.evolve(state, event, ref);
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
        if (!lostRace || ctx.expectedRevision !== undefined) throw error;
        if (attempt >= MAX_ATTEMPTS) throw new WriteContentionError(streamId, attempt);
        await pause(Math.random() * FIRST_BACKOFF_MS * 2 ** (attempt - 1));
      }
    }
  }

  /** If this stream already holds the events of this sender's Idempotency-Key, the first answer, again. */
  private replayOf(recorded: RecordedEvent[], streamId: string, ctx: WriteContext): WriteResult | null {
    const name = idempotencyName(ctx);
    if (!ctx.idempotencyKey || !name) return null;
    const start = firstEventOf(recorded, streamId, name, ctx.idempotencyKey, ctx.actor);
    if (start < 0) return null;
    const batch = recorded.slice(start).filter((r) => r.metadata.idempotencyKey === ctx.idempotencyKey && r.metadata.actor === ctx.actor);
    if (batch[0].metadata.requestHash !== ctx.requestHash) {
      throw new RuleViolationError(
        `Idempotency-Key "${ctx.idempotencyKey}" was already used for a different request on ${streamId}; use a new key for a new request.`,
        'Idempotency-Key',
      );
    }
    const last = batch[batch.length - 1];
    return {
      stream: streamId,
      revision: last.revision.toString(),
      position: last.position.toString(),
      events: batch.map((r) => ({ id: r.id, type: r.type })),
      replayed: true,
    };
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

/** The id of the index-th event of a keyed write: derived from the sender-bound key (see idempotencyName). */
function eventIdFor(name: string, streamId: string, index: number): string {
  return nameBasedUuid(`${streamId}\u0000${name}\u0000${index}`);
}

/**
 * Where this sender's keyed write starts in the stream, or -1. Writes recorded before keys were
 * bound to their sender have ids derived from the key alone: one of those is this write only
 * if the same subject recorded it, so a retry across the upgrade is still a replay.
 */
function firstEventOf(recorded: RecordedEvent[], streamId: string, name: string, key: string, actor: string): number {
  const firstId = eventIdFor(name, streamId, 0);
  const start = recorded.findIndex((r) => r.id === firstId);
  if (start >= 0) return start;
  const unboundId = eventIdFor(key, streamId, 0);
  return recorded.findIndex((r) => r.id === unboundId && r.metadata.actor === actor);
}
