import { newRunner, recordedExample } from '../../test/fixtures/worked-example';
import type { RecordedEvent } from '../event-store/event-store.port';
import { InMemoryEventStore } from '../event-store/in-memory-event-store';
import { holdsOnlyReferenceData } from './holds-only-reference-data';
import { describeWorkedExample, recordWorkedExample, type WorkedExampleSummary } from './record-worked-example-steps';
import {
  PHASE_2_START,
  WORKED_EXAMPLE_ACTOR,
  WORKED_EXAMPLE_CORRELATION_ID,
  WORKED_EXAMPLE_STEPS,
  workedExampleStepKeys,
} from './worked-example';

describe('the worked example: Hertfordshire 2015/16–2019/20 and the BCH alliance: recording', () => {
  let store: InMemoryEventStore;
  let summary: WorkedExampleSummary;
  let events: RecordedEvent[];

  beforeAll(async () => {
    ({ store, summary, events } = await recordedExample());
  });

  it('records every step through the command path, each as at least one event, with who, why and one correlation id', () => {
    expect(summary).toMatchObject({
      steps: WORKED_EXAMPLE_STEPS.length,
      stepsRecorded: WORKED_EXAMPLE_STEPS.length,
      stepsAlreadyRecorded: 0,
    });
    expect(events).toHaveLength(summary.eventsRecorded);
    expect(
      events.every((e) => e.metadata.actor === WORKED_EXAMPLE_ACTOR && e.metadata.correlationId === WORKED_EXAMPLE_CORRELATION_ID),
    ).toBe(true);
    expect(new Set(events.map((e) => e.metadata.idempotencyKey)).size).toBe(WORKED_EXAMPLE_STEPS.length);
    // Each step's events carry its key and its reason, in the order of the steps.
    const keys = workedExampleStepKeys(WORKED_EXAMPLE_STEPS);
    const recordedSteps = [...new Map(events.map((e) => [e.metadata.idempotencyKey, e.metadata.reason])).entries()];
    expect(recordedSteps).toEqual(WORKED_EXAMPLE_STEPS.map((s, i) => [keys[i], s.reason]));
  });

  it("keeps the numbered keys of the steps an earlier edition recorded: steps added later (the forces' acceptances) have keys of their own", () => {
    const keys = workedExampleStepKeys(WORKED_EXAMPLE_STEPS);
    const numbered = keys.filter((k) => /^worked-example:\d+$/.test(k));
    // A corrected step keeps its place in the numbering (its old number is left unused), so the steps after it keep theirs.
    const replaced = WORKED_EXAMPLE_STEPS.flatMap((s, i) => (s.replacesNumberedStep ? [i] : []));
    expect(replaced.map((i) => keys[i])).toEqual([
      'worked-example:herts:grant-settlement-2015-16:balanced',
      'worked-example:herts:base-budget-2019-20:as-published',
    ]);
    const numberOf = (i: number) => WORKED_EXAMPLE_STEPS.slice(0, i + 1).filter((s) => !s.key || s.replacesNumberedStep).length;
    expect(keys.flatMap((k, i) => (/^worked-example:\d+$/.test(k) ? [`worked-example:${numberOf(i)}`] : []))).toEqual(numbered);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.filter((k) => k.endsWith(':accepts'))).toEqual([
      'worked-example:bch:beds:accepts',
      'worked-example:bch:cambs:accepts',
      'worked-example:bch:herts:accepts',
    ]);
  });

  it('records the BCH memberships in both steps: the alliance invites, then each force accepts', () => {
    const bch = events.filter((e) => e.streamId === 'alliance-bch').map((e) => [e.type, (e.data as { force?: string }).force ?? null]);
    expect(bch.slice(0, 7)).toEqual([
      ['AllianceFormed.v2', null],
      ['MemberInvited.v1', 'beds'],
      ['MemberInvited.v1', 'cambs'],
      ['MemberInvited.v1', 'herts'],
      ['InvitationAccepted.v1', 'beds'],
      ['InvitationAccepted.v1', 'cambs'],
      ['InvitationAccepted.v1', 'herts'],
    ]);
  });

  it('says where every figure comes from: a published source, or that it is illustrative', () => {
    for (const step of WORKED_EXAMPLE_STEPS) {
      expect(step.reason).toMatch(/Efficiency 2016|Plan 2019|police finance reference|Illustrative|Implied/i);
      expect(step.reason.length).toBeLessThanOrEqual(1000); // what the API accepts as a reason
    }
  });

  it('records nothing the second time: every step is answered from the store', async () => {
    const again = await recordWorkedExample(newRunner(store));
    expect(again).toMatchObject({ stepsRecorded: 0, eventsRecorded: 0, stepsAlreadyRecorded: WORKED_EXAMPLE_STEPS.length });
    expect(again.endOfPhase1Position).toBe(summary.endOfPhase1Position);
    expect(await store.readAll()).toHaveLength(events.length);
    expect(describeWorkedExample(again)[0]).toMatch(/already recorded: nothing new recorded/);
  });

  it('records each event once when two processes record it at the same time', async () => {
    const shared = new InMemoryEventStore();
    const [a, b] = await Promise.all([recordWorkedExample(newRunner(shared)), recordWorkedExample(newRunner(shared))]);
    expect(a.eventsRecorded + b.eventsRecorded).toBe(events.length);
    expect(await shared.readAll()).toHaveLength(events.length);
    expect(a.endOfPhase1Position).toBe(b.endOfPhase1Position);
  });

  it('ends phase 1 with the last decision of the 2016 plan and says how to see it', () => {
    const last = events.find((e) => e.metadata.idempotencyKey === workedExampleStepKeys(WORKED_EXAMPLE_STEPS)[PHASE_2_START - 1]);
    expect(last?.position.toString()).toBe(summary.endOfPhase1Position);
    expect(events.filter((e) => e.position > BigInt(summary.endOfPhase1Position as string))).toHaveLength(
      WORKED_EXAMPLE_STEPS.length - PHASE_2_START,
    );
    expect(describeWorkedExample(summary)).toContain(
      `The 2016 plan as it stood: GET /forces/herts/mtfp?from=2016/17&years=4&asOf=${summary.endOfPhase1Position}`,
    );
  });

  it('counts only reference data as "empty"', async () => {
    const fresh = new InMemoryEventStore();
    expect(await holdsOnlyReferenceData(fresh)).toBe(true);
    const averages = WORKED_EXAMPLE_STEPS.find((s) => s.streamId === 'reference-collaboration-averages');
    await newRunner(fresh).run(averages!.decider, averages!.streamId, averages!.command, { actor: 'system', correlationId: 'c' });
    expect(await holdsOnlyReferenceData(fresh)).toBe(true);
    expect(await holdsOnlyReferenceData(store)).toBe(false);
  });
});
