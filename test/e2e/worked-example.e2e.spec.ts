import { Money } from '../../src/common/money';
import { PHASE_2_START, WORKED_EXAMPLE_STEPS, workedExampleStepKeys } from '../../src/worked-example/worked-example';
import { startTestApp, type TestApp } from '../support/test-app';

interface Entry {
  position: string;
  metadata: { actor: string; reason?: string; idempotencyKey?: string };
}

/** The global position of the last event of phase 1 (the 2016 plan), found in the audit trail. */
async function endOfPhase1(t: TestApp): Promise<string> {
  const last = WORKED_EXAMPLE_STEPS[PHASE_2_START - 1];
  const trail = await t.http().get(`/streams/${last.streamId}/events?limit=1000`).expect(200);
  const entry = (trail.body.events as Entry[]).find(
    (e) => e.metadata.idempotencyKey === workedExampleStepKeys(WORKED_EXAMPLE_STEPS)[PHASE_2_START - 1],
  );
  if (!entry) throw new Error('The last event of phase 1 is not in the audit trail');
  return entry.position;
}

describe('the worked example on first start', () => {
  let t: TestApp;
  afterEach(async () => {
    await t.close();
  });

  it('is recorded into an empty store on first start, and not again on restart', async () => {
    t = await startTestApp({ seedExampleWhenEmpty: true });
    const first = await t.http().get('/health').expect(200);
    const herts = await t.http().get('/streams/force-finance-herts/events?limit=1000').expect(200);
    expect(herts.body.events.length).toBeGreaterThan(40);
    expect(herts.body.events[0].metadata).toMatchObject({ actor: 'worked-example', reason: expect.stringMatching(/Efficiency 2016/) });

    await t.restart();
    const second = await t.http().get('/health').expect(200);
    expect(second.body.headPosition).toBe(first.body.headPosition);
    const again = await t.http().get('/streams/force-finance-herts/events?limit=1000').expect(200);
    expect(again.body.events).toHaveLength(herts.body.events.length);
  });

  it('is not recorded into a store that already holds a force', async () => {
    t = await startTestApp();
    await t.http().post('/forces').send({ code: 'kent', name: 'Kent Police' }).expect(201);
    t.config.seedExampleWhenEmpty = true;
    await t.restart();
    await t.http().get('/forces/herts').expect(404);
  });
});

describe('the worked example through HTTP', () => {
  let t: TestApp;
  let phase1: string;
  beforeAll(async () => {
    t = await startTestApp({ seedExampleWhenEmpty: true });
    phase1 = await endOfPhase1(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it('shows the 2016 plan as it stood: NRE £187.0m and £190.0m, the base-budget support reserve closing 2019/20 at £7.5m', async () => {
    const res = await t.http().get(`/forces/herts/mtfp?from=2016/17&years=4&asOf=${phase1}`).expect(200);
    expect(res.body.asAt.position).toBe(phase1);
    expect(res.body.years.map((y: { nre: { value: string } }) => y.nre.value)).toEqual([
      '187000000.00',
      expect.any(String),
      expect.any(String),
      '190000000.00',
    ]);
    const reserve = res.body.years[3].reserves.find((r: { reserveId: string }) => r.reserveId === 'budget-support');
    expect(reserve.closing.value).toBe('7500000.00');
  });

  it('shows the 2019/20 budget as set in 2019: £118.7m + £84.1m + £0.6m = £203.4m, and Band D £188.00', async () => {
    const res = await t.http().get('/forces/herts/mtfp?from=2019/20&years=1').expect(200);
    const year = res.body.years[0];
    // Central government funding: the general grants and the police pensions grant, a specific grant of its own (£2.0m, illustrative).
    const grants = ['coreGrant', 'formulaGrant', 'legacyCouncilTaxGrants', 'otherGeneralGrants', 'specificGrantsTotal'].map((g) =>
      Money.parse(year.funding[g].value),
    );
    expect(Money.sum(grants).toPence()).toBe('118700000.00');
    expect(year.funding.precept.income.value).toBe('84100000.00');
    expect(year.funding.precept.bandD.value).toBe('188.00');
    // The tax base at the precision used: £188.00 × 447,340.42553 = £84,100,000.00 (447,340.43 would give £84,100,000.84).
    expect(year.funding.precept.taxBase.value).toBe('447340.42553');
    expect(year.funding.collectionFund.value).toBe('600000.00');
    expect(year.funding.total.value).toBe('203400000.00');
    expect(year.savingsToIdentify.value).toBe('0.00');
    // The budget as published: supplies £31.2m, with the 2019/20 BCH savings already in it (not taken off again);
    // shown as £27.2m + premises energy £2.5m + vehicle fuel £1.5m (an illustrative split, hertfordshire-energy-fuel-2019.ts).
    const supplies = ['supplies', 'supplies-energy', 'supplies-fuel'].map(
      (code) => year.expenditure.lines.find((l: { code: string }) => l.code === code).amount.value as string,
    );
    expect(supplies).toEqual(['27200000.00', '2500000.00', '1500000.00']);
    expect(Money.sum(supplies.map((v) => Money.parse(v))).toPence()).toBe('31200000.00');
    expect(year.expenditure.externalSavingsTotal.value).toBe('0.00');
    const inBase = year.expenditure.externalSavingsInBaseBudget.map((l: { amount: { value: string } }) => Money.parse(l.amount.value));
    // A third of the £2.0m 2019/20 collaboration savings (£666,666.67) and Herts' shares of the recurring unit
    // savings realised 2012/13–2018/19 (JPS £3.56m, Organisational Support £1,561,536.59, Operational Support £1.125m).
    expect(Money.sum(inBase).toPence()).toBe('6913203.26');
    expect(year.nre.value).toBe('208100000.00');
  });

  it("shows Hertfordshire's collaboration in the 2016 plan: 26.1 % / 0.6 % of NRE in 2016/17, 32.8 % / 0.7 % in 2019/20", async () => {
    const res = await t.http().get(`/forces/herts/collaboration?from=2016/17&years=4&asOf=${phase1}`).expect(200);
    const byYear = Object.fromEntries(res.body.years.map((y: { year: string }) => [y.year, y]));
    expect(byYear['2016/17']).toMatchObject({
      police: { amount: '48800000.00', percentOfNre: '26.1' },
      nonPolice: { amount: '1200000.00', percentOfNre: '0.6' },
    });
    expect(byYear['2019/20']).toMatchObject({
      police: { amount: '62300000.00', percentOfNre: '32.8' },
      nonPolice: { amount: '1300000.00', percentOfNre: '0.7' },
    });
  });

  it('shows, for 2017/18 in the 2016 plan, that +£5 on Band D raises £2.1m from 420,000 Band D equivalents', async () => {
    const res = await t.http().get(`/forces/herts/precept-options?year=2017/18&poundRise=5.00&asOf=${phase1}`).expect(200);
    expect(res.body.taxBase.value).toBe('420000.00');
    const option = res.body.options.find((o: { kind: string }) => o.kind === 'pound_rise');
    expect(option).toMatchObject({ bandD: '152.00', incomeAboveFreeze: '2100000.00' });
  });

  it("allows Hertfordshire's approved 2017/18 Band D of £152.00 (+£5) without a referendum: it is recorded among that year's lowest-quartile PCCs", async () => {
    const res = await t.http().get('/forces/herts/precept-options?year=2017/18&include=sources').expect(200);
    expect(res.body.referendumGroups).toEqual([{ appliesTo: 'lowest-quartile PCCs', basis: 'recorded', sources: [expect.any(String)] }]);
    const approved = res.body.options.find((o: { kind: string }) => o.kind === 'recorded');
    expect(approved).toMatchObject({
      label: 'Approved Band D',
      bandD: '152.00',
      referendum: { required: false, principle: { appliesTo: 'lowest-quartile PCCs' }, largestBandDAllowed: '152.00' },
    });
    const largest = res.body.options.find((o: { kind: string }) => o.kind === 'largest_without_referendum');
    expect(largest).toMatchObject({ bandD: '152.00', change: { yearly: '5.00' } }); // £147.00 + £5.00
    const membership = await t.http().get(`/streams/reference-referendum-principles/events?limit=1000`).expect(200);
    const recorded = (membership.body.events as (Entry & { id: string; type: string })[]).find(
      (e) => e.id === res.body.referendumGroups[0].sources[0],
    );
    expect(recorded?.metadata.reason).toMatch(/^HMIC, PEEL: Police efficiency 2016 – Hertfordshire/);
  });

  it('reports £15.0m of BCH savings realised since 2012/13', async () => {
    const res = await t.http().get('/alliances/bch/benefits-realisation').expect(200);
    expect(res.body.total.realised).toBe('15000000.00');
  });
});
