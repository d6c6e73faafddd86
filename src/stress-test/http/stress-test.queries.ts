import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { NotFoundError } from '../../common/errors';
import { ForceLookup } from '../../forces/force-lookup';
import { Plans } from '../../planning/plans.service';
import { stressTestRunsOf } from '../stress-test.reader';
import { rerunStressTest } from './rerun-stress-test';
import { StressTestWorkers } from './stress-test-workers';
import { stressTestRunJson, type StressTestRunAnswer, type StressTestRunJson } from './stress-test-run-json';

export class ListStressTestRunsQuery {
  constructor(readonly force: string) {}
}

/** The runs recorded for the force, oldest first (parameters only: GET one to see its result). */
@QueryHandler(ListStressTestRunsQuery)
export class ListStressTestRunsHandler implements IQueryHandler<ListStressTestRunsQuery, { force: string; runs: StressTestRunJson[] }> {
  constructor(
    private readonly forces: ForceLookup,
    private readonly plans: Plans,
  ) {}

  async execute({ force }: ListStressTestRunsQuery): Promise<{ force: string; runs: StressTestRunJson[] }> {
    await this.forces.require(force);
    const { reader } = await this.plans.at();
    return { force, runs: stressTestRunsOf(reader, force).runs.map(stressTestRunJson) };
  }
}

export class GetStressTestRunQuery {
  constructor(
    readonly force: string,
    readonly runId: string,
  ) {}
}

/** One run and its result, run again from what it recorded: the same result it gave when it was run. */
@QueryHandler(GetStressTestRunQuery)
export class GetStressTestRunHandler implements IQueryHandler<GetStressTestRunQuery, StressTestRunAnswer> {
  constructor(
    private readonly forces: ForceLookup,
    private readonly plans: Plans,
    private readonly workers: StressTestWorkers,
  ) {}

  async execute({ force, runId }: GetStressTestRunQuery): Promise<StressTestRunAnswer> {
    const { name } = await this.forces.require(force);
    const { reader } = await this.plans.at();
    const run = stressTestRunsOf(reader, force).runs.find((r) => r.runId === runId);
    if (!run)
      throw new NotFoundError(`${name} has no stress test run "${runId.slice(0, 100)}". GET /forces/${force}/stress-tests lists its runs.`);
    return { run: stressTestRunJson(run), result: await rerunStressTest(this.plans, this.workers, run) };
  }
}
