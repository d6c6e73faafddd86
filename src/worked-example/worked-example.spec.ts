import { benefitsRealisation } from '../benefits-realisation/benefits-realisation';
import { forceCollaboration, forceCollaborationToJson } from '../collaboration/force-collaboration-figures';
import { Money } from '../common/money';
import { CommandRunner } from '../event-sourcing/command-runner';
import { nameBasedUuid } from '../event-sourcing/ids';
import { toDomainEvent } from '../event-sourcing/recorded-event';
import type { RecordedEvent } from '../event-store/event-store.port';
import { InMemoryEventStore } from '../event-store/in-memory-event-store';
import { mtfpToJson } from '../mtfp';
import { PlanReader } from '../planning/plan-reader';
import { StreamFactsProjection } from '../projections/stream-facts.projection';
import { FOLDS_VERSION, STREAM_FOLDS } from '../app/stream-folds';
import { COLLABORATION_PROGRAMME } from './bch-alliance';
import { holdsOnlyReferenceData } from './holds-only-reference-data';
import { describeWorkedExample, recordWorkedExample, type WorkedExampleSummary } from './record-worked-example-steps';
import {
  PHASE_2_START,
  WORKED_EXAMPLE_ACTOR,
  WORKED_EXAMPLE_CORRELATION_ID,
  WORKED_EXAMPLE_STEPS,
  workedExampleStepKeys,
} from './worked-example';

const MTFP_YEARS = ['2016/17', '2017/18', '2018/19', '2019/20'];

function newRunner(store: InMemoryEventStore): CommandRunner {
  let n = 0;
  return new CommandRunner(
    store,
    () => new Date('2026-01-01T00:00:00Z'),
    () => nameBasedUuid(`test-id-${n++}`),
  );
}

/** The read side's facts, folded exactly as the stream-facts projection folds them, up to a position. */
function readerAt(events: readonly RecordedEvent[], position?: string | null): PlanReader {
  const projection = new StreamFactsProjection(STREAM_FOLDS, FOLDS_VERSION);
  let facts = projection.initialState();
  for (const recorded of events) {
    if (position && recorded.position > BigInt(position)) break;
    const { event, ref } = toDomainEvent(recorded);
    facts = projection.apply(facts, event, ref);
  }
  return new PlanReader(facts);
}

function hertsCollaboration(reader: PlanReader) {
  const alliances = reader.alliancesOf('herts');
  return forceCollaborationToJson(
    forceCollaboration({
      force: 'herts',
      years: MTFP_YEARS,
      alliances,
      spend: reader.collaborationSpend('herts'),
      averages: reader.collaborationAverages(),
      nre: reader.nreTable(['herts'], MTFP_YEARS, true),
      shareBasisNre: reader.nreForShareBases(alliances),
    }),
  );
}

describe('the worked example: Hertfordshire 2015/16–2019/20 and the BCH alliance', () => {
  let store: InMemoryEventStore;
  let summary: WorkedExampleSummary;
  let events: RecordedEvent[];
  let plan2016: PlanReader;
  let latest: PlanReader;

  beforeAll(async () => {
    store = new InMemoryEventStore();
    summary = await recordWorkedExample(newRunner(store));
    events = await store.readAll();
    plan2016 = readerAt(events, summary.endOfPhase1Position);
    latest = readerAt(events);
  });

  describe('recording', () => {
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
      expect(numbered).toEqual(numbered.map((_, i) => `worked-example:${i + 1}`));
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

  describe('the 2016 plan, as at the end of phase 1 (Efficiency 2016)', () => {
    it("has net revenue expenditure of exactly £187.0m in 2016/17 and £190.0m in 2019/20, including Hertfordshire's share of BCH savings", () => {
      const mtfp = plan2016.mtfp('herts', '2016/17', 4);
      expect(mtfp.warnings).toEqual([]);
      expect(mtfp.years[0].nre.value.toExact()).toBe('187000000');
      expect(mtfp.years[3].nre.value.toExact()).toBe('190000000');
      expect(mtfp.years[0].expenditure.externalSavings.map((s) => s.code)).toEqual(
        expect.arrayContaining([
          'alliance:bch:programme:jps-savings',
          'alliance:bch:programme:org-savings',
          `alliance:bch:programme:${COLLABORATION_PROGRAMME}`,
        ]),
      );
    });

    it('draws £4.45m a year from the £25.3m base-budget support reserve, which closes 2019/20 at £7.5m; reserves were £48.3m at the end of 2015/16', () => {
      const json = mtfpToJson(plan2016.mtfp('herts', '2016/17', 4));
      const budgetSupport = json.years.map((y) => y.reserves.find((r) => r.reserveId === 'budget-support'));
      expect(budgetSupport[0]?.opening.value).toBe('25300000.00');
      expect(budgetSupport.map((r) => r?.drawdowns.value)).toEqual(['4450000.00', '4450000.00', '4450000.00', '4450000.00']);
      expect(budgetSupport[3]?.closing.value).toBe('7500000.00');
      expect(Money.sum(json.years[0].reserves.map((r) => Money.parse(r.opening.value))).toPence()).toBe('48300000.00');
    });

    it('balances 2016/17 with the reserve, and its savings total the £4.9m proposal; investments total £4.16m', () => {
      const year = plan2016.mtfp('herts', '2016/17', 1).years[0];
      expect(year.reserveUse.net.value.toPence()).toBe('4450000.00');
      expect(year.savingsToIdentify.value.toPence()).toBe('0.00');
      expect(year.expenditure.savings.value.plus(year.expenditure.externalSavingsTotal.value).toPence()).toBe('4900000.00');
      const investments = year.expenditure.items.filter((i) => i.kind === 'growth' && i.fromYear === '2016/17');
      expect(Money.sum(investments.map((i) => i.amount.value)).toPence()).toBe('4160000.00');
    });

    it("puts Hertfordshire's collaboration at 26.1 % and 32.8 % of NRE with police partners, 0.6 % and 0.7 % with others, beside the national averages", () => {
      const figures = hertsCollaboration(plan2016);
      const y2016 = figures.years.find((y) => y.year === '2016/17');
      const y2019 = figures.years.find((y) => y.year === '2019/20');
      expect(y2016).toMatchObject({
        nre: '187000000.00',
        police: { amount: '48800000.00', percentOfNre: '26.1', nationalAverage: { percentOfNre: '11.9' } },
        nonPolice: { amount: '1200000.00', percentOfNre: '0.6', nationalAverage: { percentOfNre: '3.4' } },
        issues: [],
      });
      expect(y2019).toMatchObject({
        nre: '190000000.00',
        police: { amount: '62300000.00', percentOfNre: '32.8', nationalAverage: { percentOfNre: '14.8' } },
        nonPolice: { amount: '1300000.00', percentOfNre: '0.7', nationalAverage: { percentOfNre: '3.5' } },
      });
    });

    it('raises £2.1m with +£5 on Band D in 2017/18 (420,000 Band D equivalents), and shows the +£5 options the plan assumed', () => {
      const withOption = plan2016.mtfp('herts', '2017/18', 1).years[0];
      const frozen = plan2016.mtfp('herts', '2017/18', 1, { bandDOverrides: { '2017/18': '147.00' } }).years[0];
      expect(withOption.funding.precept.bandD).toMatchObject({ basis: 'proposed' });
      expect(withOption.funding.precept.bandD.value.toPence()).toBe('152.00');
      expect(withOption.funding.precept.income.value.minus(frozen.funding.precept.income.value).toPence()).toBe('2100000.00');
      expect(plan2016.mtfp('herts', '2018/19', 1).years[0].funding.precept.bandD.value.toPence()).toBe('157.00');
    });

    it("moves each member's MTFP by exactly its share of the £0.8m when the £6.1m forecast is revised to £5.3m, and names the revisions", () => {
      const revisions = events.filter((e) => e.type === 'SavingsForecastRevised.v1');
      expect(revisions).toHaveLength(3);
      const before = readerAt(events, (revisions[0].position - 1n).toString());
      const after = readerAt(events, revisions[2].position.toString());
      const line = `alliance:bch:programme:${COLLABORATION_PROGRAMME}`;
      const savingsOf = (reader: PlanReader, force: string) =>
        reader.mtfp(force, '2017/18', 3).years.map((y) => {
          const saving = y.expenditure.externalSavings.find((s) => s.code === line);
          if (!saving) throw new Error(`${force} has no ${line} line in ${y.year}`);
          return saving.amount;
        });
      const changes = ['beds', 'cambs', 'herts'].map((force) => {
        const was = savingsOf(before, force);
        const now = savingsOf(after, force);
        now.forEach((amount, i) => expect(amount.sources).toContain(revisions[i].id));
        return Money.sum(now.map((amount, i) => amount.value.minus(was[i].value)));
      });
      expect(Money.sum(changes).toPence()).toBe('-800000.00');
      expect(changes.map((c) => c.toPence()).sort()).toEqual(['-266666.66', '-266666.67', '-266666.67']);
    });
  });

  describe('the 2019/20 budget as set in 2019, the latest (Plan 2019)', () => {
    it('is funded by £118.7m central government funding, £84.1m precept and £0.6m collection fund: a £203.4m net budget', () => {
      const json = mtfpToJson(latest.mtfp('herts', '2019/20', 1));
      const year = json.years[0];
      const centralGovernment = [
        year.funding.coreGrant,
        year.funding.formulaGrant,
        year.funding.legacyCouncilTaxGrants,
        year.funding.otherGeneralGrants,
      ].map((g) => Money.parse(g.value));
      expect(Money.sum(centralGovernment).toPence()).toBe('118700000.00');
      expect(year.funding.precept.income.value).toBe('84100000.00');
      expect(year.funding.collectionFund.value).toBe('600000.00');
      expect(year.funding.total.value).toBe('203400000.00');
      expect(year.nre.value).toBe('208100000.00');
      expect(year.reserveUse.net.value).toBe('4700000.00');
      expect(year.savingsToIdentify.value).toBe('0.00');
      expect(json.warnings).toEqual([]);
    });

    it('keeps the 2016 plan reproducible: as at the end of phase 1, 2019/20 NRE is still £190.0m', () => {
      expect(plan2016.mtfp('herts', '2019/20', 1).years[0].nre.value.toPence()).toBe('190000000.00');
      expect(latest.mtfp('herts', '2019/20', 1).years[0].expenditure.baseBudgetYear).toBe('2019/20');
    });

    it('has Band D as approved year by year: £147.82, £147.00, £152.00, £164.00 (+£12 raising £5.298m), £188.00', () => {
      const years = latest.mtfp('herts', '2015/16', 5).years;
      expect(years.map((y) => [y.year, y.funding.precept.bandD.value.toPence(), y.funding.precept.bandD.basis])).toEqual([
        ['2015/16', '147.82', 'approved'],
        ['2016/17', '147.00', 'approved'],
        ['2017/18', '152.00', 'approved'],
        ['2018/19', '164.00', 'approved'],
        ['2019/20', '188.00', 'approved'],
      ]);
      const previousBandD = latest.mtfp('herts', '2018/19', 1, { bandDOverrides: { '2018/19': '152.00' } }).years[0];
      expect(years[3].funding.precept.income.value.minus(previousBandD.funding.precept.income.value).toPence()).toBe('5298000.00');
    });

    it('leaves the base-budget support reserve closing 2019/20 at £7.5m', () => {
      const year = mtfpToJson(latest.mtfp('herts', '2019/20', 1)).years[0];
      expect(year.reserves.find((r) => r.reserveId === 'budget-support')?.closing.value).toBe('7500000.00');
    });

    it('has realised £15.0m of BCH savings since 2012/13: £8.9m in joint protective services, £6.1m in organisational and operational support', () => {
      const alliance = latest.alliance('bch');
      expect(alliance).toBeDefined();
      const report = benefitsRealisation(alliance!, { nre: latest.nreForShareBases([alliance!]) });
      const realised = (code: string) => report.programmes.find((p) => p.programmeCode === code)?.total.realised?.toPence();
      expect(report.total.realised?.toPence()).toBe('15000000.00');
      expect(realised('jps-savings')).toBe('8900000.00');
      expect(Money.sum([Money.parse(realised('org-savings')), Money.parse(realised('ops-savings'))]).toPence()).toBe('6100000.00');
      expect(report.programmes.flatMap((p) => p.issues)).toEqual([]);
      const collaboration = report.programmes.find((p) => p.programmeCode === COLLABORATION_PROGRAMME);
      expect(collaboration?.revisions.map((r) => r.reason)).toEqual(Array(3).fill('Savings released more slowly than expected'));
      expect(collaboration?.years.filter((y) => y.year !== '2016/17').map((y) => [y.planned.toPence(), y.forecast.toPence()])).toEqual([
        ['1800000.00', '1500000.00'],
        ['2100000.00', '1800000.00'],
        ['2200000.00', '2000000.00'],
      ]);
    });

    it("gives Bedfordshire and Cambridgeshire MTFPs that take in their shares of the alliance's savings", () => {
      for (const force of ['beds', 'cambs']) {
        const mtfp = latest.mtfp(force, '2016/17', 4);
        expect(mtfp.warnings).toEqual([]);
        expect(mtfp.years.every((y) => y.expenditure.externalSavings.length > 0)).toBe(true);
      }
      expect(latest.nreTable(['beds', 'cambs', 'herts'], ['2015/16'], false).get('herts')?.get('2015/16')?.toPence()).toBe('180000000.00');
    });
  });
});
