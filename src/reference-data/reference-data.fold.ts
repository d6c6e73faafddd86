import { streamFold } from '../projections/stream-folds';
import { referendumPrinciplesDecider } from './referendum-principles.decider';
import { REFERENDUM_PRINCIPLES_STREAM } from './referendum-principles.events';

/** The read side folds the referendum principles stream with its decider. */
export const referendumPrinciplesFold = streamFold(REFERENDUM_PRINCIPLES_STREAM, referendumPrinciplesDecider);
