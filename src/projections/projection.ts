import type { DomainEvent, EventRef } from '../event-sourcing/decider';

/**
 * A read model folded from every event in global order. `apply` must be pure and
 * deterministic: a rebuild from zero must give the same state as the live fold.
 * State must be plain JSON data, because it is checkpointed and snapshotted as JSON.
 * Bump `version` whenever `apply` changes meaning: stored state of another version is
 * discarded and the projection rebuilds from zero.
 */
export interface Projection<S> {
  readonly name: string;
  readonly version: number;
  initialState(): S;
  apply(state: S, event: DomainEvent, ref: EventRef): S;
  /** Folds a run of events exactly as `apply` would one by one; a projection may put off work here that a reader may never need. */
  applyAll?(state: S, events: ReadonlyArray<{ event: DomainEvent; ref: EventRef }>): S;
  /** The state as checkpoints and snapshots store it (default: JSON.stringify). */
  serialise?(state: S): string;
  /** Reads back what `serialise` stored (default: JSON.parse); it may leave parts unread until something reads them. */
  deserialise?(stored: string): S;
}

/** Which point in the history a query wants: the latest, or as the plan stood at a past moment. */
export type AsAt = { kind: 'latest' } | { kind: 'position'; position: bigint } | { kind: 'time'; time: Date };

/** A projection's state and the last event folded into it. */
export interface ProjectionView<S> {
  state: S;
  /** Position of the last event folded in, or null when none has been. */
  position: bigint | null;
}
