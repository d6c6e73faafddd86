import Database from 'better-sqlite3';
import { SqliteEventStore } from '../../src/event-store/sqlite-event-store';
import { factsRunner } from '../../src/projections/facts-runner';
import type { ProjectionRunner } from '../../src/projections/projection-runner';
import { ProjectionStore } from '../../src/projections/projection-store';
import { StreamFactsProjection, type StreamFacts } from '../../src/projections/stream-facts.projection';
import { READ_SIDE } from '../../src/app/stream-folds';
import { STREAM_SNAPSHOT_EVERY } from '../../src/projections/stream-snapshots/stream-snapshots';
import { writeLargeStore, type LargeStore } from '../fixtures/large-store';
import type { StoreHistoryOptions } from '../fixtures/store-history';
import { elapsedMs, now } from '../support/timing';

export interface SnapshotSpacing {
  /** Whole-state snapshots (the runner writes none where streams are kept one by one). */
  count: number;
  positions: number[];
  /** The widest stretch of events between two snapshots (or from the start to the first). */
  largestGap: number;
  /** Whole-state snapshots and kept stream facts together. */
  totalBytes: number;
  /** Stream facts kept (stream-snapshots/): how many, and every how many of a stream's events. */
  streamFacts: { count: number; bytes: number; every: number };
}

export interface LargeReadSide {
  store: SqliteEventStore;
  /** The service's projection runner with its default options, caught up over the whole store. */
  runner: ProjectionRunner<StreamFacts>;
  projection: StreamFactsProjection;
  large: LargeStore;
  buildMs: number;
  catchUpMs: number;
  snapshots: SnapshotSpacing;
  close(): Promise<void>;
}

/**
 * A store of a long history (a million events) and the service's projection runner over it,
 * caught up from zero as a service started on that store would be – with the runner's own
 * snapshot policy, whose spacing is measured here, since "as at" answers start from them.
 */
export async function openLargeReadSide(
  history: StoreHistoryOptions,
  file: (name: string) => string,
  log: (line: string) => void,
): Promise<LargeReadSide> {
  const path = file('large-history.db');
  let start = now();
  const large = await writeLargeStore(path, history, log);
  const buildMs = elapsedMs(start);
  log(
    `    ${large.events.toLocaleString('en-GB')} events over ${large.streams} streams and ${large.rounds} rounds, ${(large.bytes / 2 ** 20).toFixed(0)} MiB, in ${(buildMs / 1000).toFixed(1)} s`,
  );

  const store = new SqliteEventStore(path);
  const projectionsPath = file('large-projections.db');
  const projections = new ProjectionStore(projectionsPath);
  // The service's runner, as the projections module makes it.
  const runner = factsRunner(store, projections, READ_SIDE);
  const projection = runner.projection as StreamFactsProjection;
  log("  catching the projections up from zero (the service's runner and snapshot policy) ...");
  start = now();
  runner.start();
  await runner.catchUp();
  const catchUpMs = elapsedMs(start);
  const kept = projections.streamSnapshots.stats(projection.name, projection.version);
  const snapshots = snapshotSpacing(projectionsPath, projection.name, {
    count: kept.rows,
    bytes: kept.bytes,
    every: STREAM_SNAPSHOT_EVERY,
  });
  log(
    `    caught up in ${(catchUpMs / 1000).toFixed(1)} s; ${snapshots.count} whole-state snapshots, ${kept.rows.toLocaleString('en-GB')} kept stream facts; ${(snapshots.totalBytes / 2 ** 20).toFixed(0)} MiB in all`,
  );
  return {
    store,
    runner,
    projection,
    large,
    buildMs,
    catchUpMs,
    snapshots,
    close: async () => {
      await runner.stop();
      projections.close();
      await store.close();
    },
  };
}

function snapshotSpacing(path: string, name: string, streamFacts: SnapshotSpacing['streamFacts']): SnapshotSpacing {
  const db = new Database(path, { readonly: true });
  try {
    const rows = db
      .prepare('SELECT position, octet_length(state) AS bytes FROM projection_snapshots WHERE name = ? ORDER BY position')
      .all(name) as Array<{ position: number; bytes: number }>;
    let previous = 0;
    let largestGap = 0;
    for (const row of rows) {
      largestGap = Math.max(largestGap, row.position - previous);
      previous = row.position;
    }
    const wholeState = rows.reduce((n, r) => n + r.bytes, 0);
    return {
      count: rows.length,
      positions: rows.map((r) => r.position),
      largestGap,
      totalBytes: wholeState + streamFacts.bytes,
      streamFacts,
    };
  } finally {
    db.close();
  }
}
