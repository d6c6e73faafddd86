import { toDomainEventToFold, toEventToFoldAt } from '../event-sourcing/recorded-event';
import type { EventStore, Subscription } from '../event-store/event-store.port';
import { feedsFolds, type EventToFoldAt } from '../event-store/immediate-reads';
import type { PartSnapshots } from './part-snapshots';
import type { AsAt, Projection, ProjectionView } from './projection';
import { foldUpTo } from './projection-replay';
import type { ProjectionRunnerOptions } from './projection-runner-options';
import { STATE_IN_PARTS, type ProjectionStore, type StoredProjectionState } from './projection-store';
import { ProjectionStoreGuard } from './projection-store-guard';
import type { StoreProblem } from './projection-store-health';

/**
 * Folds every event in global order into one projection: catches up from its stored
 * checkpoint on start, then follows live appends. Answers for the latest state after catching
 * up to the store's head (so a client reads its own writes), or "as at" a past position or
 * time by folding forward from the nearest earlier snapshot.
 *
 * The projection store holds derived data only, so no failure of it stops the runner: a failed
 * save leaves the state in memory and is tried again later, a checkpoint or snapshot that cannot
 * be read is replaced by folding the events. Such failures are reported (`storeProblems`).
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
  private readonly maxSnapshotGap: number;
  private readonly checkpointEvery: number;
  private readonly checkpointDelayMs: number;
  private readonly saveBudget: number;
  private readonly clock: () => bigint;
  /** When the state was last written (ns, monotonic), as a checkpoint or a snapshot, and how long that took. */
  private lastSave = { at: 0n, costNs: 0n };
  /** How many events had been folded when the idle checkpoint's timer was set. */
  private foldedWhenTimerSet = 0;
  private folded = 0;
  private readonly retryDelayMs: number;
  /** After a failed save, no save is tried before this (monotonic ns). */
  private retryNotBefore = 0n;
  private readonly guard: ProjectionStoreGuard;
  private readonly parts: PartSnapshots<S> | null;

  constructor(
    private readonly events: EventStore,
    private readonly store: ProjectionStore,
    readonly projection: Projection<S>,
    options: ProjectionRunnerOptions<S> = {},
  ) {
    this.state = projection.initialState();
    this.snapshotEvery = options.snapshotEvery ?? 5000;
    this.maxSnapshotGap = Math.max(this.snapshotEvery, options.maxSnapshotGap ?? 20_000);
    this.checkpointEvery = options.checkpointEvery ?? this.snapshotEvery;
    this.checkpointDelayMs = options.checkpointDelayMs ?? 250;
    this.saveBudget = options.saveBudget ?? 0.25;
    this.clock = options.clock ?? (() => process.hrtime.bigint());
    this.retryDelayMs = options.retryDelayMs ?? 5000;
    this.guard = new ProjectionStoreGuard(options.onStoreProblem ?? (() => undefined));
    this.parts = options.partSnapshots ?? null;
    if (!(this.saveBudget > 0 && this.saveBudget <= 1)) throw new Error('saveBudget must be a fraction above 0 and at most 1');
  }

  get name(): string {
    return this.projection.name;
  }

  /** Loads the stored checkpoint (if its version matches) and starts following the store. */
  start(): void {
    if (this.subscription) return;
    const { name, version } = this.projection;
    // Read and parsed in one attempt: stored state that cannot be parsed is as lost as an unreadable row.
    const stored = this.guard.attempt('load checkpoint', () => {
      this.store.discardOtherVersions(name, version);
      const row = this.store.loadCheckpoint(name, version);
      if (!row) return null;
      const state: S | 'in parts' = row.stateJson === STATE_IN_PARTS ? 'in parts' : this.read(row.stateJson);
      return { ...row, state };
    });
    if (stored) {
      this.position = stored.position;
      this.recordedAt = stored.recordedAt;
      if (stored.state !== 'in parts') this.state = stored.state;
    }
    if (this.parts) this.resumeParts(stored?.state ?? null);
    else if (stored?.state === 'in parts') this.forgetCheckpoint(); // kept by parts this runner does not have
    const after = { after: this.position ?? undefined };
    // The same events either way; a store's fold feed reads them for folding alone, more cheaply (immediate-reads.ts).
    this.subscription = feedsFolds(this.events)
      ? this.events.subscribeToFold(after, (e) => this.fold(e))
      : this.events.subscribeToAll(after, (e) => this.fold(toEventToFoldAt(e)));
  }

  /**
   * Starts keeping the parts from where the checkpoint left off. A checkpoint kept as its
   * position alone ('in parts') takes its state from the parts as at that position. When the
   * parts were not kept up to the checkpoint, or cannot be read, the runner folds from zero.
   */
  private resumeParts(resumingFrom: S | 'in parts' | null): void {
    const parts = this.parts as PartSnapshots<S>;
    const started = this.guard.attempt('read snapshot', () => parts.start(resumingFrom));
    if (resumingFrom === null) return; // from zero: a failure (null) leaves the parts unused, views fold from zero
    if (started !== true) return this.forgetCheckpoint();
    if (resumingFrom !== 'in parts') return;
    const position = this.position as bigint;
    const view = this.guard.attempt('read snapshot', () => parts.at({ kind: 'position', position }, this.reportReadFailure));
    if (view) this.state = view.state;
    else this.forgetCheckpoint();
  }

  /** Kept facts found unreadable while a view reads them lazily: that stream is folded from zero, and /health hears of it. */
  private readonly reportReadFailure = (error: unknown): void => this.guard.reportFailure('read snapshot', error);

  /** Folds from zero after all: what the store holds cannot be resumed from. */
  private forgetCheckpoint(): void {
    this.guard.attempt('write checkpoint', () => this.store.reset(this.projection.name));
    this.state = this.projection.initialState();
    this.position = null;
    this.recordedAt = '';
    const parts = this.parts;
    if (parts) this.guard.attempt('read snapshot', () => parts.start(null));
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
    this.lastSave = { at: 0n, costNs: 0n };
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

  /** What is failing in the projection store now (empty when all is well). */
  get storeProblems(): StoreProblem[] {
    return this.guard.list();
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
    if (this.parts) {
      const parts = this.parts;
      const fromParts = this.guard.attempt('read snapshot', () => parts.at(asAt, this.reportReadFailure));
      if (fromParts) return fromParts;
      return foldUpTo(this.events, this.projection, null, asAt); // the runner keeps no whole-state snapshots beside the parts
    }
    const { name, version } = this.projection;
    const time = asAt.kind === 'time' ? asAt.time.toISOString() : '';
    const start = this.guard.attempt('read snapshot', () => {
      const snapshot = this.store.snapshotAtOrBefore(name, version, asAt.kind === 'position' ? { position: asAt.position } : { time });
      return snapshot ? { state: this.read(snapshot.stateJson), position: snapshot.position } : null;
    });
    return foldUpTo(this.events, this.projection, start, asAt);
  }

  private read(stored: string): S {
    return this.projection.deserialise ? this.projection.deserialise(stored) : (JSON.parse(stored) as S);
  }

  private fold(stored: EventToFoldAt): void {
    const { event, ref } = toDomainEventToFold(stored);
    this.state = this.projection.apply(this.state, event, ref);
    this.position = stored.position;
    this.recordedAt = ref.recordedAt;
    // Not through guard.attempt: this runs for every event, and nearly every call writes nothing.
    if (this.parts) {
      try {
        if (this.parts.folded(this.state, ref)) this.guard.reportSuccess('write snapshot');
      } catch (error) {
        this.guard.reportFailure('write snapshot', error);
      }
    }

    ++this.folded;
    ++this.sinceSnapshot;
    ++this.sinceCheckpoint;
    const retryWaits = this.retryNotBefore > 0n && this.clock() < this.retryNotBefore;
    const snapshotDue =
      !retryWaits &&
      !this.parts &&
      (this.sinceSnapshot >= this.maxSnapshotGap || (this.sinceSnapshot >= this.snapshotEvery && this.affordable()));
    const checkpointDue = !retryWaits && this.sinceCheckpoint >= this.checkpointEvery && this.affordable();
    if (snapshotDue) this.saveSnapshot();
    else if (checkpointDue) this.saveCheckpoint();
    else this.scheduleCheckpoint();

    if (this.waiters.length > 0) {
      const position = stored.position;
      this.waiters = this.waiters.filter((w) => {
        if (w.position > position) return true;
        w.resolve();
        return false;
      });
    }
  }

  /**
   * The checkpoint once no event has come for `delayMs`. While events keep coming (catching up,
   * rebuilding) the timer only sets itself again: saves then keep to the counts and the budget.
   */
  private scheduleCheckpoint(delayMs = this.checkpointDelayMs): void {
    if (this.checkpointTimer) return;
    this.foldedWhenTimerSet = this.folded;
    this.checkpointTimer = setTimeout(() => {
      this.checkpointTimer = null;
      if (this.folded !== this.foldedWhenTimerSet && this.subscription) this.scheduleCheckpoint(delayMs);
      else this.saveCheckpoint();
    }, delayMs);
    this.checkpointTimer.unref();
  }

  /** Whether saving again now keeps all saves within the budget, judging by what the last one cost. */
  private affordable(): boolean {
    const last = this.lastSave;
    if (last.costNs === 0n) return true;
    const budget = BigInt(Math.round(this.saveBudget * 1000));
    return (this.clock() - last.at) * budget >= last.costNs * 1000n;
  }

  private saveCheckpoint(): void {
    if (this.sinceCheckpoint === 0 || this.position === null) return;
    const start = this.clock();
    const saved = this.guard.attempt('write checkpoint', () => {
      this.store.saveCheckpoint(this.projection.name, this.projection.version, this.stored());
      return true;
    });
    if (!saved) return this.retryLater();
    this.sinceCheckpoint = 0;
    this.guard.succeeded('load checkpoint'); // the state is stored again
    const end = this.clock();
    this.lastSave = { at: end, costNs: end - start };
  }

  /** A snapshot, and the checkpoint with it: the state is serialised and written once for both. */
  private saveSnapshot(): void {
    const start = this.clock();
    const saved = this.guard.attempt('write snapshot', () => {
      this.store.saveSnapshot(this.projection.name, this.projection.version, this.stored(), { asCheckpoint: true });
      return true;
    });
    if (!saved) return this.retryLater();
    this.sinceSnapshot = 0;
    this.sinceCheckpoint = 0;
    this.guard.reportSuccess('write checkpoint');
    this.guard.succeeded('load checkpoint');
    const end = this.clock();
    this.lastSave = { at: end, costNs: end - start };
  }

  /** After a failed save: the counts stay as they are, so the state is saved as soon as the wait is over. */
  private retryLater(): void {
    this.retryNotBefore = this.clock() + BigInt(this.retryDelayMs) * 1_000_000n;
    if (this.checkpointTimer) clearTimeout(this.checkpointTimer);
    this.checkpointTimer = null;
    // While the runner is stopped (a failed save at shutdown) nothing is left to try again.
    if (this.subscription) this.scheduleCheckpoint(this.retryDelayMs);
  }

  private stored(): StoredProjectionState {
    // While every part is kept, the checkpoint is its position alone: the parts hold the state.
    if (this.parts?.keeping) return { position: this.position ?? 0n, recordedAt: this.recordedAt, stateJson: STATE_IN_PARTS };
    const stateJson = this.projection.serialise ? this.projection.serialise(this.state) : JSON.stringify(this.state);
    return { position: this.position ?? 0n, recordedAt: this.recordedAt, stateJson };
  }
}
