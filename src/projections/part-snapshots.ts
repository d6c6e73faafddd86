import type { EventRef } from '../event-sourcing/decider';
import type { AsAt, ProjectionView } from './projection';

/**
 * Snapshots of the parts of a projection's state (a stream's facts, say), kept as events are
 * folded: "as at" views are built from them instead of from whole-state snapshots, which the
 * runner then no longer writes (stream-snapshots/ for the stream facts).
 */
export interface PartSnapshots<S> {
  /**
   * Called on start with the checkpoint's state when the runner resumes from one ('in parts'
   * when the checkpoint kept only its position, the parts holding the state), else null.
   * False: the parts were not all kept up to it (an older store, or a part that could not be
   * written), so the checkpoint must not be used – the runner folds from zero and keeps the
   * parts from there.
   */
  start(resumingFrom: S | 'in parts' | null): boolean;
  /** Whether every part is being kept: then a checkpoint needs only its position. */
  readonly keeping: boolean;
  /**
   * After each event is folded into `state`: keeps the part it changed if that part is due, and
   * says whether it wrote one. May throw (the store is derived data: the runner reports it and goes on).
   */
  folded(state: S, ref: EventRef): boolean;
  /**
   * The state as at a past position or time, or null when the parts cannot say (kept only
   * partly): the runner then folds from zero. A part read later (lazily) that cannot be read is
   * folded from zero instead, and told to `onReadFailure`: an answer never fails for it.
   */
  at(asAt: Exclude<AsAt, { kind: 'latest' }>, onReadFailure?: (error: unknown) => void): ProjectionView<S> | null;
}
