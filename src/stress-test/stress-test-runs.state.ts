import type { EventRef } from '../event-sourcing/decider';
import type { StressTestParameters } from './stress-test-parameters';
import type { StressTestRunEvent } from './stress-test-runs.events';

export interface StressTestRunFact {
  runId: string;
  force: string;
  from: string;
  years: number;
  parameters: Required<StressTestParameters>;
  position: string | null;
  scenarioId: string | null;
  recordedAt: string | null;
  sources: string[];
}

/** A force's stress-test runs, oldest first: plain JSON, readable as it is. */
export interface StressTestRunsFacts {
  runs: StressTestRunFact[];
}

export function initialStressTestRunsFacts(): StressTestRunsFacts {
  return { runs: [] };
}

export function evolveStressTestRuns(state: StressTestRunsFacts, event: StressTestRunEvent, ref?: EventRef): StressTestRunsFacts {
  switch (event.type) {
    case 'StressTestRun.v1': {
      const { scenarioId, ...run } = event.data;
      const fact: StressTestRunFact = {
        ...run,
        scenarioId: scenarioId ?? null,
        recordedAt: ref?.recordedAt ?? null,
        sources: ref ? [ref.id] : [],
      };
      return { runs: [...state.runs, fact] };
    }
    default:
      return state;
  }
}
