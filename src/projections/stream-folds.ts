import { allianceDecider } from '../collaboration/alliance.decider';
import { collaborationAveragesDecider, COLLABORATION_AVERAGES_STREAM } from '../collaboration/collaboration-averages.decider';
import { forceCollaborationDecider } from '../collaboration/force-collaboration.decider';
import { forceFinanceDecider } from '../force-finance';
import { forceDecider } from '../forces/force.decider';
import { REFERENDUM_PRINCIPLES_STREAM, referendumPrinciplesDecider } from '../reference-data';
import type { StreamFold } from './stream-facts.projection';

const fold = (prefix: string, decider: unknown): StreamFold => ({ prefix, decider: decider as StreamFold['decider'] });

/**
 * Every stream the read side understands, with the decider whose `evolve` folds it (the
 * longest matching prefix wins). Add a capability's streams here. Bump FOLDS_VERSION when any
 * evolve changes meaning, so stored projection state is rebuilt from the events.
 */
export const STREAM_FOLDS: StreamFold[] = [
  fold('force-', forceDecider),
  fold('force-finance-', forceFinanceDecider),
  fold('force-collaboration-', forceCollaborationDecider),
  fold('alliance-', allianceDecider),
  fold(REFERENDUM_PRINCIPLES_STREAM, referendumPrinciplesDecider),
  fold(COLLABORATION_AVERAGES_STREAM, collaborationAveragesDecider),
];

export const FOLDS_VERSION = 1;
