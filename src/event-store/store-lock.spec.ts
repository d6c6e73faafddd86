import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { acquireStoreLock, StoreLockedError } from './store-lock';

/** In one process; test/operations/ checks it across real processes, including after kill -9. */
describe('acquireStoreLock', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'cfm-lock-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a second holder of the same store, naming the holder and the paths, until the first releases it', () => {
    const store = join(dir, 'events.db');
    const first = acquireStoreLock(store);
    let refused: unknown;
    try {
      acquireStoreLock(store);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(StoreLockedError);
    expect((refused as Error).message).toContain(`process ${process.pid}`);
    expect((refused as Error).message).toContain(store);
    expect((refused as Error).message).toContain(`${store}.lock`);

    first.release();
    const second = acquireStoreLock(store);
    second.release();
  });

  it('lets different stores be held at once', () => {
    const one = acquireStoreLock(join(dir, 'a.db'));
    const two = acquireStoreLock(join(dir, 'b.db'));
    one.release();
    two.release();
  });
});
