import type { EventRef } from '../event-sourcing/decider';
import type { AsAt, ProjectionView } from './projection';

/**
 * Snapshots of the parts of a projection's state (a stream's facts, say), kept as events are
 * folded: "as at" views are built from them instead of from whole-state snapshots, which the
 * runner then no longer writes (stream-snapshots/ for the stream facts).
 */
export interface PartSnapshots<S> {
  /**
   * Called on start, once the runner knows whether it resumes from a checkpoint. False: the
   * parts were not kept from the projection's first event (an older store), so the checkpoint
   * must not be used – the runner folds from zero and the parts are kept from there.
   */
  start(resumingFromCheckpoint: boolean): boolean;
  /** After each event is folded into `state`: keeps the part it changed if that part is due. May throw (the store is derived data: the runner reports it and goes on). */
  folded(state: S, ref: EventRef): void;
  /** The state as at a past position or time, or null when the parts cannot say (kept only partly): the runner then folds from zero. */
  at(asAt: Exclude<AsAt, { kind: 'latest' }>): ProjectionView<S> | null;
}
