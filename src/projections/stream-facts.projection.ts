import type { Decider, DomainEvent, EventRef } from '../event-sourcing/decider';
import type { Projection } from './projection';

/** The folded state of every stream the service knows how to read, keyed by stream id. */
export interface StreamFacts {
  streams: Record<string, unknown>;
}

export interface StreamFold {
  /** Streams whose id starts with this prefix ("force-finance-") are folded by `decider`. */
  prefix: string;
  decider: Pick<Decider<unknown, unknown, DomainEvent>, 'initialState' | 'evolve'>;
}

/**
 * The read side's one projection: every stream folded by its own decider's `evolve`, so the
 * read model and the write model can never disagree about what an event means. The engines
 * (MTFP, precept options, shares, benefits) compute their answers from these facts.
 */
export class StreamFactsProjection implements Projection<StreamFacts> {
  readonly name = 'stream-facts';
  private readonly folds: StreamFold[];

  /** `version` must change whenever any fold changes meaning; pass the sum of the folds' own versions, say. */
  constructor(
    folds: StreamFold[],
    readonly version: number,
  ) {
    // Longest prefix first, so "force-finance-" wins over "force-".
    this.folds = [...folds].sort((a, b) => b.prefix.length - a.prefix.length);
  }

  initialState(): StreamFacts {
    return { streams: {} };
  }

  apply(state: StreamFacts, event: DomainEvent, ref: EventRef): StreamFacts {
    const fold = this.folds.find((f) => ref.streamId.startsWith(f.prefix));
    if (!fold) return state;
    const current = state.streams[ref.streamId] ?? fold.decider.initialState();
    state.streams[ref.streamId] = fold.decider.evolve(current, event, ref);
    return state;
  }
}

/** The facts of one stream, or undefined when nothing has been recorded on it. */
export function streamState<S>(facts: StreamFacts, streamId: string): S | undefined {
  return facts.streams[streamId] as S | undefined;
}
