import type Database from 'better-sqlite3';
import { isAscii } from 'node:buffer';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { asciiJson } from '../ascii-json';

/** Where a stream's stored facts stand: after its event at `position`, its `revision`-th. */
export interface StreamSnapshotRow {
  streamId: string;
  position: bigint;
  revision: bigint;
  /** The facts' top-level keys (null when the facts are not an object). */
  keys: string[] | null;
}

/**
 * One stream's folded facts at a point in its history, in the projection store's file: what
 * "as at" answers start from. A whole-state snapshot holds every stream, tens of megabytes on a
 * long history, so keeping one every few thousand events took 1.3 GB for a million; a stream's
 * facts are kept only every so many of its own events, and an answer reads only the streams it
 * asks for.
 */
export class StreamSnapshotStore {
  private readonly s;

  constructor(private readonly db: Database.Database) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS projection_stream_snapshots (
        name TEXT NOT NULL, version INTEGER NOT NULL, stream_id TEXT NOT NULL, position INTEGER NOT NULL,
        revision INTEGER NOT NULL, keys TEXT, facts BLOB NOT NULL,
        PRIMARY KEY (name, version, stream_id, position));
      CREATE TABLE IF NOT EXISTS projection_stream_snapshot_coverage (
        name TEXT NOT NULL, version INTEGER NOT NULL, PRIMARY KEY (name, version));`);
    this.s = {
      save: db.prepare(
        'INSERT OR REPLACE INTO projection_stream_snapshots (name, version, stream_id, position, revision, keys, facts) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ),
      // In the order of the streams' first events (each stream is kept at its first event), as
      // the projection itself adds them: readers that list streams list them in that order.
      latestAtOrBefore: db
        .prepare(
          `SELECT s.stream_id, s.position, s.revision, s.keys FROM projection_stream_snapshots s
           JOIN (SELECT stream_id, MIN(position) AS first, MAX(position) AS last FROM projection_stream_snapshots
                 WHERE name = @name AND version = @version AND position <= @position GROUP BY stream_id) f
             ON s.stream_id = f.stream_id AND s.position = f.last
           WHERE s.name = @name AND s.version = @version ORDER BY f.first`,
        )
        .safeIntegers(true),
      lastRevisions: db
        .prepare(
          'SELECT stream_id, MAX(revision) AS revision FROM projection_stream_snapshots WHERE name = ? AND version = ? GROUP BY stream_id',
        )
        .safeIntegers(true),
      facts: db
        .prepare('SELECT facts FROM projection_stream_snapshots WHERE name = ? AND version = ? AND stream_id = ? AND position = ?')
        .pluck(),
      stats: db.prepare(
        'SELECT COUNT(*) AS rows, COALESCE(SUM(LENGTH(facts) + COALESCE(LENGTH(keys), 0)), 0) AS bytes FROM projection_stream_snapshots WHERE name = ? AND version = ?',
      ),
      covered: db.prepare('SELECT 1 FROM projection_stream_snapshot_coverage WHERE name = ? AND version = ?').pluck(),
      cover: db.prepare('INSERT OR IGNORE INTO projection_stream_snapshot_coverage (name, version) VALUES (?, ?)'),
      clear: db.prepare('DELETE FROM projection_stream_snapshots WHERE name = ?'),
      uncover: db.prepare('DELETE FROM projection_stream_snapshot_coverage WHERE name = ?'),
      clearOtherVersions: db.prepare('DELETE FROM projection_stream_snapshots WHERE name = ? AND version <> ?'),
      uncoverOtherVersions: db.prepare('DELETE FROM projection_stream_snapshot_coverage WHERE name = ? AND version <> ?'),
    };
  }

  save(name: string, version: number, row: StreamSnapshotRow, factsJson: string): void {
    const keys = row.keys ? JSON.stringify(row.keys) : null;
    this.s.save.run(name, version, row.streamId, row.position, row.revision, keys, packFacts(factsJson));
  }

  /** For every stream with stored facts at or before `position`, the latest of them. */
  latestAtOrBefore(name: string, version: number, position: bigint): StreamSnapshotRow[] {
    const rows = this.s.latestAtOrBefore.all({ name, version, position }) as Array<{
      stream_id: string;
      position: bigint;
      revision: bigint;
      keys: string | null;
    }>;
    return rows.map((r) => ({
      streamId: r.stream_id,
      position: r.position,
      revision: r.revision,
      keys: r.keys === null ? null : (JSON.parse(r.keys) as string[]),
    }));
  }

  /** The revision of each stream's latest stored facts. */
  lastRevisions(name: string, version: number): Map<string, bigint> {
    const rows = this.s.lastRevisions.all(name, version) as Array<{ stream_id: string; revision: bigint }>;
    return new Map(rows.map((r) => [r.stream_id, r.revision]));
  }

  facts(name: string, version: number, streamId: string, position: bigint): string {
    const packed = this.s.facts.get(name, version, streamId, position) as Buffer | undefined;
    if (packed === undefined) throw new Error(`No stored facts of ${streamId} at position ${position}`);
    return unpackFacts(packed);
  }

  /** How many stream facts are kept and the bytes they take (compressed). */
  stats(name: string, version: number): { rows: number; bytes: number } {
    return this.s.stats.get(name, version) as { rows: number; bytes: number };
  }

  /** Whether every stream's facts have been kept since the projection's first event (they were written from zero). */
  covered(name: string, version: number): boolean {
    return this.s.covered.get(name, version) !== undefined;
  }

  markCovered(name: string, version: number): void {
    this.s.cover.run(name, version);
  }

  /** The streams are no longer all kept from the first event: the next start folds from zero. */
  uncover(name: string): void {
    this.s.uncover.run(name);
  }

  reset(name: string): void {
    this.db.transaction(() => {
      this.s.clear.run(name);
      this.s.uncover.run(name);
    })();
  }

  discardOtherVersions(name: string, version: number): void {
    this.s.clearOtherVersions.run(name, version);
    this.s.uncoverOtherVersions.run(name, version);
  }
}

/**
 * Kept facts are deflated (level 1, the fastest): a stream's facts are JSON full of repeated
 * keys and event ids, about a quarter of their size deflated, and inflating the few streams an
 * answer reads takes a few milliseconds. Uncompressed, a million events kept 322 MiB.
 *
 * They are kept as ASCII (ascii-json.ts): reading back the three forces' facts an answer on
 * the million-event history reads took 24.5 ms against 36 ms kept as UTF-8.
 */
function packFacts(json: string): Buffer {
  return deflateRawSync(Buffer.from(asciiJson(json), 'latin1'), { level: 1 });
}

/** The JSON of facts as save() packed them (for readers of the file, such as cfm verify). */
export function unpackFacts(packed: Buffer): string {
  // Larger pieces than zlib's 16 KiB: facts unpack to megabytes, and each piece is another copy.
  const text = inflateRawSync(packed, { chunkSize: 256 * 1024 });
  // Facts kept before they were kept as ASCII may hold UTF-8.
  return text.toString(isAscii(text) ? 'latin1' : 'utf8');
}
