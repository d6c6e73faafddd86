import type { StreamFold } from './stream-facts.projection';

/**
 * What the read side folds, registered by the app (src/app/stream-folds.ts): each slice's
 * streams with the decider whose `evolve` folds them, and the version of that whole set – bump
 * it when any evolve changes meaning, so stored projection state is rebuilt from the events.
 */
export interface StreamFolds {
  folds: readonly StreamFold[];
  version: number;
}

/** The Nest token under which the app provides its StreamFolds. */
export const STREAM_FOLD_REGISTRY = Symbol('StreamFolds');

/** A slice's fold: its stream prefix and its decider. `branch`: read beside the baseline, never part of it. */
export function streamFold(prefix: string, decider: unknown, options: { branch?: boolean } = {}): StreamFold {
  return { prefix, decider: decider as StreamFold['decider'], ...(options.branch ? { branch: true } : {}) };
}

/** Streams that hold branches of the plan or records about it, not the plan itself: no baseline answer reads them. */
export function isBranchStream(folds: readonly StreamFold[], streamId: string): boolean {
  return folds.some((fold) => fold.branch === true && streamId.startsWith(fold.prefix));
}

/** The folded facts of one stream, by its id (undefined: nothing recorded on it): how a slice reads its own streams. */
export interface StreamReader {
  stream<T>(streamId: string): T | undefined;
}
