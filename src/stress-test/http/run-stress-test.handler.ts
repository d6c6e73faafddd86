import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { randomInt } from 'node:crypto';
import { FinancialYear } from '../../common/financial-year';
import { CommandRunner } from '../../event-sourcing/command-runner';
import { idempotencyName } from '../../event-sourcing/idempotency';
import { nameBasedUuid, type IdGenerator } from '../../event-sourcing/ids';
import { ID_GENERATOR } from '../../event-sourcing/tokens';
import type { WriteContext } from '../../event-sourcing/write-context';
import { ForceLookup } from '../../forces/force-lookup';
import { mtfpRange } from '../../mtfp/mtfp-range';
import { inForce, Plans } from '../../planning/plans.service';
import { stressModelFromMtfp } from '../stress-model';
import { MAX_SEED, type StressTestParameters } from '../stress-test-parameters';
import { stressTestRunsStreamId } from '../stress-test-runs.stream';
import { stressTestRunsDecider } from '../stress-test-runs.decider';
import { stressTestRunsOf } from '../stress-test.reader';
import { rerunStressTest } from './rerun-stress-test';
import { StressTestWorkers } from './stress-test-workers';
import { RunStressTestMessage, type RunStressTestOutcome } from './stress-test-command.message';
import { stressTestRunJson } from './stress-test-run-json';

/**
 * Runs the stress test first, in a worker thread (so a request it refuses, or one the busy pool
 * turns away with 503, records nothing), then records the run on
 * `stress-tests-{force}` with its parameters, the seed (one is chosen when none is given) and
 * the position of the facts it read, so it can be run again to the same answer. A retry with
 * the same Idempotency-Key is answered from the run first recorded.
 */
@CommandHandler(RunStressTestMessage)
export class RunStressTestHandler implements ICommandHandler<RunStressTestMessage, RunStressTestOutcome> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly forces: ForceLookup,
    private readonly plans: Plans,
    private readonly workers: StressTestWorkers,
    @Inject(ID_GENERATOR) private readonly newId: IdGenerator,
  ) {}

  async execute({ force, request, context }: RunStressTestMessage): Promise<RunStressTestOutcome> {
    await this.forces.require(force);
    // Scenario ids are the force's own: another force's of the same id is never found (404, as unknown).
    const view = await this.plans.at({ kind: 'latest' }, inForce(force, request.scenario));
    const requested = { from: request.from === undefined ? undefined : FinancialYear.parse(request.from, 'from'), years: request.years };
    const { from, years } = mtfpRange(requested, view.reader.forceFinance(force).planPeriod);
    const parameters = {
      distributions: request.distributions,
      ...(request.byYear !== undefined ? { byYear: request.byYear } : {}),
      ...(request.paths !== undefined ? { paths: request.paths } : {}),
      seed: request.seed === undefined ? randomInt(0, MAX_SEED + 1) : request.seed,
    } as StressTestParameters;
    const result = await this.workers.run(stressModelFromMtfp(view.reader.mtfp(force, from, years)), parameters);

    const runId = this.runId(force, context);
    const write = await this.runner.run(
      stressTestRunsDecider,
      stressTestRunsStreamId(force),
      {
        type: 'RecordStressTestRun',
        runId,
        force,
        from: from.toString(),
        years,
        parameters,
        position: view.factsPosition,
        ...(request.scenario !== undefined ? { scenarioId: request.scenario } : {}),
      },
      context,
    );
    // The run as recorded (on a retry, the first one): read back so the answer is exactly what GET gives.
    const eventId = write.events[0]?.id;
    const recorded = stressTestRunsOf((await this.plans.at()).reader, force).runs.find((r) => r.sources.includes(eventId));
    if (!recorded) throw new Error(`Stress test run ${runId} was recorded on ${write.stream} but is not on the read side`);
    return {
      write,
      run: stressTestRunJson(recorded),
      result: write.replayed ? await rerunStressTest(this.plans, this.workers, recorded) : result,
    };
  }

  /** With an Idempotency-Key, derived from it, like every id the server gives. */
  private runId(force: string, context: WriteContext): string {
    return context.idempotencyKey
      ? nameBasedUuid(`stress-test-run\u0000${stressTestRunsStreamId(force)}\u0000${idempotencyName(context)}`)
      : this.newId();
  }
}
