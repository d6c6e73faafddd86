import type { DomainEvent, EventRef } from '../event-sourcing/decider';
import { toDomainEvent } from '../event-sourcing/recorded-event';
import type { EventStore } from '../event-store/event-store.port';
import type { AsAt, Projection, ProjectionView } from './projection';

const READ_PAGE = 1000;

/**
 * The state "as at" a past position or time: folds the events forward from `start` (a snapshot
 * at or before the target, or nothing for the initial state) until the first event past it.
 */
export async function foldUpTo<S>(
  events: EventStore,
  projection: Projection<S>,
  start: { state: S; position: bigint } | null,
  asAt: Exclude<AsAt, { kind: 'latest' }>,
): Promise<ProjectionView<S>> {
  const time = asAt.kind === 'time' ? asAt.time.toISOString() : '';
  let state: S = start?.state ?? projection.initialState();
  let position: bigint | null = start?.position ?? null;
  // Events are recorded in time order (one clock per writer), so the first event past the
  // target ends the fold. A page at a time, so a projection can put off work (applyAll).
  for (;;) {
    const page = await events.readAll({ after: position ?? undefined, maxCount: READ_PAGE });
    const run: Array<{ event: DomainEvent; ref: EventRef }> = [];
    let reached = page.length < READ_PAGE;
    for (const recorded of page) {
      const past = asAt.kind === 'position' ? recorded.position > asAt.position : recorded.metadata.recordedAt > time;
      if (past) {
        reached = true;
        break;
      }
      run.push(toDomainEvent(recorded));
      position = recorded.position;
    }
    state = applyAll(projection, state, run);
    if (reached) return { state, position };
  }
}

function applyAll<S>(projection: Projection<S>, state: S, run: ReadonlyArray<{ event: DomainEvent; ref: EventRef }>): S {
  if (projection.applyAll) return projection.applyAll(state, run);
  for (const { event, ref } of run) state = projection.apply(state, event, ref);
  return state;
}
