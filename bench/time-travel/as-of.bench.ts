import type { DomainEvent, EventRef } from '../../src/event-sourcing/decider';
import { toDomainEvent } from '../../src/event-sourcing/recorded-event';
import { mtfpToJson } from '../../src/mtfp';
import { PlanReader } from '../../src/planning/plan-reader';
import type { StreamFacts } from '../../src/projections/stream-facts.projection';
import { compare, type Figure } from '../support/report';
import { elapsedMs, measureLatency, medianOf, now, settle, type LatencyOptions } from '../support/timing';
import type { LargeReadSide } from './large-read-side';

export interface AsOfBenchOptions {
  force: string;
  from: string;
  years: number;
  asOf: LatencyOptions;
  replay: LatencyOptions;
}

/** Issue 15, aim 5: the million-event history keeps at most this many bytes of snapshots. */
const SNAPSHOT_BYTES_AIM = 150e6;

/** The runner's page size when it folds forward from a snapshot; the replay reads as it does. */
const PAGE = 1000;

/**
 * Issue 5 (b), and issue 15's aim 5 (at least 50× faster than the replay, with at most 150 MB
 * of snapshots): one force's MTFP as it stood at a position in the middle of a long history, as
 * GET /forces/{force}/mtfp?asOf={position} computes it – runner.view({ kind: 'position' })
 * (the nearest snapshot at or before it, then the events after it), PlanReader.mtfp,
 * mtfpToJson, JSON.stringify – beside a full replay from zero to the same position in the same
 * run: every event read in pages and folded with the same folds, then the same answer. The two
 * answers are checked to be byte for byte the same before anything is timed.
 */
export async function asOfBenchmark(
  side: LargeReadSide,
  options: AsOfBenchOptions,
  log: (line: string) => void,
): Promise<{ figure: Figure; data: Record<string, unknown> }> {
  const { force, from, years } = options;
  const head = (await side.store.headPosition()) ?? 0n;
  const position = head / 2n;
  const render = (facts: StreamFacts, at: bigint | null) =>
    JSON.stringify({ force, asAt: { position: at?.toString() ?? null }, ...mtfpToJson(new PlanReader(facts).mtfp(force, from, years)) });

  const viewMs: number[] = [];
  const asOf = async () => {
    const start = now();
    const view = await side.runner.view({ kind: 'position', position });
    viewMs.push(elapsedMs(start));
    return render(view.state, view.position);
  };
  const replay = async () => {
    let state = side.projection.initialState();
    let at: bigint | null = null;
    for (;;) {
      const page = await side.store.readAll({ after: at ?? undefined, maxCount: PAGE });
      const run: Array<{ event: DomainEvent; ref: EventRef }> = [];
      let reached = page.length < PAGE;
      for (const recorded of page) {
        if (recorded.position > position) {
          reached = true;
          break;
        }
        run.push(toDomainEvent(recorded));
        at = recorded.position;
      }
      state = side.projection.applyAll(state, run);
      if (reached) return render(state, at);
    }
  };

  log(`  as at position ${position.toLocaleString('en-GB')}: checking the answer against a replay from zero ...`);
  const answer = await asOf();
  if ((await replay()) !== answer)
    throw new Error('The "as at" answer and the replay from zero differ – the benchmark would compare different work');
  log('  timing "as at" answers ...');
  await settle();
  viewMs.length = 0;
  const measured = await measureLatency(asOf, options.asOf);
  const viewMedian = medianOf(viewMs.slice(options.asOf.warmup));
  log('  timing full replays from zero ...');
  await settle();
  const baseline = await measureLatency(replay, options.replay);

  const snapshot = [...side.snapshots.positions].reverse().find((p) => BigInt(p) <= position) ?? 0;
  const { streamFacts } = side.snapshots;
  const byStream = streamFacts.count > 0;
  const viewLabel = byStream
    ? `runner.view({ kind: 'position' }) (each stream's facts kept at or before it – every ${streamFacts.every.toLocaleString('en-GB')} of its events – then its own events after them, for the streams the answer reads)`
    : `runner.view({ kind: 'position' }) (snapshot at ${snapshot.toLocaleString('en-GB')}, then ${(Number(position) - snapshot).toLocaleString('en-GB')} events)`;
  const figure = compare(
    5,
    'as-of-answer',
    `An MTFP as at a past position (${force}, ${years} years from ${from}, as at ${position.toLocaleString('en-GB')}): the middle of a store of ${side.large.events.toLocaleString('en-GB')} events`,
    {
      label: `${viewLabel} → PlanReader.mtfp → mtfpToJson → JSON.stringify`,
      measurement: { kind: 'latency', stats: measured },
    },
    {
      label: `full replay from zero: readAll in pages of ${PAGE} + the same folds, ${position.toLocaleString('en-GB')} events, then the same`,
      measurement: { kind: 'latency', stats: baseline },
    },
    {
      aimFasterBy: 50,
      aimAlso: {
        what: `snapshots ${(side.snapshots.totalBytes / 2 ** 20).toFixed(0)} MiB, aim ≤ ${SNAPSHOT_BYTES_AIM / 1e6} MB`,
        met: side.snapshots.totalBytes <= SNAPSHOT_BYTES_AIM,
      },
      notes: [
        `${side.large.events.toLocaleString('en-GB')} events (${side.large.streams} streams, ${side.large.rounds} rounds of recording, ${(side.large.bytes / 2 ** 20).toFixed(0)} MiB) written in one transaction as setup (${(side.buildMs / 1000).toFixed(0)} s); then the service's runner caught up from zero in ${(side.catchUpMs / 1000).toFixed(1)} s`,
        byStream
          ? `kept stream facts (runner defaults): ${streamFacts.count.toLocaleString('en-GB')}, ${(streamFacts.bytes / 2 ** 20).toFixed(0)} MiB; whole-state snapshots: ${side.snapshots.count}`
          : `snapshots (runner defaults): ${side.snapshots.count}, at most ${side.snapshots.largestGap.toLocaleString('en-GB')} events apart, ${(side.snapshots.totalBytes / 2 ** 20).toFixed(0)} MiB in all`,
        byStream
          ? `of the median, runner.view() took ${viewMedian.toFixed(1)} ms (finding each stream's kept facts); reading and folding the streams the answer reads happens in PlanReader.mtfp, with the JSON the rest`
          : `of the median, runner.view() took ${viewMedian.toFixed(0)} ms (reading the snapshot, then the events after it); PlanReader.mtfp and the JSON the rest`,
        'only the streams the answer reads are parsed and have their events folded in',
        `answer: ${(Buffer.byteLength(answer) / 1024).toFixed(0)} KiB of JSON, byte for byte the replay's`,
      ],
    },
  );
  return {
    figure,
    data: {
      asOf: {
        position: position.toString(),
        snapshot,
        eventsAfterSnapshot: Number(position) - snapshot,
        snapshots: side.snapshots.count,
        snapshotGap: side.snapshots.largestGap,
        snapshotBytes: side.snapshots.totalBytes,
        streamFacts,
        catchUpMs: side.catchUpMs,
      },
    },
  };
}
