import { ConflictError, InvalidInputError } from '../common/errors';
import type { Decider } from '../event-sourcing/decider';
import { parseId, parseYear } from '../force-finance/command-input';
import { FORCE_CODE } from '../forces/force.decider';
import { MAX_MTFP_YEARS } from '../mtfp/project-mtfp';
import { SCENARIO_ID } from '../scenarios/scenario.stream';
import { normalisedStressTestParameters } from './stress-test-parameters';
import type { RecordStressTestRun, StressTestRunsCommand } from './stress-test-runs.commands';
import type { StressTestRun, StressTestRunEvent } from './stress-test-runs.events';
import { evolveStressTestRuns, initialStressTestRunsFacts, type StressTestRunsFacts } from './stress-test-runs.state';

export const stressTestRunsDecider: Decider<StressTestRunsCommand, StressTestRunsFacts, StressTestRunEvent> = {
  initialState: initialStressTestRunsFacts,
  evolve: evolveStressTestRuns,
  decide: decideRecordStressTestRun,
};

/** Records a run (the handler runs it, then records it; a run the engine would refuse is refused here too). */
function decideRecordStressTestRun(command: RecordStressTestRun, state: StressTestRunsFacts): StressTestRun[] {
  const runId = parseId(command.runId, 'runId');
  if (typeof command.force !== 'string' || !FORCE_CODE.test(command.force))
    throw new InvalidInputError('force', 'must be a force code such as "herts"');
  const from = parseYear(command.from, 'from').toString();
  if (!Number.isInteger(command.years) || command.years < 1 || command.years > MAX_MTFP_YEARS) {
    throw new InvalidInputError('years', `must be a whole number of years from 1 to ${MAX_MTFP_YEARS}`);
  }
  if (command.position !== null && (typeof command.position !== 'string' || !/^\d{1,18}$/.test(command.position))) {
    throw new InvalidInputError('position', 'must be a global position written as digits, or null');
  }
  if (command.scenarioId !== undefined && (typeof command.scenarioId !== 'string' || !SCENARIO_ID.test(command.scenarioId))) {
    throw new InvalidInputError('scenarioId', 'must be a scenario id');
  }
  const parameters = normalisedStressTestParameters(command.parameters);
  if (state.runs.some((r) => r.runId === runId))
    throw new ConflictError(`A stress test run ${runId} is already recorded for ${command.force}`);
  const data: StressTestRun['data'] = {
    runId,
    force: command.force,
    from,
    years: command.years,
    parameters,
    position: command.position,
    ...(command.scenarioId !== undefined ? { scenarioId: command.scenarioId } : {}),
  };
  return [{ type: 'StressTestRun.v1', data }];
}
