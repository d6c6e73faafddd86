/**
 * Before/after in one process, for iterating on issue 15, aim 2 (not part of `npm run bench`):
 * builds the benchmark's history once, catches the projections up, then computes each of the
 * four answers with this build's engines and with another build's (an older commit compiled
 * into, say, bench/dist/base), on the very same facts: first checking the two answers are the
 * same bytes, then timing them in alternating rounds, so the machine's drift touches both alike.
 * Before each timed call (untimed), one member's finance facts are replaced by a copy (herts's
 * for the MTFP and precept options, bch's members in turn for the others), as a new event on
 * that stream would replace them: nothing either build keeps per facts object is found again.
 *   node bench/dist/bench/profile/answers-ab.js bench/dist/base [rounds] [callsPerRound]
 */
import { resolve } from 'node:path';
import * as thisBuild from '../read-side/aim-two-answers';
import type { ReadSide } from '../read-side/warm-projections';
import { probeOnBenchHistory } from './on-bench-history';
import { elapsedMs, latencyStats, now } from '../support/timing';
import type { StreamFacts } from '../../src/projections/stream-facts.projection';

type Answers = typeof thisBuild;

function answersOf(build: Answers): Record<string, (facts: StreamFacts) => string> {
  return {
    mtfp: (facts) => build.mtfpAnswer(facts, null, 'herts', '2019/20', 5),
    precept: (facts) => build.preceptOptionsAnswer(facts, null, 'herts', '2019/20'),
    shares: (facts) => build.sharesAnswer(facts, 'bch', '2020/21'),
    benefits: (facts) => build.benefitsAnswer(facts, 'bch'),
  };
}

/** The facts with one member's finance facts a copy: new facts, the same figures. */
function withFreshFacts(facts: StreamFacts, force: string): StreamFacts {
  const stream = `force-finance-${force}`;
  return { ...facts, streams: { ...facts.streams, [stream]: structuredClone(facts.streams[stream]) } };
}

async function main(readSide: ReadSide): Promise<void> {
  const other = (await import(resolve(process.argv[2], 'bench/read-side/aim-two-answers.js'))) as Answers;
  const rounds = Number(process.argv[3] ?? 6);
  const perRound = Number(process.argv[4] ?? 20);
  const facts = (await readSide.runner.view()).state;
  const before = answersOf(other);
  const after = answersOf(thisBuild);
  for (const name of Object.keys(after)) {
    if (before[name](facts) !== after[name](facts)) throw new Error(`${name}: the two builds' answers differ`);
    const forces = name === 'mtfp' || name === 'precept' ? ['herts'] : ['beds', 'cambs', 'herts'];
    let call = 0;
    const times = { before: [] as number[], after: [] as number[] };
    for (let r = 0; r < rounds; r++) {
      for (const side of r % 2 === 0 ? (['before', 'after'] as const) : (['after', 'before'] as const)) {
        const answer = side === 'before' ? before[name] : after[name];
        for (let i = 0; i < perRound; i++) {
          const fresh = withFreshFacts(facts, forces[call++ % forces.length]);
          const start = now();
          answer(fresh);
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
}

probeOnBenchHistory(main);
