import type { WriteContext, WriteResult } from '../../event-sourcing/write-context';
import type { RunStressTestDto } from './run-stress-test.dto';
import type { StressTestRunAnswer } from './stress-test-run-json';

/** Runs a stress test on the force's plan and records the run (over the CommandBus). */
export class RunStressTestMessage {
  constructor(
    readonly force: string,
    readonly request: RunStressTestDto,
    readonly context: WriteContext,
  ) {}
}

export type RunStressTestOutcome = StressTestRunAnswer & { write: WriteResult };
