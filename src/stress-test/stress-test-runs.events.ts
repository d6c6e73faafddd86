import type { DomainEvent } from '../event-sourcing/decider';
import type { StressTestParameters } from './stress-test-parameters';

/**
 * A stress test that was run, recorded on the force's stream of runs (`stress-tests-{force}`)
 * with everything needed to run it again and get the same answer: the parameters (seed
 * included), the years, and the point in the history it read (`position`, the global position
 * of the facts; and the scenario, if it ran on one).
 */
export type StressTestRun = DomainEvent<
  'StressTestRun.v1',
  {
    runId: string;
    force: string;
    from: string;
    years: number;
    parameters: Required<StressTestParameters>;
    position: string | null;
    scenarioId?: string;
  }
>;

export type StressTestRunEvent = StressTestRun;
