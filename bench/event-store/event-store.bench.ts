import type { EventToAppend } from '../../src/event-store/event-store.port';
import { SqliteEventStore } from '../../src/event-store/sqlite-event-store';
import { toDomainEvent } from '../../src/event-sourcing/recorded-event';
import { StreamFactsProjection, type StreamFacts } from '../../src/projections/stream-facts.projection';
import { FOLDS_VERSION, STREAM_FOLDS } from '../../src/app/stream-folds';
import { payloadSizes, type PlannedAppend, type StoreHistory } from '../fixtures/store-history';
import { compare, type Figure } from '../support/report';
import { elapsedMs, medianOf, now, settle } from '../support/timing';
import { RawSqliteEvents } from './raw-sqlite-events';

/**
 * Issue 2: the SQLite adapter against raw better-sqlite3 doing the same work on the same kind
 * of file, measured in alternating rounds (adapter first in even rounds, raw first in odd ones)
 * so drift in the machine's speed hits both; each figure is the median of the rounds.
 */
export interface EventStoreBenchOptions {
  rounds: number;
  singleAppendsPerRound: number;
  batchAppendsPerRound: number;
  batchSize: number;
  warmupAppends: number;
  /** Rows per readAll page when replaying (the catch-up subscription's page size). */
  replayPage: number;
}

interface Workload {
  warmup: PlannedAppend[];
  rounds: PlannedAppend[][];
}

export async function eventStoreBenchmarks(
  history: StoreHistory,
  file: (name: string) => string,
  options: EventStoreBenchOptions,
  log: (line: string) => void,
): Promise<{ figures: Figure[]; data: Record<string, unknown> }> {
  const inOrder = history.appends.flatMap((a) => a.events.map((event) => ({ streamId: a.streamId, event })));

  // One event per append, in the order the service recorded them.
  const singles = inOrder
    .slice(0, options.warmupAppends + options.rounds * options.singleAppendsPerRound)
    .map((x) => ({ streamId: x.streamId, events: [x.event] }));
  const singleWorkload = split(singles, options.warmupAppends, options.singleAppendsPerRound);

  // Batches of `batchSize` consecutive events of one stream, streams taking turns.
  const batches = batchesOf(inOrder, options.batchSize).slice(0, options.warmupAppends + options.rounds * options.batchAppendsPerRound);
  if (batches.length < options.warmupAppends + options.rounds * options.batchAppendsPerRound)
    throw new Error('The history is too small for the batch workload');
  const batchWorkload = split(batches, options.warmupAppends, options.batchAppendsPerRound);

  const sizes = payloadSizes([...singles, ...batches].flatMap((a) => a.events));
  log(`  events: ${sizes.meanBytes} bytes of JSON on average (data + metadata; ${sizes.minBytes}–${sizes.maxBytes})`);

  log('  appending one event per append ...');
  const single = await appendRounds(singleWorkload, file('append-single-adapter.db'), file('append-single-raw.db'));
  log('  appending batches ...');
  const batch = await appendRounds(batchWorkload, file('append-batch-adapter.db'), file('append-batch-raw.db'));

  log('  replaying ...');
  const replay = await replayRounds(file('append-batch-adapter.db'), options.rounds, options.replayPage);

  const roundsNote = (what: string) =>
    `${options.rounds} alternating rounds of ${what} after ${options.warmupAppends} warm-up appends; median round shown`;
  const figures = [
    compare(
      2,
      'append-single',
      'Append throughput, one event per append (SqliteEventStore.appendToStream)',
      { label: 'SqliteEventStore.appendToStream, 1 event, exact expected revision', measurement: single.adapter },
      { label: 'raw better-sqlite3: same schema and pragmas, IMMEDIATE tx, same revision check + INSERT', measurement: single.raw },
      {
        aimAtLeast: 0.5,
        notes: [
          roundsNote(`${options.singleAppendsPerRound} appends`),
          'WAL + synchronous=FULL: every append waits for fsync, so both sides are mostly disk-bound',
        ],
      },
    ),
    compare(
      2,
      'append-batch',
      `Append throughput, batches of ${options.batchSize} events per append`,
      { label: `SqliteEventStore.appendToStream, ${options.batchSize} events per call`, measurement: batch.adapter },
      { label: `raw better-sqlite3, ${options.batchSize} INSERTs in one IMMEDIATE tx`, measurement: batch.raw },
      { aimAtLeast: 0.5, notes: [roundsNote(`${options.batchAppendsPerRound} appends`)] },
    ),
    compare(
      2,
      'replay-fold',
      'Replay throughput: readAll in pages + toDomainEvent + StreamFactsProjection.apply (the real folds)',
      { label: `SqliteEventStore.readAll pages of ${options.replayPage} → toDomainEvent → StreamFacts fold`, measurement: replay.fold },
      {
        label: `raw better-sqlite3 reading the same rows (same query, pages of ${options.replayPage}) + JSON.parse of data and metadata`,
        measurement: replay.raw,
      },
      {
        aimAtLeast: 0.6,
        notes: [
          `${replay.events.toLocaleString('en-GB')} events over ${replay.streams} streams, folded by each stream's own decider evolve; ${options.rounds} alternating rounds`,
          `per event: raw read + parse ${micros(replay.raw.perSecond)} µs; the store's readAll ${micros(replay.read.perSecond)} µs; toDomainEvent + fold ${(Number(micros(replay.fold.perSecond)) - Number(micros(replay.read.perSecond))).toFixed(1)} µs more`,
        ],
      },
    ),
    compare(
      2,
      'replay-read',
      'Replay throughput, reading only: readAll in pages (rows to RecordedEvent, JSON parsed)',
      { label: `SqliteEventStore.readAll pages of ${options.replayPage}`, measurement: replay.read },
      { label: 'raw better-sqlite3 + JSON.parse (as above)', measurement: replay.raw },
      { notes: ['the adapter alone, without the fold: shows how much of the replay figure is the store and how much the fold'] },
    ),
  ];
  return {
    figures,
    data: {
      appendEvents: { meanBytes: sizes.meanBytes, minBytes: sizes.minBytes, maxBytes: sizes.maxBytes },
      replayEvents: replay.events,
      replayStreams: replay.streams,
    },
  };
}

function micros(perSecond: number): string {
  return (1e6 / perSecond).toFixed(1);
}

function split(appends: PlannedAppend[], warmup: number, perRound: number): Workload {
  const rounds: PlannedAppend[][] = [];
  for (let at = warmup; at < appends.length; at += perRound) rounds.push(appends.slice(at, at + perRound));
  return { warmup: appends.slice(0, warmup), rounds };
}

function batchesOf(inOrder: { streamId: string; event: EventToAppend }[], size: number): PlannedAppend[] {
  const byStream = new Map<string, EventToAppend[]>();
  for (const { streamId, event } of inOrder) {
    const list = byStream.get(streamId) ?? [];
    list.push(event);
    byStream.set(streamId, list);
  }
  const chunks = [...byStream].map(([streamId, events]) => {
    const list: PlannedAppend[] = [];
    for (let at = 0; at + size <= events.length; at += size) list.push({ streamId, events: events.slice(at, at + size) });
    return list;
  });
  const out: PlannedAppend[] = [];
  for (let i = 0; chunks.some((c) => i < c.length); i++) for (const c of chunks) if (i < c.length) out.push(c[i]);
  return out;
}

async function appendRounds(workload: Workload, adapterPath: string, rawPath: string) {
  const adapter = new SqliteEventStore(adapterPath);
  const raw = await RawSqliteEvents.open(rawPath);
  const adapterRevisions = new Map<string, bigint>();
  const rawRevisions = new Map<string, number>();

  const viaAdapter = async (appends: PlannedAppend[]) => {
    for (const a of appends) {
      const result = await adapter.appendToStream(a.streamId, a.events, adapterRevisions.get(a.streamId) ?? 'no_stream');
      adapterRevisions.set(a.streamId, result.nextExpectedRevision);
    }
  };
  const viaRaw = (appends: PlannedAppend[]) => {
    for (const a of appends) rawRevisions.set(a.streamId, raw.append(a.streamId, a.events, rawRevisions.get(a.streamId) ?? -1));
  };

  await viaAdapter(workload.warmup);
  viaRaw(workload.warmup);
  const adapterRates: number[] = [];
  const rawRates: number[] = [];
  let events = 0;
  for (const [r, round] of workload.rounds.entries()) {
    const count = round.reduce((n, a) => n + a.events.length, 0);
    events += count;
    const timeAdapter = async () => {
      await settle();
      const start = now();
      await viaAdapter(round);
      adapterRates.push(count / (elapsedMs(start) / 1000));
    };
    const timeRaw = async () => {
      await settle();
      const start = now();
      viaRaw(round);
      rawRates.push(count / (elapsedMs(start) / 1000));
    };
    if (r % 2 === 0) {
      await timeAdapter();
      await timeRaw();
    } else {
      await timeRaw();
      await timeAdapter();
    }
  }
  await adapter.close();
  raw.close();
  const throughput = (rates: number[]) => ({
    kind: 'throughput' as const,
    perSecond: medianOf(rates),
    unit: 'events/s',
    count: events,
    rounds: rates,
  });
  return { adapter: throughput(adapterRates), raw: throughput(rawRates) };
}

async function replayRounds(path: string, rounds: number, page: number) {
  const store = new SqliteEventStore(path);
  const raw = await RawSqliteEvents.open(path);
  const projection = new StreamFactsProjection(STREAM_FOLDS, FOLDS_VERSION);
  let events = 0;
  let streams = 0;

  const fold = async () => {
    let state: StreamFacts = projection.initialState();
    let after: bigint | undefined;
    let count = 0;
    for (;;) {
      const rows = await store.readAll({ after, maxCount: page });
      for (const recorded of rows) {
        const { event, ref } = toDomainEvent(recorded);
        state = projection.apply(state, event, ref);
        after = recorded.position;
      }
      count += rows.length;
      if (rows.length < page) break;
    }
    streams = Object.keys(state.streams).length;
    return count;
  };
  const read = async () => {
    let after: bigint | undefined;
    let count = 0;
    for (;;) {
      const rows = await store.readAll({ after, maxCount: page });
      for (const recorded of rows) after = recorded.position;
      count += rows.length;
      if (rows.length < page) return count;
    }
  };
  const rawRead = async () => {
    let types = 0;
    const count = raw.readAll(page, (e) => {
      if (e.type.length > 0) types++;
    });
    if (types !== count) throw new Error('raw replay lost rows');
    return count;
  };

  const contenders = { fold, read, raw: rawRead };
  const rates: Record<keyof typeof contenders, number[]> = { fold: [], read: [], raw: [] };
  const names = Object.keys(contenders) as (keyof typeof contenders)[];
  for (const name of names) await contenders[name](); // warm-up pass each
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 === 0 ? names : [...names].reverse();
    for (const name of order) {
      await settle();
      const start = now();
      const count = await contenders[name]();
      rates[name].push(count / (elapsedMs(start) / 1000));
      events = count;
    }
  }
  await store.close();
  raw.close();
  const throughput = (list: number[]) => ({
    kind: 'throughput' as const,
    perSecond: medianOf(list),
    unit: 'events/s',
    count: events,
    rounds: list,
  });
  return { fold: throughput(rates.fold), read: throughput(rates.read), raw: throughput(rates.raw), events, streams };
}
