import { forceFinanceStreamId } from '../../src/force-finance';
import type { StreamFacts } from '../../src/projections/stream-facts.projection';
import type { Figure } from '../support/report';
import { mtfpAnswer } from './aim-two-answers';
import { answerLatency, type LatencyRounds } from './answer-latency';
import { forceAnswerSides } from './force-answer-sides';
import type { ReadSide } from './warm-projections';

export interface MtfpBenchOptions {
  force: string;
  from: string;
  years: number;
  /** The alliance the force belongs to and its members: the MTFP includes its share of the alliance's savings. */
  allianceCode: string;
  members: string[];
}

/**
 * Issue 3: one force's five-year MTFP as GET /forces/{force}/mtfp answers it – the facts as
 * they stand (runner.view), PlanReader.mtfp (with its share of its alliance's savings, for
 * which the members' NRE is projected too), mtfpToJson, answerJson – beside the same answer
 * computed by reading and folding the streams it depends on from the store.
 */
export async function mtfpAnswerBenchmark(readSide: ReadSide, options: MtfpBenchOptions, rounds: LatencyRounds): Promise<Figure> {
  const { force, from, years } = options;
  const render = (facts: StreamFacts, position: string | null) => mtfpAnswer(facts, position, force, from, years);
  const streams = [
    forceFinanceStreamId(force),
    `alliance-${options.allianceCode}`,
    ...options.members.filter((m) => m !== force).map(forceFinanceStreamId),
  ];
  return answerLatency(
    {
      issue: 3,
      id: 'mtfp-answer',
      title: `One force's ${years}-year MTFP (${force}, from ${from}) from warm projections`,
      ...(await forceAnswerSides(readSide, force, streams, 'PlanReader.mtfp → mtfpToJson → answerJson', render)),
      notes: [
        `${force} is a member of alliance ${options.allianceCode}: its MTFP carries its share of the alliance's savings, so the members' NRE is projected too`,
        `issue 15, aim 2: p99 under 5 ms with nothing cached (the answer cache is not used here); ${force}'s stream has a new event before each call (a budget item revised), so its NRE and everything that reads it are worked out afresh; figures kept per facts object (kept-per-facts.ts) are reused only where their inputs stand: units' shares, programmes' benefits and savings lines not shared by the changed NRE, reserve figures when no reserve moved`,
      ],
      aimUnderMs: 5,
    },
    rounds,
    // The baseline knows no projection position; everything else must match byte for byte.
    (json) => json.replace(/"asAt":\{"position":(null|"\d+")\}/, '"asAt":{}'),
  );
}
