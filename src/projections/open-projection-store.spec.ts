import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openProjectionStore, type MovedAside } from './open-projection-store';
import { ProjectionStore } from './projection-store';

/** A projection store that cannot be read is moved aside and replaced by an empty one; it never stops the service. */
describe('openProjectionStore', () => {
  let dir: string;
  let path: string;
  const moved: MovedAside[] = [];
  const at = () => new Date('2026-11-30T10:11:12.345Z');

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cfm-projections-'));
    path = join(dir, 'projections.db');
    moved.length = 0;
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function filled(): void {
    const store = new ProjectionStore(path);
    const state = JSON.stringify({ text: 'x'.repeat(200_000) }); // many pages, so damage lands inside the tree
    for (let i = 1; i <= 20; i++)
      store.saveSnapshot('facts', 1, { position: BigInt(i), recordedAt: '2016-04-01T00:00:00.000Z', stateJson: state });
    store.saveCheckpoint('facts', 1, { position: 20n, recordedAt: '2016-04-01T00:00:00.000Z', stateJson: '{}' });
    store.close();
  }

  /** Random bytes over a few pages in the middle of the file, as `dd` did. */
  function damage(): void {
    const fd = openSync(path, 'r+');
    const size = statSync(path).size;
    for (const offset of [4096, Math.floor(size / 3 / 4096) * 4096, Math.floor(size / 2 / 4096) * 4096])
      writeSync(fd, randomBytes(4096 * 3), 0, 4096 * 3, offset);
    closeSync(fd);
  }

  it('opens a sound store as it is', () => {
    filled();
    const store = openProjectionStore(path, (m) => moved.push(m), at);
    expect(store.loadCheckpoint('facts', 1)?.position).toBe(20n);
    store.close();
    expect(moved).toEqual([]);
  });

  it('moves a damaged store aside and opens an empty one', () => {
    filled();
    damage();
    const store = openProjectionStore(path, (m) => moved.push(m), at);
    expect(store.loadCheckpoint('facts', 1)).toBeNull();
    store.saveCheckpoint('facts', 1, { position: 1n, recordedAt: '2016-04-01T00:00:00.000Z', stateJson: '{}' });
    store.close();

    const aside = `${path}.corrupt-2026-11-30T10-11-12-345Z`;
    expect(moved).toEqual([{ path, movedTo: aside, reason: expect.stringMatching(/^[^\n]+$/) }]); // one line for the log
    expect(existsSync(aside)).toBe(true);
  });

  it('moves aside a file that is not a database at all', () => {
    writeFileSync(path, randomBytes(20_000));
    const store = openProjectionStore(path, (m) => moved.push(m), at);
    expect(store.loadCheckpoint('facts', 1)).toBeNull();
    store.close();
    expect(moved).toEqual([{ path, movedTo: `${path}.corrupt-2026-11-30T10-11-12-345Z`, reason: expect.stringMatching(/not a database/) }]);
    expect(statSync(moved[0].movedTo).size).toBe(20_000);
  });

  it("leaves alone what is not the file's fault: a folder where the file should be is an error, nothing moved", () => {
    mkdirSync(path);
    expect(() => openProjectionStore(path, (m) => moved.push(m), at)).toThrow(expect.objectContaining({ code: 'EISDIR' }));
    expect(moved).toEqual([]);
    expect(statSync(path).isDirectory()).toBe(true);
  });
});
