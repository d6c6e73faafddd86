import { CommandRunner } from '../event-sourcing/command-runner';
import { fingerprint } from '../event-sourcing/ids';
import type { WriteContext } from '../event-sourcing/write-context';
import type { ExampleStep } from './example-step';
import {
  PHASE_2_START,
  WORKED_EXAMPLE_ACTOR,
  WORKED_EXAMPLE_CORRELATION_ID,
  WORKED_EXAMPLE_STEPS,
  workedExampleStepKeys,
} from './worked-example';

export interface WorkedExampleSummary {
  steps: number;
  /** Steps that recorded events this time. */
  stepsRecorded: number;
  /** Steps whose events were already in the store (a re-run, or another process got there first). */
  stepsAlreadyRecorded: number;
  eventsRecorded: number;
  /** Every stream the example writes to, in the order first written. */
  streams: string[];
  /** Global position of the last event of phase 1: `asOf` this shows the plan as it stood in 2016. */
  endOfPhase1Position: string | null;
  /** Global position of the example's last event. */
  lastPosition: string | null;
}

/**
 * Records the worked example through the command path, step by step. Each step carries a fixed
 * Idempotency-Key, so a step already in the store is answered from it and not recorded again:
 * running this twice, or in two processes at once, records every event exactly once.
 */
export async function recordWorkedExample(
  runner: CommandRunner,
  steps: readonly ExampleStep[] = WORKED_EXAMPLE_STEPS,
  phase2Start: number = PHASE_2_START,
): Promise<WorkedExampleSummary> {
  const summary: WorkedExampleSummary = {
    steps: steps.length,
    stepsRecorded: 0,
    stepsAlreadyRecorded: 0,
    eventsRecorded: 0,
    streams: [],
    endOfPhase1Position: null,
    lastPosition: null,
  };
  const keys = workedExampleStepKeys(steps);
  for (const [index, step] of steps.entries()) {
    const number = index + 1;
    const context: WriteContext = {
      actor: WORKED_EXAMPLE_ACTOR,
      reason: step.reason,
      correlationId: WORKED_EXAMPLE_CORRELATION_ID,
      causationId: null,
      idempotencyKey: keys[index],
      requestHash: fingerprint({ stream: step.streamId, command: step.command }),
    };
    let result;
    try {
      result = await runner.run(step.decider, step.streamId, step.command, context);
    } catch (error) {
      throw new Error(`Worked example step ${number} (${describeStep(step)}) was refused: ${(error as Error).message}`, { cause: error });
    }
    // A step that records nothing could not be recognised on a re-run: every step must record.
    if (result.events.length === 0) {
      throw new Error(
        `Worked example step ${number} (${describeStep(step)}) recorded nothing: every step of the example must record an event`,
      );
    }
    if (result.replayed) summary.stepsAlreadyRecorded++;
    else {
      summary.stepsRecorded++;
      summary.eventsRecorded += result.events.length;
    }
    if (!summary.streams.includes(step.streamId)) summary.streams.push(step.streamId);
    if (index === phase2Start - 1) summary.endOfPhase1Position = result.position;
    summary.lastPosition = result.position;
  }
  return summary;
}

/** What the example recorded and where to look, for the log and the command line. */
export function describeWorkedExample(summary: WorkedExampleSummary): string[] {
  const what =
    summary.stepsRecorded === 0
      ? `The worked example (Hertfordshire 2015/16–2019/20 and the BCH alliance) was already recorded: nothing new recorded (${summary.steps} steps, ${summary.streams.length} streams).`
      : `Recorded the worked example (Hertfordshire 2015/16–2019/20 and the BCH alliance): ${summary.eventsRecorded} events from ${summary.stepsRecorded} steps on ${summary.streams.length} streams` +
        (summary.stepsAlreadyRecorded > 0 ? `; ${summary.stepsAlreadyRecorded} steps were already recorded and were skipped.` : '.');
  return [
    what,
    `The 2016 plan as it stood: GET /forces/herts/mtfp?from=2016/17&years=4&asOf=${summary.endOfPhase1Position ?? ''}`,
    'The 2019/20 budget as set in 2019: GET /forces/herts/mtfp?from=2016/17&years=4',
    `Collaboration: GET /forces/herts/collaboration?from=2016/17&years=4&asOf=${summary.endOfPhase1Position ?? ''} and GET /alliances/bch/benefits-realisation`,
  ];
}

function describeStep(step: ExampleStep): string {
  const type = (step.command as { type?: unknown }).type;
  return `${step.streamId}: ${typeof type === 'string' ? type : 'command'}`;
}
