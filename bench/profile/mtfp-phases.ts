/**
 * Where the five-year MTFP's time goes (issue 15, aim 2; not part of `npm run bench`): builds the
 * benchmark's history, catches the projections up, then – as the benchmark does – revises a
 * budget item of herts before each call (untimed) and times the parts of the answer apart:
 * catching up, PlanReader.mtfp (the engine), mtfpToJson (figures to the API's shape) and
 * answerJson (the bytes). Then the floors: the same answer's JSON object written out again, and
 * the engine run again on facts it has just seen – what the bytes and the figures cost however
 * little changed. After `npx tsc -p bench/tsconfig.json`:
 *   node bench/dist/bench/profile/mtfp-phases.js [calls]
 */
import { answerJson } from '../../src/common/kept-json-text';
import { mtfpToJson } from '../../src/mtfp';
import { PlanReader } from '../../src/planning/plan-reader';
import { reviseABudgetItemEachCall } from '../read-side/new-event';
import type { ReadSide } from '../read-side/warm-projections';
import { probeOnBenchHistory } from './on-bench-history';
import { elapsedMs, latencyStats, now } from '../support/timing';

const FORCE = 'herts';
const FROM = '2019/20';
const YEARS = 5;

async function main(readSide: ReadSide): Promise<void> {
  const calls = Number(process.argv[2] ?? 200);
  const warmUp = 20;
  const revise = reviseABudgetItemEachCall(readSide, [FORCE]);
  const phases = { 'catch up': [], engine: [], 'to JSON shape': [], 'to bytes': [], 'bytes again': [], 'engine again': [] } as Record<
    string,
    number[]
  >;
  let characters = 0;
  for (let i = 0; i < calls + warmUp; i++) {
    await revise();
    const times: number[] = [];
    let start = now();
    const facts = (await readSide.runner.view()).state;
    times.push(elapsedMs(start));
    start = now();
    const projection = new PlanReader(facts).mtfp(FORCE, FROM, YEARS);
    times.push(elapsedMs(start));
    start = now();
    const json = { force: FORCE, asAt: { position: null }, ...mtfpToJson(projection) };
    times.push(elapsedMs(start));
    start = now();
    characters = answerJson(json).length;
    times.push(elapsedMs(start));
    start = now();
    JSON.stringify(json);
    times.push(elapsedMs(start));
    start = now();
    new PlanReader(facts).mtfp(FORCE, FROM, YEARS);
    times.push(elapsedMs(start));
    if (i >= warmUp) Object.values(phases).forEach((list, p) => list.push(times[p]));
  }
  console.log(
    `${FORCE}'s ${YEARS}-year MTFP from ${FROM}, a budget item revised before each of ${calls} calls; ${characters.toLocaleString('en-GB')} characters`,
  );
  for (const [phase, samples] of Object.entries(phases)) {
    const stats = latencyStats(samples);
    console.log(`  ${phase.padEnd(14)} median ${stats.medianMs.toFixed(2).padStart(6)} ms, p99 ${stats.p99Ms.toFixed(2).padStart(6)} ms`);
  }
  console.log('  (the first four are the answer; "again": the same object written out once more, the engine on facts it has just seen)');
}

probeOnBenchHistory(main);
