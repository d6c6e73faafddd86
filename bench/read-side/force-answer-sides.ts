import type { StreamFacts } from '../../src/projections/stream-facts.projection';
import type { AnswerPair } from './answer-latency';
import { foldStreams } from './fold-streams';
import { reviseABudgetItemEachCall } from './new-event';
import type { ReadSide } from './warm-projections';

/**
 * The two sides of one force's answer (issue 15, aim 2): warm – a new event on the force's
 * stream (untimed), then the answer from the projections – and cold – the streams it needs
 * read and folded afresh, then the same answer.
 */
export async function forceAnswerSides(
  readSide: ReadSide,
  force: string,
  streams: readonly string[],
  pipeline: string,
  render: (facts: StreamFacts, position: string | null) => string,
): Promise<Pick<AnswerPair, 'warm' | 'cold'>> {
  const events = (await Promise.all(streams.map((s) => readSide.store.readStream(s)))).reduce((n, list) => n + list.length, 0);
  return {
    warm: {
      label: `a revision of a ${force} budget item recorded (untimed), then runner.view() → ${pipeline}`,
      beforeEach: reviseABudgetItemEachCall(readSide, [force]),
      answer: async () => {
        const view = await readSide.runner.view();
        return render(view.state, view.position?.toString() ?? null);
      },
    },
    cold: {
      label: `no projections: readStream + fold of the ${streams.length} streams it needs (${events.toLocaleString('en-GB')} events), then the same`,
      answer: async () => render(await foldStreams(readSide.store, streams), null),
    },
  };
}
