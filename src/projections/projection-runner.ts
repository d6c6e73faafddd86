import { toDomainEvent } from '../event-sourcing/recorded-event';
import type { EventStore, RecordedEvent, Subscription } from '../event-store/event-store.port';
import type { AsAt, Projection, ProjectionView } from './projection';
import type { ProjectionStore, StoredProjectionState } from './projection-store';

export interface ProjectionRunnerOptions {
  /** Keep a snapshot every this many events, so "as at" queries replay at most this many. */
  snapshotEvery?: number;
  /** Save the checkpoint (with the state) at least every this many events while catching up. */
  checkpointEvery?: number;
  /** ...and this long after the last event once live. */
  checkpointDelayMs?: number;
}

const READ_PAGE = 1000;

/**
 * Folds every event in global order into one projection: catches up from its stored
 * checkpoint on start, then follows live appends. Answers for the latest state after catching
 * up to the store's head (so a client reads its own writes), or "as at" a past position or
 * time by folding forward from the nearest earlier snapshot.
 */
export class ProjectionRunner<S> {
  private state: S;
  private position: bigint | null = null;
  private recordedAt = '';
  private subscription: Subscription | null = null;
  private sinceSnapshot = 0;
  private sinceCheckpoint = 0;
  private checkpointTimer: NodeJS.Timeout | null = null;
  private waiters: { position: bigint; resolve: () => void }[] = [];
  private readonly snapshotEvery: number;
  private readonly checkpointEvery: number;
  private readonly checkpointDelayMs: number;

  constructor(
    private readonly events: EventStore,
    private readonly store: ProjectionStore,
    readonly projection: Projection<S>,
    options: ProjectionRunnerOptions = {},
  ) {
    this.state = projection.initialState();
    this.snapshotEvery = options.snapshotEvery ?? 5000;
    this.checkpointEvery = options.checkpointEvery ?? 1000;
    this.checkpointDelayMs = options.checkpointDelayMs ?? 250;
  }

  get name(): string {
    return this.projection.name;
  }

  /** Loads the stored checkpoint (if its version matches) and starts following the store. */
  start(): void {
    if (this.subscription) return;
    const { name, version } = this.projection;
    this.store.discardOtherVersions(name, version);
    const stored = this.store.loadCheckpoint(name, version);
    if (stored) {
      this.state = JSON.parse(stored.stateJson) as S;
      this.position = stored.position;
      this.recordedAt = stored.recordedAt;
    }
    this.subscription = this.events.subscribeToAll({ after: this.position ?? undefined }, (e) => this.fold(e));
  }

  async stop(): Promise<void> {
    await this.subscription?.stop();
    this.subscription = null;
    if (this.checkpointTimer) clearTimeout(this.checkpointTimer);
    this.checkpointTimer = null;
    this.saveCheckpoint();
  }

  /** Throws the stored state away and folds everything again from position zero. */
  async rebuild(): Promise<void> {
    await this.stop();
    this.store.reset(this.projection.name);
    this.state = this.projection.initialState();
    this.position = null;
    this.recordedAt = '';
    this.sinceSnapshot = 0;
    this.sinceCheckpoint = 0;
    this.start();
    await this.catchUp();
  }

  /** Resolves once every event appended before the call has been folded in. */
  async catchUp(): Promise<void> {
    const head = await this.events.headPosition();
    if (head === null || (this.position !== null && this.position >= head)) return;
    await new Promise<void>((resolve) => this.waiters.push({ position: head, resolve }));
  }

  /** How many events the projection is behind the store's head. */
  async lag(): Promise<bigint> {
    const head = (await this.events.headPosition()) ?? 0n;
    const lag = head - (this.position ?? 0n);
    return lag > 0n ? lag : 0n;
  }

  get checkpoint(): bigint | null {
    return this.position;
  }

  /** The state as it stands now, or as it stood at a past position or time. Callers must not mutate it. */
  async view(asAt: AsAt = { kind: 'latest' }): Promise<ProjectionView<S>> {
    await this.catchUp();
    if (asAt.kind === 'latest') return { state: this.state, position: this.position };
    if (asAt.kind === 'position' && this.position !== null && asAt.position >= this.position) {
      return { state: this.state, position: this.position };
    }
    return this.replayTo(asAt);
  }

  private async replayTo(asAt: Exclude<AsAt, { kind: 'latest' }>): Promise<ProjectionView<S>> {
    const { name, version } = this.projection;
    const time = asAt.kind === 'time' ? asAt.time.toISOString() : '';
    const snapshot = this.store.snapshotAtOrBefore(name, version, asAt.kind === 'position' ? { position: asAt.position } : { time });
    let state: S = snapshot ? (JSON.parse(snapshot.stateJson) as S) : this.projection.initialState();
    let position: bigint | null = snapshot?.position ?? null;
    // Events are recorded in time order (one clock per writer), so the first event past the
    // target ends the fold.
    for (;;) {
      const page = await this.events.readAll({ after: position ?? undefined, maxCount: READ_PAGE });
      for (const recorded of page) {
        const past = asAt.kind === 'position' ? recorded.position > asAt.position : recorded.metadata.recordedAt > time;
        if (past) return { state, position };
        const { event, ref } = toDomainEvent(recorded);
        state = this.projection.apply(state, event, ref);
        position = recorded.position;
      }
      if (page.length < READ_PAGE) return { state, position };
    }
  }

  private fold(recorded: RecordedEvent): void {
    const { event, ref } = toDomainEvent(recorded);
    this.state = this.projection.apply(this.state, event, ref);
    this.position = recorded.position;
    this.recordedAt = recorded.metadata.recordedAt;

    if (++this.sinceSnapshot >= this.snapshotEvery) {
      this.sinceSnapshot = 0;
      this.store.saveSnapshot(this.projection.name, this.projection.version, this.stored());
    }
    if (++this.sinceCheckpoint >= this.checkpointEvery) this.saveCheckpoint();
    else this.scheduleCheckpoint();

    if (this.waiters.length > 0) {
      const position = recorded.position;
      this.waiters = this.waiters.filter((w) => {
        if (w.position > position) return true;
        w.resolve();
        return false;
      });
    }
  }

  private scheduleCheckpoint(): void {
    if (this.checkpointTimer) return;
    this.checkpointTimer = setTimeout(() => {
      this.checkpointTimer = null;
      this.saveCheckpoint();
    }, this.checkpointDelayMs);
    this.checkpointTimer.unref();
  }

  private saveCheckpoint(): void {
    if (this.sinceCheckpoint === 0 || this.position === null) return;
    this.sinceCheckpoint = 0;
    this.store.saveCheckpoint(this.projection.name, this.projection.version, this.stored());
  }

  private stored(): StoredProjectionState {
    return { position: this.position ?? 0n, recordedAt: this.recordedAt, stateJson: JSON.stringify(this.state) };
  }
}
