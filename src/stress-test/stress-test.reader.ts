import type { StreamReader } from '../projections/stream-folds';
import { stressTestRunsStreamId } from './stress-test-runs.stream';
import type { StressTestRunsFacts } from './stress-test-runs.state';

/** The stress tests run on the force's plan, oldest first. */
export function stressTestRunsOf(plan: StreamReader, force: string): StressTestRunsFacts {
  return plan.stream<StressTestRunsFacts>(stressTestRunsStreamId(force)) ?? { runs: [] };
}
