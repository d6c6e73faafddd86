import { FALLBACKS, StoreProblems, type StoreOperation, type StoreProblem, type StoreProblemReport } from './projection-store-health';

/**
 * Runs operations on the projection store, which holds derived data only: a failure is
 * recorded and reported and answers null, so the caller falls back (see FALLBACKS) instead of
 * failing; the first success after failures is reported as a recovery.
 */
export class ProjectionStoreGuard {
  private readonly problems = new StoreProblems();

  constructor(private readonly onStoreProblem: (report: StoreProblemReport) => void) {}

  attempt<T>(operation: StoreOperation, work: () => T): T | null {
    try {
      const result = work();
      this.reportSuccess(operation);
      return result;
    } catch (error) {
      this.reportFailure(operation, error);
      return null;
    }
  }

  /** A failure met outside attempt (while reading lazily, say), reported the same way. */
  reportFailure(operation: StoreOperation, error: unknown): void {
    const problem = this.problems.failed(operation, error);
    this.onStoreProblem({ kind: 'failed', problem, error, fallback: FALLBACKS[operation] });
  }

  reportSuccess(operation: StoreOperation): void {
    const after = this.problems.succeeded(operation);
    if (after > 0) this.onStoreProblem({ kind: 'recovered', operation, after });
  }

  /** Clears a problem without reporting it (the state is stored again, so a failed load no longer matters). */
  succeeded(operation: StoreOperation): void {
    this.problems.succeeded(operation);
  }

  list(): StoreProblem[] {
    return this.problems.list();
  }
}
