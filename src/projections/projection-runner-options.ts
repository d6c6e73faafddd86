import type { PartSnapshots } from './part-snapshots';
import type { StoreProblemReport } from './projection-store-health';

export interface ProjectionRunnerOptions<S = unknown> {
  /**
   * Keep a snapshot every this many events, so "as at" queries replay few events. While events
   * come faster than snapshots can be written (catching up, rebuilding) they are spaced further
   * apart by `saveBudget`.
   */
  snapshotEvery?: number;
  /**
   * ...but never further apart than this many events, whatever a snapshot costs, so an "as at"
   * query anywhere in the history reads at most this many events after its snapshot (default
   * 20,000). A fast catch-up of a long history would otherwise space them by `saveBudget`
   * alone, further and further apart as the state grows: a million events caught up left
   * gaps of 340,000 events, a second of folding for an "as at" answer. The price is disk and
   * catch-up time: a snapshot holds the whole state, so in the benchmark a million events keep
   * 1.3 GB of snapshots (51 of them), and a snapshot of the 100,000-event history costs as much
   * as folding tens of thousands of events. A snapshot is the checkpoint too, written once.
   */
  maxSnapshotGap?: number;
  /**
   * Save the checkpoint (with the state) every this many events while catching up (spaced by
   * `saveBudget` too). By default `snapshotEvery`: a snapshot is a checkpoint as well, so a
   * checkpoint of its own between two snapshots would serialise the whole state once more for a
   * restart a few thousand events sooner; in a rebuild of 100,000 events they were a third of
   * its serialisations.
   */
  checkpointEvery?: number;
  /**
   * ...and once no event has come for this long (live, after a write). While events keep coming
   * (catching up, rebuilding) this waits: the counts and the budget space the saves then.
   */
  checkpointDelayMs?: number;
  /**
   * The largest share of the time spent folding that saving state may take (default 0.25): after
   * a save that took t ms – a checkpoint or a snapshot, one budget for both – the next one waits
   * until at least t / saveBudget ms have passed (a snapshot forced by `maxSnapshotGap` does not).
   * A save serialises the whole state, which grows with the history, so saving by event count
   * alone makes a rebuild quadratic in the history's length. Live, events arrive slowly and
   * saves keep to the counts above.
   */
  saveBudget?: number;
  /** Monotonic nanoseconds, for timing saves; injectable so tests need no real time. */
  clock?: () => bigint;
  /** After a failed save, wait this long before trying again (default 5 s), so a broken disk is not hammered. */
  retryDelayMs?: number;
  /**
   * Snapshots of the state's parts, kept as events are folded: "as at" views are built from them
   * and the runner writes no whole-state snapshots (its checkpoints stay). Given for stores
   * that read at once (ImmediateReads); EventStoreDB keeps whole-state snapshots.
   */
  partSnapshots?: PartSnapshots<S>;
  /** Told of each failure of the projection store and of the end of one, for the log. */
  onStoreProblem?: (report: StoreProblemReport) => void;
}
