/** Something the runner could not do with its projection store, and what it did instead. */
export type StoreOperation = 'load checkpoint' | 'write checkpoint' | 'write snapshot' | 'read snapshot';

export interface StoreProblem {
  operation: StoreOperation;
  /** The error's message, as /health shows it. */
  reason: string;
  /** When the first failure of this run of failures happened. */
  since: string;
  /** Failures in a row. */
  failures: number;
}

/** What a runner reports to its owner's log: a new failure, the same again, or the end of one. */
export type StoreProblemReport =
  | { kind: 'failed'; problem: StoreProblem; error: unknown; fallback: string }
  | { kind: 'recovered'; operation: StoreOperation; after: number };

/** What each kind of failure costs, in the words /health and the log use. */
export const FALLBACKS: Record<StoreOperation, string> = {
  'load checkpoint': 'folding every event again from the start',
  'write checkpoint': 'serving from memory; the next checkpoint tries again',
  'write snapshot': 'serving from memory; the next snapshot tries again',
  'read snapshot': 'answered by replaying the events from the start',
};

/**
 * The failures of each operation until it next succeeds. Plain data: the runner records, the
 * health endpoint reads.
 */
export class StoreProblems {
  private readonly current = new Map<StoreOperation, StoreProblem>();

  constructor(private readonly now: () => Date = () => new Date()) {}

  /** Records a failure; answers the problem as it now stands. */
  failed(operation: StoreOperation, error: unknown): StoreProblem {
    const reason = error instanceof Error ? error.message : String(error);
    const previous = this.current.get(operation);
    const problem: StoreProblem = {
      operation,
      reason,
      since: previous?.since ?? this.now().toISOString(),
      failures: (previous?.failures ?? 0) + 1,
    };
    this.current.set(operation, problem);
    return problem;
  }

  /** Records a success; answers how many failures it ended (0 if none). */
  succeeded(operation: StoreOperation): number {
    const previous = this.current.get(operation);
    this.current.delete(operation);
    return previous?.failures ?? 0;
  }

  list(): StoreProblem[] {
    return [...this.current.values()];
  }
}
