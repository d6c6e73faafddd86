import { forceFinanceStreamId } from '../../src/force-finance';
import type { StreamFacts } from '../../src/projections/stream-facts.projection';
import { REFERENDUM_PRINCIPLES_STREAM } from '../../src/reference-data/referendum-principles.events';
import type { Figure } from '../support/report';
import { preceptOptionsAnswer } from './aim-two-answers';
import { answerLatency, type LatencyRounds } from './answer-latency';
import { forceAnswerSides } from './force-answer-sides';
import type { ReadSide } from './warm-projections';

export interface PreceptOptionsBenchOptions {
  force: string;
  year: string;
  allianceCode: string;
  members: string[];
}

/**
 * Issue 15, aim 2: one force's precept options for a year as GET /forces/{force}/precept-options
 * answers it – the facts as they stand (runner.view), preceptOptionsFrom (the options, each with
 * the MTFP's gap at its Band D, the force's alliance savings and contributions for the year, the
 * referendum principles that apply), answerJson – beside the same answer from the events.
 */
export async function preceptOptionsAnswerBenchmark(
  readSide: ReadSide,
  options: PreceptOptionsBenchOptions,
  rounds: LatencyRounds,
): Promise<Figure> {
  const { force, year } = options;
  const render = (facts: StreamFacts, position: string | null) => preceptOptionsAnswer(facts, position, force, year);
  const streams = [
    forceFinanceStreamId(force),
    `alliance-${options.allianceCode}`,
    ...options.members.filter((m) => m !== force).map(forceFinanceStreamId),
    REFERENDUM_PRINCIPLES_STREAM,
  ];
  return answerLatency(
    {
      issue: 15,
      id: 'precept-options-answer',
      title: `One force's precept options (${force}, ${year}) from warm projections`,
      ...(await forceAnswerSides(readSide, force, streams, 'preceptOptionsFrom → answerJson', render)),
      notes: [
        `aim 2: p99 under 5 ms with nothing cached (the answer cache is not used here); ${force}'s stream has a new event before each call (a budget item revised), so its NRE and everything that reads it are worked out afresh; figures kept per facts object (kept-per-facts.ts) are reused only where their inputs stand: units' shares, programmes' benefits and savings lines not shared by the changed NRE, reserve figures when no reserve moved`,
      ],
      aimUnderMs: 5,
    },
    rounds,
    (json) => json.replace(/"asAt":\{"position":(null|"\d+")\}/, '"asAt":{}'),
  );
}
