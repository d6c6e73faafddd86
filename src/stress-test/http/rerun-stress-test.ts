import { RuleViolationError } from '../../common/errors';
import { inForce, type Plans } from '../../planning/plans.service';
import { stressModelFromMtfp } from '../stress-model';
import type { StressTestResult } from '../stress-test-result';
import type { StressTestRunFact } from '../stress-test-runs.state';
import type { StressTestWorkers } from './stress-test-workers';

/**
 * A recorded run, run again: the force's MTFP as at the position it read (under its scenario, if
 * it ran on one) with the parameters and seed it recorded, so the result is the one it gave.
 * The plan is read here; the paths are run in a worker thread.
 */
export async function rerunStressTest(plans: Plans, workers: StressTestWorkers, run: StressTestRunFact): Promise<StressTestResult> {
  if (run.position === null)
    throw new RuleViolationError(`Stress test run ${run.runId} read no recorded facts, so there is nothing to run it on again`);
  const { reader } = await plans.at({ kind: 'position', position: BigInt(run.position) }, inForce(run.force, run.scenarioId ?? undefined));
  return workers.run(stressModelFromMtfp(reader.mtfp(run.force, run.from, run.years)), run.parameters);
}
