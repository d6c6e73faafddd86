import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { STATE_IN_PARTS } from '../../projections/projection-store';
import { unpackFacts } from '../../projections/stream-snapshots/stream-snapshot-store';

/** Where the stored projection stands: its checkpoint and its snapshots (positions only; a state is read when it is compared). */
export interface StoredProjections {
  /** Why there is nothing to compare, when there is nothing. */
  absent: string | null;
  positions: { kind: 'checkpoint' | 'snapshot'; position: bigint }[];
  stateAt(kind: 'checkpoint' | 'snapshot', position: bigint): string;
  /** Each stream's kept facts (stream-snapshots/), by position, in position order; the JSON is read when compared. */
  streamFacts: { streamId: string; position: bigint }[];
  streamFactsAt(streamId: string, position: bigint): string;
  close(): void;
}

/** Opens the projection store read-only (a running service may be writing it); nothing is created. */
export function readStoredProjections(path: string, name: string, version: number): StoredProjections {
  const none = (absent: string): StoredProjections => ({
    absent,
    positions: [],
    stateAt: () => '',
    streamFacts: [],
    streamFactsAt: () => '',
    close: () => undefined,
  });
  if (!existsSync(path)) return none(`there is no projection store at ${path} (the service builds one on start)`);
  const db = new Database(path, { readonly: true, fileMustExist: true });
  const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'projection_checkpoints'").get();
  if (!hasTable) {
    db.close();
    return none(`the projection store at ${path} holds no projection yet`);
  }
  const checkpoint = db
    .prepare('SELECT position, version, state FROM projection_checkpoints WHERE name = ?')
    .safeIntegers(true)
    .get(name) as { position: bigint; version: bigint; state: string } | undefined;
  if (checkpoint && Number(checkpoint.version) !== version) {
    db.close();
    return none(`the stored ${name} projection is of version ${checkpoint.version}, not ${version}: the service rebuilds it on start`);
  }
  const snapshots = db
    .prepare('SELECT position FROM projection_snapshots WHERE name = ? AND version = ? ORDER BY position')
    .pluck()
    .safeIntegers(true)
    .all(name, version) as bigint[];
  const positions = [
    ...snapshots.map((position) => ({ kind: 'snapshot' as const, position })),
    // A checkpoint kept as its position alone has no state of its own: the kept stream facts are compared instead.
    ...(checkpoint && checkpoint.state !== STATE_IN_PARTS ? [{ kind: 'checkpoint' as const, position: checkpoint.position }] : []),
  ];
  const hasStreamFacts = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'projection_stream_snapshots'").get();
  const streamFacts = hasStreamFacts
    ? (db
        .prepare('SELECT stream_id AS streamId, position FROM projection_stream_snapshots WHERE name = ? AND version = ? ORDER BY position')
        .safeIntegers(true)
        .all(name, version) as { streamId: string; position: bigint }[])
    : [];
  const streamFactsState = hasStreamFacts
    ? db.prepare('SELECT facts FROM projection_stream_snapshots WHERE name = ? AND version = ? AND stream_id = ? AND position = ?').pluck()
    : null;
  const checkpointState = db.prepare('SELECT state FROM projection_checkpoints WHERE name = ? AND version = ?').pluck();
  const snapshotState = db.prepare('SELECT state FROM projection_snapshots WHERE name = ? AND version = ? AND position = ?').pluck();
  return {
    absent: positions.length === 0 && streamFacts.length === 0 ? `the projection store at ${path} holds no ${name} checkpoint yet` : null,
    positions,
    stateAt: (kind, position) => {
      // An empty checkpoint was written with the snapshot at its position and points at it (projection-store.ts).
      const own = kind === 'checkpoint' ? (checkpointState.get(name, version) as string) : '';
      return own !== '' ? own : (snapshotState.get(name, version, position) as string);
    },
    streamFacts,
    streamFactsAt: (streamId, position) => {
      const packed = streamFactsState?.get(name, version, streamId, position) as Buffer | undefined;
      return packed ? unpackFacts(packed) : '';
    },
    close: () => db.close(),
  };
}
