/**
 * The fold on its own, for profiling (not part of `npm run bench`): builds the benchmark's
 * 100,000-event history, holds it in memory as the store would give it back, then times
 * toDomainEvent and StreamFactsProjection.apply apart, and the fold per event type. Run it
 * under the profiler after `npm run bench` (or `npx tsc -p bench/tsconfig.json`) has compiled it:
 *   node --cpu-prof bench/dist/bench/profile/fold-profile.js [rounds]
 */
import type { RecordedEvent } from '../../src/event-store/event-store.port';
import { toDomainEvent } from '../../src/event-sourcing/recorded-event';
import { StreamFactsProjection } from '../../src/projections/stream-facts.projection';
import { FOLDS_VERSION, STREAM_FOLDS } from '../../src/app/stream-folds';
import { buildStoreHistory, FORCES } from '../fixtures/store-history';
import { elapsedMs, medianOf, now } from '../support/timing';

const history = buildStoreHistory({
  seed: 20160401,
  totalEvents: 100_000,
  forces: FORCES,
  alliance: { allianceCode: 'bch', name: 'BCH', members: ['beds', 'cambs', 'herts'], units: 30, firstYear: 2011, years: 10 },
  firstYear: 2011,
  years: 15,
  maxEventsPerAppend: 100,
});
const revisions = new Map<string, number>();
let position = 0;
const recorded: RecordedEvent[] = [];
for (const a of history.appends) {
  for (const e of a.events) {
    const revision = (revisions.get(a.streamId) ?? -1) + 1;
    revisions.set(a.streamId, revision);
    // Through JSON, as the store gives them: fresh objects, nothing shared with the fixture.
    const copy = JSON.parse(JSON.stringify(e)) as typeof e;
    recorded.push({
      id: copy.id,
      streamId: a.streamId,
      type: copy.type,
      data: copy.data,
      metadata: copy.metadata,
      revision: BigInt(revision),
      position: BigInt(++position),
    });
  }
}

const projection = new StreamFactsProjection(STREAM_FOLDS, FOLDS_VERSION);
const rounds = Number(process.argv[2] ?? 7);
const toDomain: number[] = [];
const fold: number[] = [];
const byType = new Map<string, { us: number; n: number }>();
for (let r = 0; r < rounds; r++) {
  let start = now();
  const domain = recorded.map((e) => toDomainEvent(e));
  toDomain.push((elapsedMs(start) * 1000) / recorded.length);
  let state = projection.initialState();
  // CPU time, not wall time: the garbage collector's threads count, other work on the machine does not.
  const cpu = process.cpuUsage();
  for (const { event, ref } of domain) state = projection.apply(state, event, ref);
  const used = process.cpuUsage(cpu);
  fold.push((used.user + used.system) / recorded.length);
  if (r === rounds - 1) {
    state = projection.initialState();
    for (const { event, ref } of domain) {
      start = now();
      state = projection.apply(state, event, ref);
      const spent = byType.get(event.type) ?? { us: 0, n: 0 };
      spent.us += elapsedMs(start) * 1000;
      spent.n++;
      byType.set(event.type, spent);
    }
  }
}
console.log(
  `${recorded.length.toLocaleString('en-GB')} events; µs per event, median of ${rounds} rounds: toDomainEvent ${medianOf(toDomain).toFixed(2)} (wall), apply ${medianOf(fold).toFixed(2)} (CPU)`,
);
for (const [type, { us, n }] of [...byType].sort((a, b) => b[1].us - a[1].us)) {
  console.log(
    `  ${type.padEnd(30)} ${String(n).padStart(7)} events ${(us / 1000).toFixed(1).padStart(8)} ms ${(us / n).toFixed(2).padStart(7)} µs each`,
  );
}
