import { bchHttp, setUpBchAlliance } from '../fixtures/bch-alliance-http.fixture';
import { startTestApp, type TestApp } from '../support/test-app';

interface Member {
  force: string;
  costsToAchieve: string;
  netBenefit: string;
}
interface Year {
  year: string;
  bestEstimate: string;
  costsToAchieve: string;
  netBenefit: string;
  cumulative: { costsToAchieve: string; netBenefit: string };
  varianceExplanation: { explanation: string; source: string } | null;
  members: Member[];
  sources: string[];
}
interface Programme {
  programmeCode: string;
  years: Year[];
  total: { costsToAchieve: string; netBenefit: string };
  varianceExplanations: { year: string; explanation: string; current: boolean }[];
}

/** Costs to achieve, net benefit, unit outturn and variance explanations through HTTP, on the BCH alliance. */
describe('the BCH alliance through HTTP: the board figures', () => {
  let t: TestApp;
  const get = (path: string) => bchHttp(t).get(path);
  const post = (path: string, body: object) => t.http().post(path).send(body);
  const collab = async (): Promise<Programme> =>
    (await get('/alliances/bch/benefits-realisation?include=sources')).programmes.find(
      (p: Programme) => p.programmeCode === 'collab-savings',
    );
  const streamLength = async () => (await get('/streams/alliance-bch/events')).events.length;

  beforeAll(async () => {
    t = await startTestApp();
    await setUpBchAlliance(t);
  });

  afterAll(async () => {
    await t.close();
  });

  it("records a programme's costs to achieve and nets them off its savings, each member's part split as its savings are", async () => {
    const res = await post('/alliances/bch/programmes/collab-savings/costs-to-achieve', {
      year: '2016/17',
      amount: '600000.01',
      reason: 'Contract staff, consultancy and assurance',
    }).expect(201);
    expect(res.body.events.map((e: { type: string }) => e.type)).toEqual(['ProgrammeCostsToAchieveSet.v1']);
    const y = (await collab()).years.find((x) => x.year === '2016/17')!;
    // planned (= best estimate) 2,730,000.00 − 600,000.01 = 2,129,999.99
    expect(y).toMatchObject({ bestEstimate: '2730000.00', costsToAchieve: '600000.01', netBenefit: '2129999.99' });
    expect(y.cumulative).toMatchObject({ costsToAchieve: '600000.01', netBenefit: '2129999.99' });
    expect(y.sources).toContain(res.body.events[0].id);
    // No unit: equal thirds. 60,000,001p / 3 = 20,000,000.33…p: the 1p left goes to the first code, beds.
    // Savings thirds of 2,730,000.00 = 910,000.00 each.
    expect(y.members.map(({ force, costsToAchieve, netBenefit }) => ({ force, costsToAchieve, netBenefit }))).toEqual([
      { force: 'beds', costsToAchieve: '200000.01', netBenefit: '709999.99' },
      { force: 'cambs', costsToAchieve: '200000.00', netBenefit: '710000.00' },
      { force: 'herts', costsToAchieve: '200000.00', netBenefit: '710000.00' },
    ]);
    const report = await get('/alliances/bch/benefits-realisation');
    // Every BCH programme is cashable: the non-cashable total is zero, the cashable total carries the costs.
    expect(report.cashableTotal).toMatchObject({ costsToAchieve: '600000.01' });
    expect(report.nonCashableTotal).toMatchObject({ bestEstimate: '0.00', costsToAchieve: '0.00', netBenefit: '0.00' });
  });

  it("sets a unit's outturn against its budget in the collaboration shares, split as the contributions are", async () => {
    const res = await post('/alliances/bch/units/jps/outturns', {
      year: '2016/17',
      amount: '30000000.01',
      reason: 'JPS outturn report 2016/17',
    }).expect(201);
    const shares = await get('/alliances/bch/collaboration-shares?year=2016/17&include=sources');
    const jps = shares.units.find((u: { unitCode: string }) => u.unitCode === 'jps');
    // 30,000,000.01 − 30,000,000.00 = 0.01 overspent; 3,000,000,001p × 0.3/0.3/0.4: the 1p left goes to herts (.4).
    expect(jps).toMatchObject({ budget: '30000000.00', outturn: '30000000.01', variance: '0.01' });
    expect(jps.shares.map((s: { outturn: string }) => s.outturn)).toEqual(['9000000.00', '9000000.00', '12000000.01']);
    expect(jps.sources).toContain(res.body.events[0].id);
    const org = shares.units.find((u: { unitCode: string }) => u.unitCode === 'org');
    expect(org).toMatchObject({ outturn: null, variance: null });
  });

  it("shows a programme-year's latest variance explanation; the earlier stays in the audit trail", async () => {
    const first = await post('/alliances/bch/programmes/collab-savings/variance-explanations', {
      year: '2017/18',
      explanation: 'Savings released more slowly than expected',
    }).expect(201);
    const second = await post('/alliances/bch/programmes/collab-savings/variance-explanations', {
      year: '2017/18',
      explanation: 'Custody restructure slipped to Q3',
    }).expect(201);
    const programme = await collab();
    const y = programme.years.find((x) => x.year === '2017/18')!;
    expect(y.varianceExplanation).toMatchObject({ explanation: 'Custody restructure slipped to Q3', source: second.body.events[0].id });
    expect(programme.varianceExplanations.map((e) => [e.explanation, e.current])).toEqual([
      ['Savings released more slowly than expected', false],
      ['Custody restructure slipped to Q3', true],
    ]);
    const trail = (await get('/streams/alliance-bch/events')).events.map((e: { id: string }) => e.id);
    expect(trail).toEqual(expect.arrayContaining([first.body.events[0].id, second.body.events[0].id]));
  });

  it('refuses: unknown programme or unit 404; a year outside its life or a negative amount 422; malformed input 400; nothing recorded', async () => {
    const before = await streamLength();
    const costs = (programme: string, body: object) => post(`/alliances/bch/programmes/${programme}/costs-to-achieve`, body);
    const ok = { year: '2016/17', amount: '1.00', reason: 'x' };
    await costs('nope', ok).expect(404);
    await post('/alliances/bch/units/nope/outturns', ok).expect(404);
    await post('/alliances/bch/programmes/nope/variance-explanations', { year: '2016/17', explanation: 'x' }).expect(404);
    const early = await costs('collab-savings', { ...ok, year: '2015/16' }).expect(422);
    expect(early.body.message).toMatch(/Collaboration savings began in 2016\/17; 2015\/16 is before its life/);
    const negative = await costs('collab-savings', { ...ok, amount: '-1.00' }).expect(422);
    expect(negative.body.message).toMatch(/cannot be negative/);
    // JPS has no 2018/19 budget in this set-up.
    const noBudget = await post('/alliances/bch/units/jps/outturns', { ...ok, year: '2018/19' }).expect(422);
    expect(noBudget.body.message).toMatch(/Joint Protective Services has no budget for 2018\/19/);
    await post('/alliances/bch/units/jps/outturns', { ...ok, amount: '-0.01' }).expect(422);
    await post('/alliances/bch/programmes/collab-savings/variance-explanations', { year: '2012/13', explanation: 'x' }).expect(422);
    const asNumber = await costs('collab-savings', { ...ok, amount: 1 }).expect(400);
    expect(JSON.stringify(asNumber.body)).toMatch(/amount/);
    const noReason = await post('/alliances/bch/units/jps/outturns', { year: '2016/17', amount: '1.00' }).expect(400);
    expect(JSON.stringify(noReason.body)).toMatch(/reason/);
    const badYear = await costs('collab-savings', { ...ok, year: '2016-17' }).expect(400);
    expect(JSON.stringify(badYear.body)).toMatch(/year/);
    const noExplanation = await post('/alliances/bch/programmes/collab-savings/variance-explanations', { year: '2016/17' }).expect(400);
    expect(JSON.stringify(noExplanation.body)).toMatch(/explanation/);
    expect(await streamLength()).toBe(before);
  });
});
