import { recordedExample } from '../../test/fixtures/worked-example';
import { toDomainEvent } from '../event-sourcing/recorded-event';
import { STREAM_FOLDS } from './stream-folds';

/**
 * Facts read back from a snapshot are deferred (src/projections/deferred-facts.ts): their
 * fields are accessors named by the keys the snapshot stored, and the first read of one folds
 * the events since. A field a fold adds later, missing from a snapshot taken before, would read
 * as undefined if it were the first field read. So every field a fold can produce is in its
 * initial state from the start; this checks it over every stream of the worked example.
 */
describe('every stream fold keeps the fields of its initial state', () => {
  it('folds each stream of the worked example to facts with no top-level field its initial state lacks', async () => {
    const { events } = await recordedExample();
    const byStream = new Map<string, unknown>();
    const checked = new Set<string>();
    const extra: string[] = [];
    for (const recorded of events) {
      const { event, ref } = toDomainEvent(recorded);
      const fold = [...STREAM_FOLDS].sort((a, b) => b.prefix.length - a.prefix.length).find((f) => ref.streamId.startsWith(f.prefix));
      if (!fold) continue;
      const initial = fold.decider.initialState();
      const facts = fold.decider.evolve(byStream.get(ref.streamId) ?? initial, event, ref);
      byStream.set(ref.streamId, facts);
      if (!isRecord(facts) || !isRecord(initial)) continue;
      checked.add(fold.prefix);
      for (const key of Object.keys(facts)) if (!(key in initial)) extra.push(`${fold.prefix}… after ${event.type}: ${key}`);
    }
    expect([...new Set(extra)]).toEqual([]);
    // The check saw the finance, force and alliance folds at least.
    expect(checked.size).toBeGreaterThanOrEqual(3);
  });
});

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
