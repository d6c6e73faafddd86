import type { StressTestParameters } from './stress-test-parameters';

/** Records a run (the handler runs it, then records it; a run the engine would refuse is refused here too). */
export interface RecordStressTestRun {
  type: 'RecordStressTestRun';
  /** Chosen by the caller (the handler's id generator). */
  runId: string;
  force: string;
  from: string;
  years: number;
  parameters: StressTestParameters;
  position: string | null;
  scenarioId?: string;
}

export type StressTestRunsCommand = RecordStressTestRun;
