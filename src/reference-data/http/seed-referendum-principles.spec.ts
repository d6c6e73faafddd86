import { CommandRunner } from '../../event-sourcing/command-runner';
import { randomIds } from '../../event-sourcing/ids';
import { InMemoryEventStore } from '../../event-store/in-memory-event-store';
import { REFERENDUM_GROUP_MEMBERS_ENGLAND, REFERENDUM_PRINCIPLES_ENGLAND } from '../referendum-principles-england';
import { REFERENDUM_PRINCIPLES_STREAM } from '../referendum-principles.events';
import { referendumPrinciplesDecider } from '../referendum-principles.decider';
import { REFERENDUM_PRINCIPLES_SEED_REASON, seedReferendumPrinciples } from './seed-referendum-principles';

const clock = () => new Date('2026-01-01T09:00:00Z');
const table = REFERENDUM_PRINCIPLES_ENGLAND;
const members = REFERENDUM_GROUP_MEMBERS_ENGLAND;
const rows = table.length + members.length;
const principlesOf = (events: { type: string; data: unknown }[]) =>
  events.filter((e) => e.type === 'ReferendumPrincipleSet.v1').map((e) => e.data);

describe('seeding the referendum principles reference data', () => {
  let store: InMemoryEventStore;
  let runner: CommandRunner;
  beforeEach(() => {
    store = new InMemoryEventStore();
    runner = new CommandRunner(store, clock, randomIds);
  });
  const stream = () => store.readStream(REFERENDUM_PRINCIPLES_STREAM);

  it('records the published table on an empty store, as the system, saying where it comes from', async () => {
    expect(await seedReferendumPrinciples(store, runner)).toBe(rows);
    const events = await stream();
    expect(events.slice(0, table.length).map((e) => e.data)).toEqual(table);
    for (const e of events.slice(0, table.length)) {
      expect(e.type).toBe('ReferendumPrincipleSet.v1');
      expect(e.metadata).toMatchObject({ actor: 'system', reason: REFERENDUM_PRINCIPLES_SEED_REASON });
    }
    expect(REFERENDUM_PRINCIPLES_SEED_REASON).toMatch(/police-finance reference/);
  });

  it('records which PCCs the lowest-quartile £5 applied to, citing the published source: Hertfordshire in 2016/17 and 2017/18', async () => {
    await seedReferendumPrinciples(store, runner);
    const events = (await stream()).filter((e) => e.type === 'ReferendumGroupMembersSet.v1');
    expect(events.map((e) => e.data)).toEqual([
      { year: '2016/17', appliesTo: 'lowest-quartile PCCs', forces: ['herts'] },
      { year: '2017/18', appliesTo: 'lowest-quartile PCCs', forces: ['herts'] },
    ]);
    for (const e of events) expect(e.metadata.reason).toMatch(/^HMIC, PEEL: Police efficiency 2016 – Hertfordshire/);
  });

  it('records nothing when run again (a restart)', async () => {
    await seedReferendumPrinciples(store, runner);
    expect(await seedReferendumPrinciples(store, runner)).toBe(0);
    expect(await stream()).toHaveLength(rows);
  });

  it('records each row once when two instances seed at the same moment', async () => {
    const other = new CommandRunner(store, clock, randomIds);
    const [a, b] = await Promise.all([seedReferendumPrinciples(store, runner), seedReferendumPrinciples(store, other)]);
    expect(a + b).toBe(rows);
    expect(principlesOf(await stream())).toEqual(table);
  });

  it('finishes a seed that was cut short', async () => {
    await seedReferendumPrinciples(store, runner, table.slice(0, 5), []);
    expect(await seedReferendumPrinciples(store, runner)).toBe(rows - 5);
    expect(principlesOf(await stream())).toEqual(table);
  });

  it('never puts the published figures back over principles users have recorded', async () => {
    await seedReferendumPrinciples(store, runner);
    const fourPercent = { ...table[0], limit: { kind: 'percentage' as const, rate: '0.04' }, note: 'Police had 4 %' };
    await runner.run(
      referendumPrinciplesDecider,
      REFERENDUM_PRINCIPLES_STREAM,
      { type: 'SetReferendumPrinciple', ...fourPercent },
      { actor: 'analyst', correlationId: 'c1' },
    );
    expect(await seedReferendumPrinciples(store, runner)).toBe(0);
    const events = await stream();
    expect(events).toHaveLength(rows + 1);
    expect(events[events.length - 1].data).toEqual(fourPercent);
  });

  it('leaves a stream alone that users started without the seed', async () => {
    await runner.run(
      referendumPrinciplesDecider,
      REFERENDUM_PRINCIPLES_STREAM,
      { type: 'SetReferendumPrinciple', ...table[1] },
      { actor: 'analyst', correlationId: 'c1' },
    );
    expect(await seedReferendumPrinciples(store, runner)).toBe(0);
    expect(await stream()).toHaveLength(1);
  });
});
