/**
 * The slow path of issue 15, aim 2, before/after in one process (not part of `npm run bench`):
 * builds the benchmark's history, catches the projections up, then before each call revises a
 * budget item of one of bch's members (each in turn) whose year is `year` – by default 2011/12,
 * the year nine programmes' units share by – by the real decider, appended to the store. So every
 * call finds a member's NRE of a basis year moved, and every programme shared by it worked out
 * again: the calls that set benefits realisation's p99 in the benchmark (about one in fifteen
 * there). Each call computes the answer with this build and with another (an older commit
 * compiled into, say, bench/dist/base), in alternating order, checking they are the same bytes.
 * After `npx tsc -p bench/tsconfig.json`:
 *   node bench/dist/bench/profile/basis-year-ab.js bench/dist/base [year] [calls]
 */
import { resolve } from 'node:path';
import * as thisBuild from '../read-side/aim-two-answers';
import { reviseABudgetItemEachCall } from '../read-side/new-event';
import type { ReadSide } from '../read-side/warm-projections';
import { probeOnBenchHistory } from './on-bench-history';
import { elapsedMs, latencyStats, now } from '../support/timing';

type Answers = typeof thisBuild;

async function main(readSide: ReadSide): Promise<void> {
  const other = (await import(resolve(process.argv[2], 'bench/read-side/aim-two-answers.js'))) as Answers;
  const year = process.argv[3] ?? '2011/12';
  const calls = Number(process.argv[4] ?? 150);
  const revise = reviseABudgetItemEachCall(readSide, ['beds', 'cambs', 'herts'], year);
  const times = { before: [] as number[], after: [] as number[] };
  const warmUp = 20;
  for (let i = 0; i < calls + warmUp; i++) {
    await revise();
    const texts: Record<string, string> = {};
    for (const side of i % 2 === 0 ? (['before', 'after'] as const) : (['after', 'before'] as const)) {
      const build = side === 'before' ? other : thisBuild;
      const start = now();
      const view = await readSide.runner.view();
      texts[side] = build.benefitsAnswer(view.state, 'bch');
      if (i >= warmUp) times[side].push(elapsedMs(start));
    }
    if (texts.before !== texts.after) throw new Error(`call ${i}: the two builds' answers differ`);
  }
  const line = (side: 'before' | 'after') => {
    const stats = latencyStats(times[side]);
    const p90 = [...times[side]].sort((a, b) => a - b)[Math.floor(times[side].length * 0.9)];
    return `${side} median ${stats.medianMs.toFixed(2)} ms, p90 ${p90.toFixed(2)} ms, p99 ${stats.p99Ms.toFixed(2)} ms`;
  };
  console.log(`benefits realisation, a ${year} item revised before each of ${calls} calls (same bytes):`);
  console.log(`  ${line('before')}\n  ${line('after')}`);
  console.log(`  median after/before ×${(latencyStats(times.after).medianMs / latencyStats(times.before).medianMs).toFixed(2)}`);
}

probeOnBenchHistory(main);
