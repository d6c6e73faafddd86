import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ProjectionStore } from '../../projections/projection-store';
import { readStoredProjections } from './stored-projections';

describe('readStoredProjections', () => {
  it('reads a checkpoint written with a snapshot (a pointer to it) as the snapshot’s state', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stored-projections-'));
    const path = join(dir, 'projections.db');
    const store = new ProjectionStore(path);
    store.saveSnapshot(
      'count',
      1,
      { position: 10n, recordedAt: '2016-04-01T00:00:00.000Z', stateJson: '{"folded":10}' },
      { asCheckpoint: true },
    );
    store.close();

    const stored = readStoredProjections(path, 'count', 1);
    try {
      expect(stored.positions).toEqual([
        { kind: 'snapshot', position: 10n },
        { kind: 'checkpoint', position: 10n },
      ]);
      expect(stored.stateAt('checkpoint', 10n)).toBe('{"folded":10}');
      expect(stored.stateAt('snapshot', 10n)).toBe('{"folded":10}');
    } finally {
      stored.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
