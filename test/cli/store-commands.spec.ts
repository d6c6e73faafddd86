import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { unpackFacts } from '../../src/projections/stream-snapshots/stream-snapshot-store';
import { acquireStoreLock } from '../../src/event-store/store-lock';
import { SqliteEventStore } from '../../src/event-store/sqlite-event-store';
import { cfm } from './cli-harness';
import { copyOfStore, eventRows, storeWrittenByTheService, tamper } from './store-fixture';

describe('cfm on the SQLite store: rebuild-projections, verify, backup, restore', () => {
  let dir: string;
  const folders: string[] = [];
  const folder = (d: string) => (folders.push(d), d);
  beforeAll(async () => {
    dir = folder(await storeWrittenByTheService());
  });
  afterAll(() => {
    for (const d of folders) rmSync(d, { recursive: true, force: true });
  });

  it('verify passes a store the service wrote, comparing its stored projection with a rebuild', async () => {
    const run = await cfm(['verify', '--data-dir', dir]);
    expect(run).toMatchObject({ code: 0, err: '' });
    expect(run.out).toMatch(
      /^OK: \d+ events in 3 streams, every stream gap-free, every event parses and folds; [1-9]\d* stored projection state\(s\) equal a rebuild/,
    );
  });

  it('rebuild-projections folds every event again, reporting progress up to the head, and the result verifies', async () => {
    const copy = folder(copyOfStore(dir));
    rmSync(join(copy, 'projections.db'));
    const run = await cfm(['rebuild-projections', '--data-dir', copy]);
    expect(run).toMatchObject({ code: 0, err: '' });
    const head = eventRows(join(copy, 'events.db')).length;
    expect(run.progress[0]).toMatchObject({ label: 'Rebuilding projections', total: head });
    expect(run.progress[run.progress.length - 1]).toMatchObject({ done: head });
    const verify = await cfm(['verify', '--data-dir', copy]);
    expect(verify.code).toBe(0);
    expect(verify.out).toMatch(/stored projection state\(s\) equal a rebuild/);
  });

  it('verify catches an event edited in place: the stored projection no longer equals a rebuild', async () => {
    const copy = folder(copyOfStore(dir));
    // The plan period is the finance stream's first event, in the facts the service kept at it.
    tamper(
      copy,
      "UPDATE events SET data = replace(data, ?, ?) WHERE type = 'PlanPeriodSet.v1'",
      '"lastYear":"2019/20"',
      '"lastYear":"2020/21"',
    );
    const run = await cfm(['verify', '--data-dir', copy]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/^FAILED: /);
    expect(run.err).toMatch(/kept stream facts at position \d+: force-finance-herts: kept facts differ from a rebuild/);
    expect(run.err).toMatch(/The store did not verify\./);
  });

  it("verify compares each stream's kept facts with a rebuild, and catches kept facts edited in place", async () => {
    const copy = folder(copyOfStore(dir));
    const db = new Database(join(copy, 'projections.db'));
    const kept = db
      .prepare("SELECT position, facts FROM projection_stream_snapshots WHERE stream_id = 'force-finance-herts'")
      .all() as Array<{ position: number; facts: Buffer }>;
    expect(kept.length).toBeGreaterThan(0); // the service keeps each stream's facts at its first event at least
    const edited = unpackFacts(kept[0].facts).replace('null', '"edited"');
    db.prepare("UPDATE projection_stream_snapshots SET facts = ? WHERE stream_id = 'force-finance-herts' AND position = ?").run(
      deflateRawSync(Buffer.from(edited)),
      kept[0].position,
    );
    db.close();
    const run = await cfm(['verify', '--data-dir', copy]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/kept stream facts at position \d+: force-finance-herts: kept facts differ from a rebuild/);
  });

  it('verify catches an event that does not parse, and a stream with a gap', async () => {
    const broken = folder(copyOfStore(dir));
    tamper(broken, "UPDATE events SET data = '{\"year\": \"2016/17\", ' WHERE type = 'TaxBaseRecorded.v1' AND data LIKE '%2017/18%'");
    const parse = await cfm(['verify', '--data-dir', broken]);
    expect(parse.code).toBe(1);
    expect(parse.err).toMatch(
      /event at position \d+ \(TaxBaseRecorded\.v1, stream force-finance-herts, revision \d+\): its data does not parse/,
    );

    const gap = folder(copyOfStore(dir));
    tamper(gap, "DELETE FROM events WHERE stream_id = 'force-finance-herts' AND revision = 2");
    const run = await cfm(['verify', '--data-dir', gap]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/stream force-finance-herts has a gap: revision 3 at position \d+ follows 1 \(revision\(s\) 2 to 2 missing\)/);
  });

  it('backup of a store under concurrent writes restores to an identical, verify-clean store', async () => {
    const live = folder(copyOfStore(dir));
    const store = new SqliteEventStore(join(live, 'events.db'), { lock: acquireStoreLock(join(live, 'events.db')) });
    // Enough events that the backup takes many steps, between which the writer appends.
    for (let i = 0; i < 20; i++) await store.appendToStream(`force-bulk${i}`, events(i, 100), 'no_stream');
    let writing = true;
    let written = 0;
    const writer = (async () => {
      for (let i = 0; writing; i++) {
        await store.appendToStream(`force-live${i}`, events(i, 3), 'no_stream');
        written += 1;
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const file = join(folder(mkdtempSync(join(tmpdir(), 'cfm-backup-'))), 'events-backup.db');
    const backup = await cfm(['backup', file, '--data-dir', live]);
    const writtenDuringBackup = written;
    writing = false;
    await writer;
    expect(backup).toMatchObject({ code: 0, err: '' });
    expect(backup.out).toMatch(/^Backed up \d+ events \(up to position \d+\)/);
    expect(backup.progress.length).toBeGreaterThan(2);
    expect(writtenDuringBackup).toBeGreaterThan(0);

    // The copy is one moment of the live store: every event up to its head, identical, and nothing else.
    const copied = eventRows(file) as { position: bigint }[];
    const head = copied[copied.length - 1].position;
    expect(copied).toEqual(eventRows(join(live, 'events.db'), head));
    await store.close();

    const restored = folder(mkdtempSync(join(tmpdir(), 'cfm-restored-')));
    const restore = await cfm(['restore', file, '--data-dir', restored]);
    expect(restore).toMatchObject({ code: 0, err: '' });
    expect(eventRows(join(restored, 'events.db'))).toEqual(copied);
    expect((await cfm(['rebuild-projections', '--data-dir', restored])).code).toBe(0);
    const verify = await cfm(['verify', '--data-dir', restored]);
    expect(verify.code).toBe(0);
    expect(verify.out).toMatch(/^OK: /);
  });

  it('restore refuses a store a running service holds, and a store with events unless --force (moving it aside)', async () => {
    const file = join(folder(mkdtempSync(join(tmpdir(), 'cfm-backup-'))), 'b.db');
    expect((await cfm(['backup', file, '--data-dir', dir])).code).toBe(0);
    const again = await cfm(['backup', file, '--data-dir', dir]);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/exists; choose another file or add --force/);

    const target = folder(copyOfStore(dir));
    const service = acquireStoreLock(join(target, 'events.db')); // as a running service holds it
    const refused = await cfm(['restore', file, '--data-dir', target, '--force']);
    service.release();
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/^Refusing to restore over .*events\.db: The event store .* is already in use by process \d+/);

    const withoutForce = await cfm(['restore', file, '--data-dir', target]);
    expect(withoutForce.code).toBe(1);
    expect(withoutForce.err).toMatch(/holds \d+ events; add --force to replace it/);
    const forced = await cfm(['restore', file, '--data-dir', target, '--force']);
    expect(forced.code).toBe(0);
    expect(forced.out).toMatch(/the store it replaced is kept as .*events\.db\.before-restore-/);
    expect(existsSync(join(target, 'projections.db'))).toBe(false);
  });
});

function events(seed: number, count: number) {
  return Array.from({ length: count }, (_, i) => ({
    id: randomUUID(),
    type: 'ForceRegistered.v1',
    data: { code: `f${seed}x${i}`, name: `Force ${seed} ${i} ${'x'.repeat(300)}` },
    metadata: { recordedAt: new Date().toISOString(), actor: 'test', correlationId: 'c', causationId: null, schemaVersion: 1 },
  }));
}
