import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { CommandRunner } from '../../src/event-sourcing/command-runner';
import { randomIds, systemClock } from '../../src/event-sourcing/ids';
import type { WriteContext } from '../../src/event-sourcing/write-context';
import { EVENT_STORE, type EventStore, type EventToAppend } from '../../src/event-store/event-store.port';
import { FinancialYear } from '../../src/common/financial-year';
import { Money } from '../../src/common/money';
import type { ForceFinanceCommand } from '../../src/force-finance/force-finance.commands';
import { forceFinanceDecider } from '../../src/force-finance/force-finance.decider';
import { forceFinanceStreamId } from '../../src/force-finance/force-finance.stream';
import { RawSqliteEvents } from '../event-store/raw-sqlite-events';
import { currentLoad } from '../support/machine';
import { compare, formatMs, formatRatio, type Figure } from '../support/report';
import { elapsedMs, latencyStats, measureLatency, now, settle, sleep } from '../support/timing';
import { BENCH_TOKEN, portOf, startService } from './http-load.bench';
import type { LoadResult } from './load-generator';
import { loadInWorker } from './run-load';

export interface WriteLoadOptions {
  connections: number;
  forces: number;
  warmupMs: number;
  durationMs: number;
  /** Appends timed for the raw baseline, 1 event each. */
  rawAppends: number;
  /** The HTTP writes run for warmupMs then durationMs, one connection; the rest are timed iterations. */
  longStream: { events: number; batch: number; warmup: number; iterations: number; warmupMs: number; durationMs: number };
}

const AUTH = { Authorization: `Bearer ${BENCH_TOKEN}` };
export const ITEM_BODY =
  '{"kind":"cost_pressure","fromYear":"2017/18","amount":"1000.00","recurrence":"recurring","description":"bench item {n}"}';
const SYSTEM: WriteContext = { actor: 'bench', correlationId: 'bench-setup' };

/**
 * Issue 15, aim 4: `connections` concurrent HTTP clients posting budget items – to `forces`
 * forces, then all to one force – as events a second beside the raw append baseline (raw
 * better-sqlite3, 1 event per IMMEDIATE transaction, synchronous=FULL) measured just before each
 * in the same run; each acknowledged write is then looked for in the store (lost writes) and
 * every status counted (409s). Then the latency of one write to a stream of 25,000 events.
 */
export async function writeLoadBenchmarks(
  dataDir: string,
  rawFile: (name: string) => string,
  options: WriteLoadOptions,
  log: (line: string) => void,
): Promise<{ figures: Figure[]; data: Record<string, unknown> }> {
  const app = await startService(dataDir, { seedExampleWhenEmpty: false });
  const figures: Figure[] = [];
  const data: Record<string, unknown> = {};
  try {
    const port = portOf(app);
    const codes = Array.from({ length: options.forces }, (_, i) => `bench${String(i).padStart(2, '0')}`);
    for (const code of codes) await setUpForce(port, code);

    const cases = [
      { id: 'writes-many-forces', title: `${options.connections} clients posting budget items to ${options.forces} forces`, forces: codes },
      { id: 'writes-one-force', title: `${options.connections} clients posting budget items to one force`, forces: [codes[0]] },
    ];
    for (const c of cases) {
      const load = currentLoad();
      log(`  ${c.title} ...`);
      await settle();
      // The raw rate is measured just before and just after the load (half the appends each), so a
      // change in the shared disk's speed during the run hits both sides alike.
      const rawBefore = await rawAppends(rawFile(`raw-${c.id}.sqlite`), c.forces.length, options.rawAppends / 2, 0);
      await sleep(300);
      const result = await loadInWorker({
        port,
        path: '',
        headers: AUTH,
        connections: options.connections,
        warmupMs: options.warmupMs,
        durationMs: options.durationMs,
        expectStatus: 201,
        post: { paths: c.forces.map((f) => `/forces/${f}/budget-items`), body: ITEM_BODY.replace('{n}', `${c.id} {n}`) },
      });
      await sleep(300);
      const rawAfter = await rawAppends(rawFile(`raw-${c.id}.sqlite`), c.forces.length, options.rawAppends / 2, options.rawAppends / 2);
      const raw = options.rawAppends / ((rawBefore.ms + rawAfter.ms) / 1000);
      const lost = await lostWrites(app.get<EventStore>(EVENT_STORE), c.forces, c.id, result);
      const statuses = result.statuses ?? {};
      const conflicts = statuses['409'] ?? 0;
      const others = Object.entries(statuses).filter(([s]) => s !== '201' && s !== '409');
      const p = (q: number) => result.latenciesMs[Math.max(0, Math.ceil(q * result.latenciesMs.length) - 1)] ?? NaN;
      const notes = [
        `each write records 1 event; ${(result.acknowledged ?? []).length} writes acknowledged in all, ${lost} lost, ${conflicts} answered 409${others.length ? `, others: ${others.map(([s, n]) => `${n}× ${s}`).join(', ')}` : ''}`,
        `p50 ${formatMs(p(0.5))}, p99 ${formatMs(p(0.99))} a write; load average (1 min) ${load}`,
      ];
      const figure = compare(
        15,
        c.id,
        c.title,
        {
          label: `POST /forces/{force}/budget-items, ${options.connections} keep-alive connections, closed loop, ${options.durationMs / 1000} s`,
          measurement: {
            kind: 'throughput',
            perSecond: result.perSecond,
            unit: 'events/s',
            count: result.requests,
            rounds: [result.perSecond],
          },
        },
        {
          label: `raw better-sqlite3, 1 event per IMMEDIATE transaction over ${c.forces.length} stream(s), half just before the load and half just after`,
          measurement: { kind: 'throughput', perSecond: raw, unit: 'events/s', count: options.rawAppends, rounds: [raw] },
        },
        { aimAtLeast: 0.5, notes },
      );
      // Nothing lost and no 409 are part of the aim.
      if (figure.aim) figure.aim.met = figure.aim.met && lost === 0 && conflicts === 0 && others.length === 0;
      figures.push(figure);
      log(`    service ${Math.round(result.perSecond)} events/s, raw ${Math.round(raw)} events/s: ${formatRatio(figure)}; ${notes[0]}`);
      data[c.id] = {
        perSecond: result.perSecond,
        raw,
        statuses,
        lost,
        acknowledged: result.acknowledged?.length,
        p50Ms: p(0.5),
        p99Ms: p(0.99),
        load,
      };
    }

    const long = await longStreamWrites(app, port, rawFile, options.longStream, log);
    figures.push(long.figure);
    data.longStream = long.data;
  } finally {
    await app.close();
  }
  return { figures, data };
}

export async function setUpForce(port: number, code: string): Promise<void> {
  const post = async (path: string, body: unknown) => {
    const res = await fetch(`http://127.0.0.1:${port}${path}`, {
      method: 'POST',
      headers: { ...AUTH, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (res.status !== 201) throw new Error(`${path} answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
  };
  await post('/forces', { code, name: `Bench force ${code}` });
  await post(`/forces/${code}/plan-period`, { firstYear: '2016/17', lastYear: '2019/20' });
}

/**
 * Raw better-sqlite3 appending `appends` single-event appends round-robin over `streams` streams,
 * each with its exact expected revision (the streams already hold `from` events), `gapMs` apart
 * (0: back to back): the time in all, and each append's.
 */
async function rawAppends(
  file: string,
  streams: number,
  appends: number,
  from: number,
  gapMs = 0,
): Promise<{ ms: number; eachMs: number[] }> {
  const raw = await RawSqliteEvents.open(file);
  try {
    const revisions = Array.from({ length: streams }, (_, s) => Math.ceil((from - s) / streams) - 1);
    const eachMs: number[] = [];
    const began = now();
    for (let i = 0; i < appends; i++) {
      const s = i % streams;
      const start = now();
      revisions[s] = raw.append(`force-finance-raw${s}`, [itemEvent(i)], revisions[s]);
      eachMs.push(elapsedMs(start));
      if (gapMs > 0) await sleep(gapMs);
    }
    return { ms: elapsedMs(began), eachMs };
  } finally {
    raw.close();
  }
}

/** A BudgetItemAdded as the command runner wraps it. */
function itemEvent(n: number): EventToAppend {
  return {
    id: randomUUID(),
    type: 'BudgetItemAdded.v1',
    data: {
      itemId: randomUUID(),
      kind: 'cost_pressure',
      fromYear: '2017/18',
      amount: '1000',
      recurrence: 'recurring',
      description: `bench item ${n}`,
    },
    metadata: { actor: 'bench', recordedAt: new Date().toISOString(), correlationId: randomUUID(), causationId: null, schemaVersion: 1 },
  };
}

/** Acknowledged writes whose event is not in the store. */
async function lostWrites(store: EventStore, forces: string[], prefix: string, result: LoadResult): Promise<number> {
  const recorded = new Set<string>();
  for (const force of forces) {
    for (const e of await store.readStream(forceFinanceStreamId(force))) recorded.add(String(e.data.description));
  }
  return (result.acknowledged ?? []).filter((n) => !recorded.has(`bench item ${prefix} ${n}`)).length;
}

/**
 * One write at a time to a force whose finance stream already holds `events` events (items added,
 * then revised over and over, as the long history's forecast revisions are): the first write after
 * the stream was written by another runner (this process's runner has nothing of it: a full fold),
 * then warm writes over HTTP and through the command runner alone, and the same command path
 * folding the whole stream per write (as before the write-state cache) for comparison.
 */
async function longStreamWrites(
  app: INestApplication,
  port: number,
  rawFile: (name: string) => string,
  options: WriteLoadOptions['longStream'],
  log: (line: string) => void,
) {
  const code = 'long';
  await setUpForce(port, code);
  const store = app.get<EventStore>(EVENT_STORE);
  const stream = forceFinanceStreamId(code);
  const decider = forceFinanceDecider.for({ forceName: 'Bench force long' });
  log(`  writing a stream of ${options.events.toLocaleString('en-GB')} events for force ${code} ...`);
  const setup = new CommandRunner(store, systemClock, randomIds);
  const year = FinancialYear.parse('2017/18', 'year');
  const items = 400;
  let written = (await store.readStream(stream)).length;
  for (let batch = 0; written < options.events; batch++) {
    const commands: ForceFinanceCommand[] = [];
    for (let i = 0; i < Math.min(options.batch, options.events - written); i++) {
      const n = written + i;
      commands.push(
        n <= items
          ? {
              type: 'AddBudgetItem',
              itemId: `item-${n % items}`,
              kind: 'saving',
              fromYear: year,
              amount: Money.parse('1000', 'a'),
              recurrence: 'recurring',
              description: `saving ${n}`,
            }
          : { type: 'ReviseBudgetItem', itemId: `item-${n % items}`, amount: Money.parse(`${1000 + (n % 997)}`, 'a') },
      );
    }
    await setup.runAll(decider, stream, commands, SYSTEM);
    written += commands.length;
  }

  const post = async (n: number) => {
    const res = await fetch(`http://127.0.0.1:${port}/forces/${code}/budget-items`, {
      method: 'POST',
      headers: { ...AUTH, 'Content-Type': 'application/json' },
      body: ITEM_BODY.replace('{n}', `long ${n}`),
    });
    if (res.status !== 201) throw new Error(`a write to the long stream answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
    await res.arrayBuffer();
  };
  let n = 0;
  const coldStart = now();
  await post(n++);
  const coldMs = elapsedMs(coldStart);
  // From the load generator's thread, one connection, closed loop: the client's own work is not
  // counted on the service's thread (fetch in this process costs about as much as the write).
  const closedLoop = await loadInWorker({
    port,
    path: '',
    headers: AUTH,
    connections: 1,
    warmupMs: options.warmupMs,
    durationMs: options.durationMs,
    expectStatus: 201,
    post: { paths: [`/forces/${code}/budget-items`], body: ITEM_BODY.replace('{n}', 'long {n}') },
  });
  if (closedLoop.unexpected) throw new Error(`a write to the long stream answered ${closedLoop.unexpected}`);
  const http = latencyStats(closedLoop.latenciesMs);
  const runner = app.get(CommandRunner);
  const item = (i: number): ForceFinanceCommand => ({
    type: 'AddBudgetItem',
    itemId: `direct-${i}`,
    kind: 'growth',
    fromYear: year,
    amount: Money.parse('10', 'a'),
    recurrence: 'one_off',
    description: `direct ${i}`,
  });
  const direct = await measureLatency(() => runner.run(decider, stream, item(n++), SYSTEM), {
    warmup: options.warmup,
    iterations: options.iterations,
  });
  const refolding = new CommandRunner(store, systemClock, randomIds, { maxCachedStreams: 0 });
  const full = await measureLatency(() => refolding.run(decider, stream, item(n++), SYSTEM), { warmup: 1, iterations: 10 });
  const rawLatency = latencyStats((await rawAppends(rawFile('raw-latency.sqlite'), 1, options.iterations, 0)).eachMs);
  // One client writes one at a time, so the disk sees one fsync every few milliseconds, not back to
  // back: a paced fsync waits longer, and its slow tail is the floor under the HTTP write's p99.
  const gapMs = Math.max(1, Math.round(http.medianMs));
  const pacedRaw = latencyStats((await rawAppends(rawFile('raw-paced.sqlite'), 1, options.iterations, 0, gapMs)).eachMs);
  const load = currentLoad();
  const events = (await store.readStream(stream, { direction: 'backwards', maxCount: 1 }))[0].revision + 1n;
  const figure = compare(
    15,
    'writes-long-stream',
    `one write to a stream of ${options.events.toLocaleString('en-GB')} events (POST budget item, one client)`,
    {
      label: `POST /forces/long/budget-items over HTTP, one connection from the load generator's thread, closed loop, ${options.durationMs / 1000} s, warm`,
      measurement: { kind: 'latency', stats: http },
    },
    {
      label: 'the same command path folding the whole stream for each write (before the write-state cache)',
      measurement: { kind: 'latency', stats: full },
    },
    {
      aimUnderMs: 5,
      notes: [
        `the command runner alone (load, decide, append): median ${formatMs(direct.medianMs)}, p99 ${formatMs(direct.p99Ms)}`,
        `the floor: one raw better-sqlite3 append (1 event, IMMEDIATE, synchronous=FULL) takes median ${formatMs(rawLatency.medianMs)}, p99 ${formatMs(rawLatency.p99Ms)} back to back, and median ${formatMs(pacedRaw.medianMs)}, p99 ${formatMs(pacedRaw.p99Ms)} paced ${gapMs} ms apart as one client's writes are, in this run`,
        `first write after start (full fold of the stream): ${formatMs(coldMs)}; stream at ${events.toLocaleString('en-GB')} events at the end; load average (1 min) ${load}`,
      ],
    },
  );
  log(
    `    HTTP median ${formatMs(http.medianMs)}, p99 ${formatMs(http.p99Ms)}; runner alone p99 ${formatMs(direct.p99Ms)}; refolding p99 ${formatMs(full.p99Ms)}; cold ${formatMs(coldMs)}: ${formatRatio(figure)}`,
  );
  return {
    figure,
    data: {
      http,
      direct,
      refolding: full,
      rawAppend: rawLatency,
      pacedRawAppend: { gapMs, ...pacedRaw },
      coldMs,
      events: Number(events),
      load,
    },
  };
}
