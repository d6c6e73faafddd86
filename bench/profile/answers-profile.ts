/**
 * The four answers of issue 15, aim 2 on their own, for profiling (not part of `npm run bench`):
 * builds the benchmark's 100,000-event history into a SQLite store, catches the projections up,
 * then computes one answer (mtfp, precept, shares or benefits; all by default) N times and prints
 * the median and p99. As in the benchmarks, a budget item of herts (of bch's members in turn, for
 * the alliance answers) is revised before each call (untimed), so the profile shows what the
 * benchmark times rather than figures kept from the call before. With a third argument, the timed calls alone (not the setup) are profiled
 * into that .cpuprofile file. After `npx tsc -p bench/tsconfig.json`:
 *   node bench/dist/bench/profile/answers-profile.js mtfp 200 /tmp/mtfp.cpuprofile
 *   node bench/dist/bench/profile/sum-profile.js /tmp/mtfp.cpuprofile
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { benefitsAnswer, mtfpAnswer, preceptOptionsAnswer, sharesAnswer } from '../read-side/aim-two-answers';
import { reviseABudgetItemEachCall } from '../read-side/new-event';
import type { ReadSide } from '../read-side/warm-projections';
import { probeOnBenchHistory } from './on-bench-history';
import { measureLatency } from '../support/timing';

async function main(readSide: ReadSide): Promise<void> {
  const which = process.argv[2] ?? 'all';
  const calls = Number(process.argv[3] ?? 100);
  const profileTo = process.argv[4];
  const facts = async () => (await readSide.runner.view()).state;
  const answers: Record<string, () => Promise<string>> = {
    mtfp: async () => mtfpAnswer(await facts(), null, 'herts', '2019/20', 5),
    precept: async () => preceptOptionsAnswer(await facts(), null, 'herts', '2019/20'),
    shares: async () => sharesAnswer(await facts(), 'bch', '2020/21'),
    benefits: async () => benefitsAnswer(await facts(), 'bch'),
  };
  for (const [name, answer] of Object.entries(answers)) {
    if (which !== 'all' && which !== name) continue;
    const forces = name === 'mtfp' || name === 'precept' ? ['herts'] : ['beds', 'cambs', 'herts'];
    const session = profileTo ? await startProfile() : null;
    const stats = await measureLatency(answer, { warmup: 20, iterations: calls }, reviseABudgetItemEachCall(readSide, forces));
    if (session) writeFileSync(profileTo, JSON.stringify((await session.post('Profiler.stop')).profile));
    console.log(
      `${name}: median ${stats.medianMs.toFixed(2)} ms, p99 ${stats.p99Ms.toFixed(2)} ms (n=${stats.samples}); ${(await answer()).length} characters`,
    );
  }
}

async function startProfile(): Promise<Session> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return session;
}

probeOnBenchHistory(main);
