/**
 * `npm run bench`: the project's benchmarks. Every figure is measured in this run beside a
 * baseline measured in this same run, on the same machine, and printed with the ratio between
 * them; the results are also written to bench/results/latest.json so two runs can be diffed.
 * Benchmarks are not tests: nothing here passes or fails on a time.
 */
import { join } from 'node:path';
import { eventStoreBenchmarks } from './event-store/event-store.bench';
import { ALLIANCE, HISTORY } from './fixtures/bench-history';
import { buildStoreHistory, type StoreHistoryOptions } from './fixtures/store-history';
import { collaborationBenchmarks } from './read-side/collaboration-answers.bench';
import { mtfpAnswerBenchmark } from './read-side/mtfp-answer.bench';
import { preceptOptionsAnswerBenchmark } from './read-side/precept-options-answer.bench';
import { rebuildBenchmark } from './read-side/projection-rebuild.bench';
import { openReadSide, type ReadSide } from './read-side/warm-projections';
import { healthDuringStressTestsBenchmark } from './stress-test/health-during-stress-tests.bench';
import { stressTestBenchmark } from './stress-test/stress-test.bench';
import { healthBreakdown } from './http/health-breakdown.bench';
import { httpLoadBenchmarks } from './http/http-load.bench';
import { writeLoadBenchmarks } from './http/write-load.bench';
import { asOfBenchmark } from './time-travel/as-of.bench';
import { openLargeReadSide } from './time-travel/large-read-side';
import { scenarioComparisonBenchmark } from './time-travel/scenario-comparison.bench';
import { currentLoad, describeMachine } from './support/machine';
import { renderSummary, renderTable, writeResults, type Figure } from './support/report';
import { makeTempDir } from './support/temp-dir';
import { elapsedMs, now, sleep } from './support/timing';

/** The long history for time travel and scenarios: the same forces and alliance, recorded ten times as long (most of it forecast revisions). */
const LARGE_HISTORY: StoreHistoryOptions = { ...HISTORY, totalEvents: 1_000_000 };

const EVENT_STORE = { rounds: 5, singleAppendsPerRound: 400, batchAppendsPerRound: 60, batchSize: 100, warmupAppends: 20, replayPage: 500 };
const REBUILD_ROUNDS = 3;
/** Up to 500 timed answers, or fewer (never under 100, so a p99 means something) if they take over 4 s. */
const WARM_LATENCY = { warmup: 30, iterations: 500, maxMs: 4000, minIterations: 100 };
const COLD_LATENCY = { warmup: 3, iterations: 25 };
/** On the long history a baseline answer takes seconds: fewer of them. */
const LARGE_WARM_LATENCY = { warmup: 5, iterations: 100, maxMs: 4000, minIterations: 30 };
const LARGE_COLD_LATENCY = { warmup: 1, iterations: 5 };
const STRESS_TEST = { force: 'herts', from: '2019/20', years: 5, paths: 10_000, runs: 25, warmup: 3, baselinePaths: 30 };
const HEALTH_DURING_STRESS_TESTS = { concurrent: 4, paths: 100_000, rounds: 3, baseline: { warmup: 30, iterations: 300 } };
/** Issue 15: 200 concurrent keep-alive clients per endpoint, 1 s of warm-up, 5 s timed. */
const HTTP_LOAD = { connections: 200, warmupMs: 1000, durationMs: 5000 };
/** Issue 15, aim 4: 50 writers, to 50 forces and to one; and one write to a stream of 25,000 events. */
const WRITE_LOAD = {
  connections: 50,
  forces: 50,
  warmupMs: 1000,
  durationMs: 5000,
  rawAppends: 2000,
  longStream: { events: 25_000, batch: 500, warmup: 20, iterations: 300, warmupMs: 500, durationMs: 3000 },
};
const AS_OF = { force: 'herts', from: '2019/20', years: 5, asOf: { warmup: 2, iterations: 15 }, replay: { warmup: 0, iterations: 3 } };

async function main(): Promise<void> {
  const started = new Date();
  const clock = now();
  const machine = describeMachine();
  const log = (line: string) => console.log(line);
  log('Collaboration finance modeller – benchmarks');
  log(
    `machine: ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGiB} GiB; ${machine.os}; Node ${machine.node}; SQLite ${machine.sqlite}`,
  );
  log(`started: ${started.toISOString()}; load average (1 min) ${machine.loadAverage}`);
  log('');

  const dir = makeTempDir();
  const cleanUp = () => dir.remove();
  process.once('SIGINT', () => {
    cleanUp();
    process.exit(130);
  });

  const figures: Figure[] = [];
  const data: Record<string, unknown> = {};
  // `npm run bench -- http` runs the HTTP section alone (the others: health, writes, store, answers, time-travel).
  const only = process.argv.slice(2);
  const wants = (section: string) => only.length === 0 || only.includes(section);
  try {
    if (wants('http')) {
      log('Issue 15 – answers under load over HTTP, beside plain node:http serving the same bytes');
      const http = await httpLoadBenchmarks(dir.file('http-load'), HTTP_LOAD, log);
      figures.push(...http.figures);
      Object.assign(data, { http: http.data });
    }
    if (wants('http') || wants('health')) {
      log("Issue 15 – where /health's time goes: its bytes served by each layer, beside plain node:http");
      const breakdown = await healthBreakdown(dir.file('health-breakdown'), HTTP_LOAD, log);
      figures.push(...breakdown.figures);
      Object.assign(data, { healthBreakdown: breakdown.data });
    }
    if (wants('writes')) {
      log('Issue 15 – writes under load over HTTP, beside raw better-sqlite3 appends');
      const writes = await writeLoadBenchmarks(dir.file('write-load'), (name) => dir.file(name), WRITE_LOAD, log);
      figures.push(...writes.figures);
      Object.assign(data, { writes: writes.data });
    }
    if (wants('store')) await storeSections(figures, data, dir, log);
    // `npm run bench -- answers`: only the four answers of issue 15, aim 2 (faster to iterate on).
    else if (wants('answers')) await answerSections(figures, data, dir, log);
    if (wants('time-travel')) await largeHistorySections(figures, data, dir, log);
  } finally {
    cleanUp();
  }

  const seconds = elapsedMs(clock) / 1000;
  log('');
  log(renderTable(figures));
  log('');
  log(renderSummary(figures));
  const path = join(__dirname, '..', '..', 'results', 'latest.json');
  const loadAtEnd = currentLoad();
  writeResults(path, {
    startedAt: started.toISOString(),
    finishedAt: new Date().toISOString(),
    durationSeconds: Math.round(seconds * 10) / 10,
    machine,
    loadAverageAtEnd: loadAtEnd,
    figures,
    data,
  });
  log('');
  log(
    `machine: ${machine.cpuModel}, ${machine.cores} cores; Node ${machine.node}; load average (1 min) ${machine.loadAverage} at the start, ${loadAtEnd} at the end.`,
  );
  log(`Finished in ${seconds.toFixed(1)} s; results in bench/results/latest.json`);
}

/** Issues 2–9: the 100,000-event history, and /health on the worked example. */
async function storeSections(
  figures: Figure[],
  data: Record<string, unknown>,
  dir: ReturnType<typeof makeTempDir>,
  log: (line: string) => void,
): Promise<void> {
  log(
    `Building the history: ${HISTORY.totalEvents.toLocaleString('en-GB')} events decided by the real deciders (${HISTORY.forces.length} forces over ${HISTORY.years} years, alliance ${ALLIANCE.allianceCode} of ${ALLIANCE.members.length} members with ${ALLIANCE.units} units over ${ALLIANCE.years} years) ...`,
  );
  const history = buildStoreHistory(HISTORY);
  data.history = {
    events: history.eventCount,
    appends: history.appends.length,
    forces: HISTORY.forces.length,
    alliance: ALLIANCE,
    seed: HISTORY.seed,
  };

  log('Issue 2 – the SQLite event store against raw better-sqlite3');
  const store = await eventStoreBenchmarks(history, (name) => dir.file(name), EVENT_STORE, log);
  figures.push(...store.figures);
  Object.assign(data, store.data);

  log('Issues 3 and 4 – the read side, on a SQLite store of the whole history');
  const readSide = await openReadSide(history, (name) => dir.file(name));
  try {
    const rebuild = await rebuildBenchmark(readSide, history.eventCount, REBUILD_ROUNDS, EVENT_STORE.replayPage, log);
    figures.push(rebuild.figure);
    Object.assign(data, rebuild.data);
    await sleep(600);

    await answerFigures(figures, readSide, log);

    log('Issue 5 – stress test, on the same warm projections');
    const stress = await stressTestBenchmark(readSide, STRESS_TEST, log);
    figures.push(stress.figure);
    Object.assign(data, stress.data);
  } finally {
    await readSide.close();
  }

  log('Issue 9 – /health while stress tests run, on the real application and the worked example');
  const health = await healthDuringStressTestsBenchmark(dir.file('health-during-stress-tests'), HEALTH_DURING_STRESS_TESTS, log);
  figures.push(health.figure);
  Object.assign(data, health.data);
}

/** Issue 15, aim 2 alone: the history, the projections caught up, then the four answers. */
async function answerSections(
  figures: Figure[],
  data: Record<string, unknown>,
  dir: ReturnType<typeof makeTempDir>,
  log: (line: string) => void,
): Promise<void> {
  log(`Building the history: ${HISTORY.totalEvents.toLocaleString('en-GB')} events ...`);
  const history = buildStoreHistory(HISTORY);
  data.history = { events: history.eventCount, seed: HISTORY.seed };
  const readSide = await openReadSide(history, (name) => dir.file(name));
  try {
    await readSide.runner.rebuild();
    await sleep(600);
    await answerFigures(figures, readSide, log);
  } finally {
    await readSide.close();
  }
}

/** The four answers of issue 15, aim 2, from warm projections. */
async function answerFigures(figures: Figure[], readSide: ReadSide, log: (line: string) => void): Promise<void> {
  log('  answering MTFPs ...');
  figures.push(
    await mtfpAnswerBenchmark(
      readSide,
      { force: 'herts', from: '2019/20', years: 5, allianceCode: ALLIANCE.allianceCode, members: ALLIANCE.members },
      { warm: WARM_LATENCY, cold: COLD_LATENCY },
    ),
  );

  log('  answering precept options ...');
  figures.push(
    await preceptOptionsAnswerBenchmark(
      readSide,
      { force: 'herts', year: '2019/20', allianceCode: ALLIANCE.allianceCode, members: ALLIANCE.members },
      { warm: WARM_LATENCY, cold: COLD_LATENCY },
    ),
  );

  log('  answering collaboration shares and benefits realisation ...');
  const lastYear = `${ALLIANCE.firstYear + ALLIANCE.years - 1}/${String((ALLIANCE.firstYear + ALLIANCE.years) % 100).padStart(2, '0')}`;
  figures.push(...(await collaborationBenchmarks(readSide, { ...ALLIANCE, year: lastYear }, { warm: WARM_LATENCY, cold: COLD_LATENCY })));
}

/** Time travel and scenarios on the long history. */
async function largeHistorySections(
  figures: Figure[],
  data: Record<string, unknown>,
  dir: ReturnType<typeof makeTempDir>,
  log: (line: string) => void,
): Promise<void> {
  log(`Issue 5 – time travel and scenarios on a store of ${LARGE_HISTORY.totalEvents.toLocaleString('en-GB')} events`);
  log('  building the long history (decided by the real deciders, written in one transaction) ...');
  const large = await openLargeReadSide(LARGE_HISTORY, (name) => dir.file(name), log);
  try {
    const asOf = await asOfBenchmark(large, AS_OF, log);
    figures.push(asOf.figure);
    Object.assign(data, asOf.data);
    figures.push(
      await scenarioComparisonBenchmark(
        large,
        { force: 'herts', from: '2019/20', years: 5, allianceCode: ALLIANCE.allianceCode, members: ALLIANCE.members },
        { warm: LARGE_WARM_LATENCY, cold: LARGE_COLD_LATENCY },
        log,
      ),
    );
    data.largeHistory = {
      events: large.large.events,
      streams: large.large.streams,
      rounds: large.large.rounds,
      bytes: large.large.bytes,
      buildMs: Math.round(large.buildMs),
      catchUpMs: Math.round(large.catchUpMs),
    };
  } finally {
    await large.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
