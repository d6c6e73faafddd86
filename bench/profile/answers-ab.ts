/**
 * Before/after in one process, for iterating on issue 15, aim 2 (not part of `npm run bench`):
 * builds the benchmark's history once, catches the projections up, then computes each of the
 * four answers with this build's engines and with another build's (an older commit compiled
 * into, say, bench/dist/base), on the very same facts: first checking the two answers are the
 * same bytes, then timing them in alternating rounds, so the machine's drift touches both alike.
 *   node bench/dist/bench/profile/answers-ab.js bench/dist/base [rounds] [callsPerRound]
 */
import { resolve } from 'node:path';
import { HISTORY } from '../fixtures/bench-history';
import { buildStoreHistory } from '../fixtures/store-history';
import * as thisBuild from '../read-side/aim-two-answers';
import { openReadSide } from '../read-side/warm-projections';
import { makeTempDir } from '../support/temp-dir';
import { elapsedMs, latencyStats, now } from '../support/timing';
import type { StreamFacts } from '../../src/projections/stream-facts.projection';

type Answers = typeof thisBuild;

function answersOf(build: Answers, facts: StreamFacts): Record<string, () => string> {
  return {
    mtfp: () => build.mtfpAnswer(facts, null, 'herts', '2019/20', 5),
    precept: () => build.preceptOptionsAnswer(facts, null, 'herts', '2019/20'),
    shares: () => build.sharesAnswer(facts, 'bch', '2020/21'),
    benefits: () => build.benefitsAnswer(facts, 'bch'),
  };
}

async function main(): Promise<void> {
  const other = (await import(resolve(process.argv[2], 'bench/read-side/aim-two-answers.js'))) as Answers;
  const rounds = Number(process.argv[3] ?? 6);
  const perRound = Number(process.argv[4] ?? 20);
  const dir = makeTempDir();
  const readSide = await openReadSide(buildStoreHistory(HISTORY), (name) => dir.file(name));
  try {
    await readSide.runner.rebuild();
    const facts = (await readSide.runner.view()).state;
    const before = answersOf(other, facts);
    const after = answersOf(thisBuild, facts);
    for (const name of Object.keys(after)) {
      if (before[name]() !== after[name]()) throw new Error(`${name}: the two builds' answers differ`);
      const times = { before: [] as number[], after: [] as number[] };
      for (let r = 0; r < rounds; r++) {
        for (const side of r % 2 === 0 ? (['before', 'after'] as const) : (['after', 'before'] as const)) {
          const answer = side === 'before' ? before[name] : after[name];
          for (let i = 0; i < perRound; i++) {
            const start = now();
            answer();
            if (r > 0) times[side].push(elapsedMs(start));
          }
        }
      }
      const b = latencyStats(times.before);
      const a = latencyStats(times.after);
      console.log(
        `${name.padEnd(8)} before median ${b.medianMs.toFixed(2)} ms p99 ${b.p99Ms.toFixed(2)} | after median ${a.medianMs.toFixed(2)} ms p99 ${a.p99Ms.toFixed(2)} | median ×${(a.medianMs / b.medianMs).toFixed(2)} (same bytes)`,
      );
    }
  } finally {
    await readSide.close();
    dir.remove();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
