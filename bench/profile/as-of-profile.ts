/**
 * Issue 15, aim 5's "as at" answer on its own, for profiling (not part of `npm run bench`): the
 * benchmark's million-event history and the service's runner caught up over it, kept in a
 * folder of your choosing so later runs skip the minutes of setup; then herts's five-year MTFP
 * as at the middle position, N times, with median and p99, and (with a third argument) the
 * timed calls profiled into that .cpuprofile file. After `npx tsc -p bench/tsconfig.json`:
 *   node bench/dist/bench/profile/as-of-profile.js /tmp/large 15 /tmp/as-of.cpuprofile
 *   node bench/dist/bench/profile/sum-profile.js /tmp/as-of.cpuprofile
 * The last line gives the answer's sha256, to check that two builds answer byte for byte the same.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Session } from 'node:inspector/promises';
import { READ_SIDE } from '../../src/app/stream-folds';
import { SqliteEventStore } from '../../src/event-store/sqlite-event-store';
import { mtfpToJson } from '../../src/mtfp';
import { PlanReader } from '../../src/planning/plan-reader';
import { factsRunner } from '../../src/projections/facts-runner';
import { ProjectionStore } from '../../src/projections/projection-store';
import { HISTORY } from '../fixtures/bench-history';
import { openLargeReadSide } from '../time-travel/large-read-side';
import { measureLatency } from '../support/timing';

async function main(): Promise<void> {
  const dir = process.argv[2] ?? '/tmp/large-history';
  const calls = Number(process.argv[3] ?? 15);
  const profileTo = process.argv[4];
  const file = (name: string) => join(dir, name);
  if (!existsSync(file('large-projections.db'))) {
    mkdirSync(dir, { recursive: true });
    const side = await openLargeReadSide({ ...HISTORY, totalEvents: 1_000_000 }, file, (line) => console.log(line));
    await side.close();
  }
  const store = new SqliteEventStore(file('large-history.db'));
  const runner = factsRunner(store, new ProjectionStore(file('large-projections.db')), READ_SIDE);
  runner.start();
  await runner.catchUp();
  const position = ((await store.headPosition()) ?? 0n) / 2n;
  const asOf = async () => {
    const view = await runner.view({ kind: 'position', position });
    const answer = mtfpToJson(new PlanReader(view.state).mtfp('herts', '2019/20', 5));
    return JSON.stringify({ force: 'herts', asAt: { position: view.position?.toString() ?? null }, ...answer });
  };
  const session = profileTo ? new Session() : null;
  if (session) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
  }
  const stats = await measureLatency(asOf, { warmup: 2, iterations: calls });
  if (session && profileTo) writeFileSync(profileTo, JSON.stringify((await session.post('Profiler.stop')).profile));
  // The answer's digest, so two builds can be checked to answer byte for byte the same.
  const answer = await asOf();
  const digest = createHash('sha256').update(answer).digest('hex').slice(0, 16);
  console.log(
    `as at ${position}: median ${stats.medianMs.toFixed(1)} ms, p99 ${stats.p99Ms.toFixed(1)} ms (n=${stats.samples}); ${answer.length} characters, sha256 ${digest}`,
  );
  await runner.stop();
  await store.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
