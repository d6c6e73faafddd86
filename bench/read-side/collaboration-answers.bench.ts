import { forceFinanceStreamId } from '../../src/force-finance';
import type { StreamFacts } from '../../src/projections/stream-facts.projection';
import type { Figure } from '../support/report';
import { benefitsAnswer, sharesAnswer } from './aim-two-answers';
import { answerLatency, type LatencyRounds } from './answer-latency';
import { reviseABudgetItemEachCall } from './new-event';
import { foldStreams } from './fold-streams';
import type { ReadSide } from './warm-projections';

export interface CollaborationBenchOptions {
  allianceCode: string;
  members: string[];
  units: number;
  years: number;
  /** The year asked for collaboration shares. */
  year: string;
}

/**
 * Issue 4: collaboration shares for a year and benefits realisation for an alliance, computed
 * as the query handlers do (PlanReader over the facts, the members' NRE for the share bases,
 * the engine, its toJson, answerJson), from warm projections – beside the same answers
 * computed by reading and folding the alliance's stream and its members' finance streams.
 */
export async function collaborationBenchmarks(
  readSide: ReadSide,
  options: CollaborationBenchOptions,
  rounds: LatencyRounds,
): Promise<Figure[]> {
  const { allianceCode, year } = options;
  const streams = [`alliance-${allianceCode}`, ...options.members.map(forceFinanceStreamId)];
  const counts = await Promise.all(streams.map(async (s) => (await readSide.store.readStream(s)).length));
  const allianceEvents = counts[0];
  const memberEvents = counts.slice(1).reduce((a, b) => a + b, 0);
  const shares = (facts: StreamFacts) => sharesAnswer(facts, allianceCode, year);
  const benefits = (facts: StreamFacts) => benefitsAnswer(facts, allianceCode);
  const shape = `${options.members.length} members, ${options.units} units, ${options.years} years: ${allianceEvents.toLocaleString('en-GB')} alliance events`;
  const coldLabel = `no projections: readStream + fold of the alliance and its ${options.members.length} members' finance streams (${(allianceEvents + memberEvents).toLocaleString('en-GB')} events), then the same`;
  const warmView = async () => (await readSide.runner.view()).state;
  const sharesFigure = await answerLatency(
    {
      issue: 4,
      id: 'collaboration-shares-answer',
      title: `Collaboration shares for ${year}, alliance of ${shape}`,
      warm: {
        label: `a revision of a budget item of one member (each in turn) recorded (untimed), then runner.view() → PlanReader (members' NRE for share bases) → collaborationShares → toJson → answerJson`,
        beforeEach: reviseABudgetItemEachCall(readSide, options.members),
        answer: async () => shares(await warmView()),
      },
      cold: { label: coldLabel, answer: async () => shares(await foldStreams(readSide.store, streams)) },
      notes: [
        "a third of the units share costs by members' net revenue budgets, so members' MTFPs are projected for those years",
        "issue 15, aim 2: p99 under 5 ms with nothing cached (the answer cache is not used here); one member's stream has a new event before each call (each member in turn), so that member's NRE is worked out afresh and the others' kept; figures kept per facts object (kept-per-facts.ts) are reused only where their inputs stand: units' shares, programmes' benefits and savings lines not shared by the changed NRE, reserve figures when no reserve moved",
      ],
      aimUnderMs: 5,
    },
    rounds,
  );
  const benefitsFigure = await answerLatency(
    {
      issue: 4,
      id: 'benefits-realisation-answer',
      title: `Benefits realisation, alliance of ${shape}`,
      warm: {
        label: `a revision of a budget item of one member (each in turn) recorded (untimed), then runner.view() → PlanReader → benefitsRealisation → toJson → answerJson`,
        beforeEach: reviseABudgetItemEachCall(readSide, options.members),
        answer: async () => benefits(await warmView()),
      },
      cold: { label: coldLabel, answer: async () => benefits(await foldStreams(readSide.store, streams)) },
      notes: [
        `${options.units} programmes (one per unit) with plans, forecast revisions and realisations`,
        "issue 15, aim 2: p99 under 5 ms with nothing cached (the answer cache is not used here); one member's stream has a new event before each call (each member in turn), so that member's NRE is worked out afresh and the others' kept; figures kept per facts object (kept-per-facts.ts) are reused only where their inputs stand: units' shares, programmes' benefits and savings lines not shared by the changed NRE, reserve figures when no reserve moved",
      ],
      aimUnderMs: 5,
    },
    rounds,
  );
  return [sharesFigure, benefitsFigure];
}
