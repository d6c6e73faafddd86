import type { EventStore, RecordedEvent } from '../../../src/event-store/event-store.port';
import { newStreamId, anEvent, ofStreams, guardPaging, revisions, expectStrictlyIncreasing, type ContractLeg } from './support';

/** Reading one stream, reading all streams in global order, and the head position. */
export function readingContract(leg: ContractLeg): void {
  let store: EventStore;
  beforeEach(() => {
    store = leg.store();
  });

  describe('reading a stream', () => {
    it('reads an unknown stream as empty, in either direction', async () => {
      const streamId = newStreamId('never-written');
      expect(await store.readStream(streamId)).toEqual([]);
      expect(await store.readStream(streamId, { direction: 'backwards' })).toEqual([]);
      expect(await store.readStream(streamId, { fromRevision: 3n, maxCount: 2 })).toEqual([]);
    });

    it('reads forwards from a revision, and pages with maxCount', async () => {
      const streamId = await streamOfFive();

      expect(revisions(await store.readStream(streamId))).toEqual([0n, 1n, 2n, 3n, 4n]);
      expect(revisions(await store.readStream(streamId, { fromRevision: 3n }))).toEqual([3n, 4n]);
      expect(revisions(await store.readStream(streamId, { fromRevision: 5n }))).toEqual([]);
      expect(revisions(await store.readStream(streamId, { direction: 'forwards', fromRevision: 1n, maxCount: 3 }))).toEqual([1n, 2n, 3n]);

      const pages: bigint[][] = [];
      for (let from = 0n; ;) {
        guardPaging(pages.length);
        const page = await store.readStream(streamId, { fromRevision: from, maxCount: 2 });
        if (page.length === 0) break;
        pages.push(revisions(page));
        from = page[page.length - 1].revision + 1n;
      }
      expect(pages).toEqual([[0n, 1n], [2n, 3n], [4n]]);
    });

    it('reads backwards from the end or from a revision, and pages with maxCount', async () => {
      const streamId = await streamOfFive();

      expect(revisions(await store.readStream(streamId, { direction: 'backwards' }))).toEqual([4n, 3n, 2n, 1n, 0n]);
      expect(revisions(await store.readStream(streamId, { direction: 'backwards', maxCount: 1 }))).toEqual([4n]);
      expect(revisions(await store.readStream(streamId, { direction: 'backwards', fromRevision: 3n, maxCount: 2 }))).toEqual([3n, 2n]);
      expect(revisions(await store.readStream(streamId, { direction: 'backwards', fromRevision: 0n }))).toEqual([0n]);

      const pages: bigint[][] = [];
      for (let from: bigint | undefined; ;) {
        guardPaging(pages.length);
        const page = await store.readStream(streamId, { direction: 'backwards', fromRevision: from, maxCount: 2 });
        if (page.length === 0) break;
        pages.push(revisions(page));
        from = page[page.length - 1].revision - 1n;
        if (from < 0n) break;
      }
      expect(pages).toEqual([[4n, 3n], [2n, 1n], [0n]]);
    });

    async function streamOfFive(): Promise<string> {
      const streamId = newStreamId();
      await store.appendToStream(streamId, [anEvent(), anEvent(), anEvent()], 'no_stream');
      await store.appendToStream(streamId, [anEvent(), anEvent()], 2n);
      return streamId;
    }
  });

  describe('reading all streams', () => {
    it('returns the events of all streams in the order they were recorded, with strictly increasing positions', async () => {
      const { head, streams, expectedIds } = await interleaved();

      const all = await store.readAll({ after: head });

      expectStrictlyIncreasing(all.map((r) => r.position));
      expect(ofStreams(all, streams).map((r) => r.id)).toEqual(expectedIds);
      if (head !== undefined) expect(all.every((r) => r.position > head)).toBe(true);
    });

    it('treats `after` as exclusive', async () => {
      const { head, streams, expectedIds } = await interleaved();
      const ours = ofStreams(await store.readAll({ after: head }), streams);

      const afterSecond = ofStreams(await store.readAll({ after: ours[1].position }), streams);
      expect(afterSecond.map((r) => r.id)).toEqual(expectedIds.slice(2));
      expect(ofStreams(await store.readAll({ after: ours[ours.length - 1].position }), streams)).toEqual([]);
    });

    it('pages with maxCount, each page starting strictly after the last one ended', async () => {
      const { head, streams, expectedIds } = await interleaved();

      const seen: RecordedEvent[] = [];
      for (let after = head, pages = 0; ; pages++) {
        guardPaging(pages);
        const page = await store.readAll({ after, maxCount: 2 });
        expect(page.length).toBeLessThanOrEqual(2);
        if (page.length === 0) break;
        seen.push(...page);
        after = page[page.length - 1].position;
      }
      expectStrictlyIncreasing(seen.map((r) => r.position));
      expect(ofStreams(seen, streams).map((r) => r.id)).toEqual(expectedIds);
      expect(await store.readAll({ after: head, maxCount: 0 })).toEqual([]);
    });

    it('reads the same events through readAll as through readStream', async () => {
      const { head, streams } = await interleaved();

      const viaAll = ofStreams(await store.readAll({ after: head }), [streams[0]]);
      expect(viaAll).toEqual(await store.readStream(streams[0]));
    });

    /** Two streams written in turns: a1 | b1 b2 | a2 a3, after the head seen first. */
    async function interleaved() {
      const head = (await store.headPosition()) ?? undefined;
      const a = newStreamId('a');
      const b = newStreamId('b');
      const a1 = anEvent('A1.v1');
      const [b1, b2] = [anEvent('B1.v1'), anEvent('B2.v1')];
      const [a2, a3] = [anEvent('A2.v1'), anEvent('A3.v1')];
      await store.appendToStream(a, [a1], 'no_stream');
      await store.appendToStream(b, [b1, b2], 'no_stream');
      await store.appendToStream(a, [a2, a3], 0n);
      return { head, streams: [a, b], expectedIds: [a1, b1, b2, a2, a3].map((e) => e.id) };
    }
  });

  describe('head position', () => {
    it('is the position of the newest event, and moves with each append', async () => {
      const before = await store.headPosition();
      const first = await store.appendToStream(newStreamId(), [anEvent(), anEvent()], 'no_stream');
      if (before !== null) expect(first.position).toBeGreaterThan(before);
      expect(await store.headPosition()).toBe(first.position);

      const second = await store.appendToStream(newStreamId(), [anEvent()], 'no_stream');
      expect(second.position).toBeGreaterThan(first.position);
      expect(await store.headPosition()).toBe(second.position);
    });
  });
}
