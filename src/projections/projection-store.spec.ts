import { ProjectionStore } from './projection-store';

const at = (position: bigint, stateJson: string) => ({ position, recordedAt: '2016-04-01T00:00:00.000Z', stateJson });

describe('ProjectionStore checkpoints written with a snapshot', () => {
  it('reads a checkpoint moved to a snapshot as that snapshot’s state, written once', () => {
    const store = new ProjectionStore(':memory:');
    store.saveCheckpoint('count', 1, at(5n, '{"folded":5}'));
    store.saveSnapshot('count', 1, at(10n, '{"folded":10}'), { asCheckpoint: true });

    expect(store.loadCheckpoint('count', 1)).toEqual(at(10n, '{"folded":10}'));
    expect(store.snapshotAtOrBefore('count', 1, { position: 10n })).toEqual(at(10n, '{"folded":10}'));
    // A later checkpoint of its own replaces the pointer.
    store.saveCheckpoint('count', 1, at(12n, '{"folded":12}'));
    expect(store.loadCheckpoint('count', 1)).toEqual(at(12n, '{"folded":12}'));
    store.close();
  });

  it('has no checkpoint when the snapshot it points at is gone (another version discarded it)', () => {
    const store = new ProjectionStore(':memory:');
    store.saveSnapshot('count', 1, at(10n, '{"folded":10}'), { asCheckpoint: true });
    store.discardOtherVersions('count', 2);
    expect(store.loadCheckpoint('count', 1)).toBeNull();
    store.close();
  });

  it('refuses an empty state, which would read as a pointer', () => {
    const store = new ProjectionStore(':memory:');
    expect(() => store.saveCheckpoint('count', 1, at(1n, ''))).toThrow(/never empty/);
    store.close();
  });

  it('writes a snapshot alone, leaving the checkpoint where it was, without asCheckpoint', () => {
    const store = new ProjectionStore(':memory:');
    store.saveCheckpoint('count', 1, at(5n, '{"folded":5}'));
    store.saveSnapshot('count', 1, at(10n, '{"folded":10}'));
    expect(store.loadCheckpoint('count', 1)).toEqual(at(5n, '{"folded":5}'));
    store.close();
  });
});
