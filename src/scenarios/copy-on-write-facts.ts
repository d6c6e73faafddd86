import type { StreamFacts } from '../projections/stream-facts.projection';

/**
 * New facts over the baseline's: every stream is shared with the baseline until a scenario
 * changes it, and then it is deep-copied (structuredClone) first, so the baseline is never
 * touched and only the streams a scenario changes are copied.
 */
export class CopyOnWriteFacts {
  private readonly streams: Record<string, unknown>;
  private readonly copied = new Set<string>();

  constructor(private readonly baseline: StreamFacts) {
    this.streams = { ...baseline.streams };
  }

  /** The baseline's state of a stream, read-only; undefined when nothing was recorded on it. */
  read<S>(streamId: string): S | undefined {
    return this.streams[streamId] as S | undefined;
  }

  /** The stream's state to change in place: a private deep copy of the baseline's. */
  write<S>(streamId: string): S {
    if (!this.copied.has(streamId)) {
      const state = this.baseline.streams[streamId];
      if (state === undefined) throw new Error(`Stream ${streamId} has no facts to change`);
      this.streams[streamId] = structuredClone(state);
      this.copied.add(streamId);
    }
    return this.streams[streamId] as S;
  }

  result(): StreamFacts {
    return { streams: this.streams };
  }
}
