import { forceDecider } from '../forces/force.decider';
import type { StreamFold } from './stream-facts.projection';

/**
 * Every stream the read side understands, with the decider whose `evolve` folds it.
 * Add a capability's streams here. Bump FOLDS_VERSION when any evolve changes meaning, so
 * stored projection state is rebuilt.
 */
export const STREAM_FOLDS: StreamFold[] = [{ prefix: 'force-', decider: forceDecider as StreamFold['decider'] }];

export const FOLDS_VERSION = 1;
