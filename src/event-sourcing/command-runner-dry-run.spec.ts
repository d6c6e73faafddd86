import { InMemoryEventStore } from '../event-store/in-memory-event-store';
import { REFERENDUM_PRINCIPLES_ENGLAND } from '../reference-data/referendum-principles-england';
import { REFERENDUM_PRINCIPLES_STREAM } from '../reference-data/referendum-principles.events';
import { referendumPrinciplesDecider } from '../reference-data/referendum-principles.decider';
import { CommandRunner } from './command-runner';
import { randomIds } from './ids';

describe('a dry run of a command', () => {
  it('answers the events the command would record and records nothing; the real run then records exactly those', async () => {
    const store = new InMemoryEventStore();
    const runner = new CommandRunner(store, () => new Date('2017-02-01T00:00:00Z'), randomIds);
    const command = { type: 'SetReferendumPrinciple' as const, ...REFERENDUM_PRINCIPLES_ENGLAND[0] };
    const ctx = { actor: 'admin', correlationId: 'c-1' };

    const dry = await runner.run(referendumPrinciplesDecider, REFERENDUM_PRINCIPLES_STREAM, command, { ...ctx, dryRun: true });
    expect(await store.headPosition()).toBeNull();
    expect(dry).toMatchObject({ revision: '-1', position: null, events: [] });
    expect(dry.wouldRecord).toEqual([{ type: 'ReferendumPrincipleSet.v1', data: expect.any(Object) }]);

    await runner.run(referendumPrinciplesDecider, REFERENDUM_PRINCIPLES_STREAM, command, ctx);
    const recorded = await store.readStream(REFERENDUM_PRINCIPLES_STREAM);
    expect(recorded.map((e) => ({ type: e.type, data: e.data }))).toEqual(dry.wouldRecord);
  });
});
