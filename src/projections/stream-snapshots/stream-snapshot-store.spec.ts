import Database from 'better-sqlite3';
import { isAscii } from 'node:buffer';
import { deflateRawSync } from 'node:zlib';
import { StreamSnapshotStore, unpackFacts } from './stream-snapshot-store';

const FACTS = { description: 'Overtime controls – £1.5m', owner: 'Zoë', note: 'emoji 🚓 and a lone \ud800 surrogate', plain: 'ascii' };
const row = (position: bigint) => ({ streamId: 'force-finance-herts', position, revision: position, keys: Object.keys(FACTS) });

describe('kept stream facts in the projection store', () => {
  let db: Database.Database;
  let store: StreamSnapshotStore;

  beforeEach(() => {
    db = new Database(':memory:');
    store = new StreamSnapshotStore(db);
  });
  afterEach(() => db.close());

  const packed = (position: bigint): Buffer =>
    db.prepare('SELECT facts FROM projection_stream_snapshots WHERE position = ?').pluck().get(position) as Buffer;

  it('are kept as ASCII, each character beyond it as its JSON escape, and read back as the same facts', () => {
    store.save('stream-facts', 1, row(1n), JSON.stringify(FACTS));

    const text = unpackFacts(packed(1n));
    expect(isAscii(Buffer.from(text, 'utf8'))).toBe(true);
    expect(text).toContain('Overtime controls \\u2013 \\u00a31.5m');
    expect(JSON.parse(store.facts('stream-facts', 1, 'force-finance-herts', 1n))).toEqual(FACTS);
  });

  it('written as UTF-8 before they were kept as ASCII, still read back as they were written', () => {
    const json = JSON.stringify(FACTS);
    db.prepare(
      'INSERT INTO projection_stream_snapshots (name, version, stream_id, position, revision, keys, facts) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ).run('stream-facts', 1, 'force-finance-herts', 2, 2, null, deflateRawSync(Buffer.from(json, 'utf8'), { level: 1 }));

    expect(store.facts('stream-facts', 1, 'force-finance-herts', 2n)).toBe(json);
  });
});
