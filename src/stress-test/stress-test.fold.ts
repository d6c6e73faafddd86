import { streamFold } from '../projections/stream-folds';
import { STRESS_TEST_RUNS_STREAM_PREFIX } from './stress-test-runs.stream';
import { stressTestRunsDecider } from './stress-test-runs.decider';

/** The read side folds each force's stress-test runs with their decider: records about the plan, never part of the baseline. */
export const stressTestRunsFold = streamFold(STRESS_TEST_RUNS_STREAM_PREFIX, stressTestRunsDecider, { branch: true });
