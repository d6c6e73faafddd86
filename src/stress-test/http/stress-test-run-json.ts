import type { StressTestParameters } from '../stress-test-parameters';
import type { StressTestResult } from '../stress-test-result';
import type { StressTestRunFact } from '../stress-test-runs.state';

/** A recorded run: everything needed to run it again, and when it was recorded. */
export interface StressTestRunJson {
  runId: string;
  force: string;
  from: string;
  years: number;
  /** As recorded: the seed included, so the run can be reproduced exactly. */
  parameters: Required<StressTestParameters>;
  /** The global position of the facts it read. */
  position: string | null;
  /** The scenario it ran on, or null for the baseline. */
  scenario: string | null;
  recordedAt: string | null;
  sources: string[];
}

export interface StressTestRunAnswer {
  run: StressTestRunJson;
  result: StressTestResult;
}

export function stressTestRunJson(fact: StressTestRunFact): StressTestRunJson {
  return {
    runId: fact.runId,
    force: fact.force,
    from: fact.from,
    years: fact.years,
    parameters: fact.parameters,
    position: fact.position,
    scenario: fact.scenarioId,
    recordedAt: fact.recordedAt,
    sources: fact.sources,
  };
}
