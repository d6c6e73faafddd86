import { streamFold } from '../projections/stream-folds';
import { allianceDecider } from './alliance.decider';
import { collaborationAveragesDecider } from './collaboration-averages.decider';
import { COLLABORATION_AVERAGES_STREAM } from './collaboration-averages.stream';
import { forceCollaborationDecider } from './force-collaboration.decider';

/** The read side folds a force's collaboration stream, each alliance's stream and the averages, each with its own decider. */
export const collaborationFolds = [
  streamFold('force-collaboration-', forceCollaborationDecider),
  streamFold('alliance-', allianceDecider),
  streamFold(COLLABORATION_AVERAGES_STREAM, collaborationAveragesDecider),
];
