import { compare, type Figure } from '../support/report';
import { measureLatency, settle, type LatencyOptions } from '../support/timing';

export interface AnswerPair {
  issue: number;
  id: string;
  title: string;
  /** The answer as the service gives it, from the warm projections. */
  warm: {
    label: string;
    answer: () => Promise<string>;
    /** Untimed, before each timed answer (and warm-up): a new event, say. */ beforeEach?: () => Promise<void>;
  };
  /** The same answer without projections. */
  cold: { label: string; answer: () => Promise<string> };
  notes: string[];
  /** Issue 15, aim 2: the warm answer's p99 under this many ms. */
  aimUnderMs?: number;
}

export interface LatencyRounds {
  warm: LatencyOptions;
  cold: LatencyOptions;
}

/**
 * Times an answer from warm projections beside the baseline computing the same answer from the
 * events, after checking the two give the same JSON (so both sides really do the same work).
 */
export async function answerLatency(
  pair: AnswerPair,
  rounds: LatencyRounds,
  normalise: (json: string) => string = (json) => json,
): Promise<Figure> {
  const warmAnswer = normalise(await pair.warm.answer());
  const coldAnswer = normalise(await pair.cold.answer());
  if (warmAnswer !== coldAnswer)
    throw new Error(`${pair.id}: the warm answer and the baseline's differ – the benchmark would compare different work`);
  await settle();
  const warm = await measureLatency(pair.warm.answer, rounds.warm, pair.warm.beforeEach);
  await settle();
  const cold = await measureLatency(pair.cold.answer, rounds.cold);
  return compare(
    pair.issue,
    pair.id,
    pair.title,
    { label: pair.warm.label, measurement: { kind: 'latency', stats: warm } },
    { label: pair.cold.label, measurement: { kind: 'latency', stats: cold } },
    {
      ...(pair.aimUnderMs === undefined ? {} : { aimUnderMs: pair.aimUnderMs }),
      notes: [
        ...pair.notes,
        `answer: ${(Buffer.byteLength(warmAnswer) / 1024).toFixed(0)} KiB of JSON; warm-up ${rounds.warm.warmup} / ${rounds.cold.warmup} calls before timing`,
      ],
    },
  );
}
