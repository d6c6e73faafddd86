import type { StoreProblemReport } from './projection-store-health';

export interface ProjectionRunnerOptions {
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
   * 1.3 GB of snapshots and catch up from zero in 44 s rather than 10.
   */
  maxSnapshotGap?: number;
  /** Save the checkpoint (with the state) every this many events while catching up (spaced by `saveBudget` too). */
  checkpointEvery?: number;
  /** ...and this long after the last event once live. */
  checkpointDelayMs?: number;
  /**
   * The largest share of the time spent folding that saving state may take (default 0.25): after
   * a save that took t ms, the next one waits until at least t / saveBudget ms have passed.
   * A save serialises the whole state, which grows with the history, so saving by event count
   * alone makes a rebuild quadratic in the history's length. Live, events arrive slowly and
   * saves keep to the counts above.
   */
  saveBudget?: number;
  /** Monotonic nanoseconds, for timing saves; injectable so tests need no real time. */
  clock?: () => bigint;
  /** After a failed save, wait this long before trying again (default 5 s), so a broken disk is not hammered. */
  retryDelayMs?: number;
  /** Told of each failure of the projection store and of the end of one, for the log. */
  onStoreProblem?: (report: StoreProblemReport) => void;
}
