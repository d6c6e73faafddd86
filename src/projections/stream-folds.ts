import { allianceDecider } from '../collaboration/alliance.decider';
import { collaborationAveragesDecider } from '../collaboration/collaboration-averages.decider';
import { COLLABORATION_AVERAGES_STREAM } from '../collaboration/collaboration-averages.stream';
import { forceCollaborationDecider } from '../collaboration/force-collaboration.decider';
import { forceFinanceDecider } from '../force-finance';
import { forceDecider } from '../forces/force.decider';
import { REFERENDUM_PRINCIPLES_STREAM, referendumPrinciplesDecider } from '../reference-data';
import { scenarioDecider } from '../scenarios/scenario.decider';
import { SCENARIO_STREAM_PREFIX } from '../scenarios/scenario.stream';
import { stressTestRunsDecider } from '../stress-test/stress-test-runs.decider';
import { STRESS_TEST_RUNS_STREAM_PREFIX } from '../stress-test/stress-test-runs.stream';
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
  // Branches and stress-test runs: read beside the baseline, never part of it.
  fold(SCENARIO_STREAM_PREFIX, scenarioDecider),
  fold(STRESS_TEST_RUNS_STREAM_PREFIX, stressTestRunsDecider),
];

/** Streams that hold branches of the plan or records about it, not the plan itself: no baseline answer reads them. */
export const BRANCH_STREAM_PREFIXES: readonly string[] = [SCENARIO_STREAM_PREFIX, STRESS_TEST_RUNS_STREAM_PREFIX];

// 4: alliance facts gained pending invitations (membership by consent).
export const FOLDS_VERSION = 4;
