import { streamFold } from '../projections/stream-folds';
import { forceDecider } from './force.decider';

/** The read side folds each force's register stream (`force-{code}`) with the force decider. */
export const forceFold = streamFold('force-', forceDecider);
