import { RuleViolationError } from '../../common/errors';
import type { Plans } from '../../planning/plans.service';
import { inForce } from '../../scenarios/scenario-lookup';
import { runStressTest } from '../run-stress-test';
import { stressModelFromMtfp } from '../stress-model';
import type { StressTestResult } from '../stress-test-result';
import type { StressTestRunFact } from '../stress-test-runs.decider';

/**
 * A recorded run, run again: the force's MTFP as at the position it read (under its scenario, if
 * it ran on one) with the parameters and seed it recorded, so the result is the one it gave.
 */
export async function rerunStressTest(plans: Plans, run: StressTestRunFact): Promise<StressTestResult> {
  if (run.position === null) throw new RuleViolationError(`Stress test run ${run.runId} read no recorded facts, so there is nothing to run it on again`);
  const { reader } = await plans.at({ kind: 'position', position: BigInt(run.position) }, inForce(run.force, run.scenarioId ?? undefined));
  return runStressTest(stressModelFromMtfp(reader.mtfp(run.force, run.from, run.years)), run.parameters);
}
