import { bchHttp, setUpBchAlliance } from '../fixtures/bch-alliance-http.fixture';
import { startTestApp, type TestApp } from '../support/test-app';

type Programme = {
  programmeCode: string;
  recurrence: string;
  years: { year: string; rag: string; budgetEffect: string; members: { force: string; budgetEffect: string }[] }[];
};

/** The board's RAG thresholds, "no outturn" for ended years, and recurring savings, through HTTP. */
describe('the BCH alliance through HTTP: what the board records about its savings', () => {
  let t: TestApp;
  const get = (path: string) => bchHttp(t).get(path);
  const programme = (report: { programmes: Programme[] }, code: string) =>
    report.programmes.find((p) => p.programmeCode === code) as Programme;
  const streamLength = async () => (await get('/streams/alliance-bch/events')).events.length;

  beforeAll(async () => {
    t = await startTestApp();
    await setUpBchAlliance(t);
  });

  afterAll(async () => {
    await t.close();
  });

  it('shows "no_outturn" for years that ended (by the time of answering) with nothing realised, not the forecast’s colour', async () => {
    const report = await get('/alliances/bch/benefits-realisation');
    // The collaboration savings' years 2016/17–2019/20 all ended before now; none has a realised figure.
    expect(programme(report, 'collab-savings').years.map((y) => [y.year, y.rag])).toEqual([
      ['2016/17', 'no_outturn'],
      ['2017/18', 'no_outturn'],
      ['2018/19', 'no_outturn'],
      ['2019/20', 'no_outturn'],
    ]);
    // JPS 2012/13 realised 75 % of plan: red by the default thresholds.
    expect(programme(report, 'jps-savings').years[0].rag).toBe('red');
    expect(report.thresholds).toEqual({ green: '0.95', amber: '0.8', basis: 'default', board: null });
  });

  it("records the board's thresholds with its reason and uses them; green=/amber= remain a what-if only", async () => {
    const res = await t
      .http()
      .put('/alliances/bch/rag-thresholds')
      .send({ green: '0.75', amber: '0.6', reason: 'Board minute 7/2016' })
      .expect(200);
    expect(res.body.events.map((e: { type: string }) => e.type)).toEqual(['RagThresholdsSet.v1']);
    const report = await get('/alliances/bch/benefits-realisation');
    expect(report.thresholds).toMatchObject({ green: '0.75', amber: '0.6', basis: 'board', board: { reason: 'Board minute 7/2016' } });
    expect(programme(report, 'jps-savings').years[0].rag).toBe('green');
    const whatIf = await get('/alliances/bch/benefits-realisation?green=0.95&amber=0.8');
    expect(whatIf.thresholds).toMatchObject({ green: '0.95', basis: 'what_if', board: { green: '0.75' } });
    expect(programme(whatIf, 'jps-savings').years[0].rag).toBe('red');
  });

  it('refuses bad thresholds: amber above green 422, a number or no reason 400; nothing recorded', async () => {
    const before = await streamLength();
    const amberAbove = await t.http().put('/alliances/bch/rag-thresholds').send({ green: '0.8', amber: '0.9', reason: 'x' }).expect(422);
    expect(amberAbove.body.message).toMatch(/amber threshold \(90 % of plan\) must not be above the green one \(80 %\)/);
    const asNumber = await t.http().put('/alliances/bch/rag-thresholds').send({ green: 0.9, amber: '0.8', reason: 'x' }).expect(400);
    expect(JSON.stringify(asNumber.body)).toMatch(/green/);
    const noReason = await t.http().put('/alliances/bch/rag-thresholds').send({ green: '0.9', amber: '0.8' }).expect(400);
    expect(JSON.stringify(noReason.body)).toMatch(/reason/);
    expect(await streamLength()).toBe(before);
  });

  it("makes a programme's savings recur: members' MTFPs carry them and the benefits report's budget effect matches", async () => {
    const line = async () => {
      const mtfp = await get('/forces/herts/mtfp?from=2019/20&years=1');
      return mtfp.years[0].expenditure.externalSavings.find((s: { code: string }) => s.code === 'alliance:bch:programme:collab-savings');
    };
    // One-off (as recorded): Herts' third of 2019/20's £2.1m.
    expect((await line()).amount.value).toBe('700000.00');
    await t
      .http()
      .put('/alliances/bch/programmes/collab-savings/recurrence')
      .send({ recurrence: 'recurring', reason: 'Business case: permanent reductions' })
      .expect(200);
    // Recurring: thirds of 2017/18 £1.9m (£633,333.33 to Herts, the odd pennies going to beds and cambs), 2018/19 £2.1m and
    // 2019/20 £2.1m; Herts' 2016/17 base budget holds the 2016/17 increment.
    const carried = await line();
    expect([carried.amount.value, carried.recurring.inYear.value, carried.recurring.carried.value]).toEqual([
      '2033333.33',
      '700000.00',
      '1333333.33',
    ]);
    const report = await get('/alliances/bch/benefits-realisation');
    const collab = programme(report, 'collab-savings');
    expect(collab.recurrence).toBe('recurring');
    // Budget effect 2019/20: £2.73m + £1.9m + £2.1m + £2.1m = £8.83m; Herts' part less its 2016/17 third (£910,000) is its MTFP line.
    const y1920 = collab.years[3];
    expect(y1920.budgetEffect).toBe('8830000.00');
    expect(y1920.members.find((m) => m.force === 'herts')?.budgetEffect).toBe('2943333.33');
  });

  it('refuses an unknown recurrence (400) and programme (404), recording nothing', async () => {
    const before = await streamLength();
    await t.http().put('/alliances/bch/programmes/collab-savings/recurrence').send({ recurrence: 'sometimes', reason: 'x' }).expect(400);
    await t.http().put('/alliances/bch/programmes/nope/recurrence').send({ recurrence: 'recurring', reason: 'x' }).expect(404);
    expect(await streamLength()).toBe(before);
  });
});
