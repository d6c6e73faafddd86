import type { EventRef } from '../../event-sourcing/decider';
import { toDomainEventToFold } from '../../event-sourcing/recorded-event';
import type { ImmediateReads } from '../../event-store/immediate-reads';
import { lazilyReadFacts, untouchedJson } from '../deferred-facts';
import type { PartSnapshots } from '../part-snapshots';
import type { AsAt, ProjectionView } from '../projection';
import type { StreamFacts, StreamFactsProjection } from '../stream-facts.projection';
import type { StreamSnapshotStore } from './stream-snapshot-store';

/** A stream's facts are kept at its first event and then every this many of its events (default). */
export const STREAM_SNAPSHOT_EVERY = 2000;

/**
 * "As at" views of the stream facts built stream by stream. Each stream's facts are kept at its
 * first event and then every `every` events of its own; a view as at a position takes, for each
 * stream that existed then, its latest kept facts at or before it, and only when something reads
 * a stream are those facts parsed and the stream's own events after them, up to the position,
 * read and folded (ImmediateReads: the embedded and in-memory stores).
 *
 * Why not whole-state snapshots: every stream changes within a few thousand events of a busy
 * history, so each snapshot held all of them – 1.3 GB for a million events – and cost more
 * to write the longer the history. Kept per stream, the disk is bounded by `every`, a stream's
 * facts cost the same to write however long the rest of the history is, and an answer folds at
 * most `every` events of each stream it reads.
 */
export class StreamSnapshots implements PartSnapshots<StreamFacts> {
  private lastKept = new Map<string, bigint>();
  private usable = false;

  constructor(
    private readonly store: StreamSnapshotStore,
    private readonly reads: ImmediateReads,
    private readonly projection: StreamFactsProjection,
    private readonly every = STREAM_SNAPSHOT_EVERY,
  ) {
    if (!(every >= 1)) throw new Error('A stream snapshot is kept every one event or more');
  }

  get keeping(): boolean {
    return this.usable;
  }

  start(resumingFrom: StreamFacts | 'in parts' | null): boolean {
    const { name, version } = this.projection;
    this.usable = false;
    if (resumingFrom && !this.store.covered(name, version)) return false;
    if (!resumingFrom) this.store.markCovered(name, version);
    this.lastKept = this.store.lastRevisions(name, version);
    // Every stream the checkpoint holds must have been kept at its first event, or views would miss it.
    if (resumingFrom && resumingFrom !== 'in parts' && Object.keys(resumingFrom.streams).some((id) => !this.lastKept.has(id))) return false;
    this.usable = true;
    return true;
  }

  folded(state: StreamFacts, ref: EventRef): boolean {
    if (!this.usable) return false;
    const streamId = ref.streamId;
    const revision = BigInt(ref.revision);
    const last = this.lastKept.get(streamId);
    if (last !== undefined && revision - last < BigInt(this.every)) return false;
    const facts = state.streams[streamId];
    if (facts === undefined) return false; // a stream the read side does not fold
    try {
      const json = untouchedJson(facts) ?? JSON.stringify(facts);
      const keys = typeof facts === 'object' && facts !== null && !Array.isArray(facts) ? Object.keys(facts) : null;
      this.store.save(this.projection.name, this.projection.version, { streamId, position: BigInt(ref.position), revision, keys }, json);
      this.lastKept.set(streamId, revision);
      return true;
    } catch (error) {
      // A stream whose first facts were not kept would be missing from every later view: stop
      // answering from the parts (views fold from zero) until a rebuild keeps them all again.
      if (last === undefined) this.stopUsing();
      throw error;
    }
  }

  /** Views fold from zero from now on, and after a restart too (the store is no longer covered) until a rebuild from zero keeps every stream again. */
  private stopUsing(): void {
    this.usable = false;
    try {
      this.store.uncover(this.projection.name);
    } catch {
      // The store is failing: the start after a restart finds the stream missing and folds from zero.
    }
  }

  at(
    asAt: Exclude<AsAt, { kind: 'latest' }>,
    onReadFailure: (error: unknown) => void = () => undefined,
  ): ProjectionView<StreamFacts> | null {
    if (!this.usable) return null;
    const { name, version } = this.projection;
    const upTo = asAt.kind === 'position' ? asAt.position : this.reads.positionAtTimeNow(asAt.time.toISOString());
    if (upTo === null || upTo < 1n) return { state: this.projection.initialState(), position: null };
    const streams: Record<string, unknown> = {};
    for (const row of this.store.latestAtOrBefore(name, version, upTo)) {
      const fold = this.projection.foldFor(row.streamId);
      if (!fold) continue;
      // Kept facts that cannot be read (a damaged store) are replaced by the stream's fold from zero.
      let fromZero = false;
      const json = () => {
        try {
          return this.store.facts(name, version, row.streamId, row.position);
        } catch (error) {
          onReadFailure(error);
          fromZero = true;
          return JSON.stringify(fold.decider.initialState());
        }
      };
      const after = () => this.reads.readStreamNow(row.streamId, fromZero ? null : row.revision, upTo).map(toDomainEventToFold);
      if (row.keys) {
        streams[row.streamId] = lazilyReadFacts(json, row.keys, fold.decider.evolve, after);
      } else {
        let facts = JSON.parse(json()) as unknown;
        for (const { event, ref } of after()) facts = fold.decider.evolve(facts, event, ref);
        streams[row.streamId] = facts;
      }
    }
    return { state: { streams }, position: upTo };
  }
}
