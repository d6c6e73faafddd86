import { bchHttp, setUpBchAlliance } from '../fixtures/bch-alliance-http.fixture';
import { startTestApp, type TestApp } from '../support/test-app';

type Saving = {
  code: string;
  amount: { value: string };
  yearRecurrence?: string;
  recurring?: { inYear: { value: string }; carried: { value: string }; fromYears: string[] };
};
type Year = {
  year: string;
  recurrence: string;
  recurrenceBasis: string;
  budgetEffect: string;
  members: { force: string; budgetEffect: string }[];
};

/**
 * A one-off year in a recurring programme, through HTTP. The collaboration savings (no unit: thirds) plan
 * £2.73m, £1.9m, £2.1m, £2.1m for 2016/17–2019/20; Herts' parts are £910,000, £633,333.33 (the odd pennies
 * going to beds and cambs), £700,000 and £700,000; its 2016/17 base budget holds the 2016/17 increment.
 */
describe("the BCH alliance through HTTP: one year's saving is one-off in a recurring programme", () => {
  let t: TestApp;
  const get = (path: string) => bchHttp(t).get(path);
  const collabLine = async (year: string): Promise<Saving> => {
    const mtfp = await get(`/forces/herts/mtfp?from=${year}&years=1`);
    return mtfp.years[0].expenditure.externalSavings.find((s: Saving) => s.code === 'alliance:bch:programme:collab-savings');
  };
  const streamLength = async () => (await get('/streams/alliance-bch/events')).events.length;

  beforeAll(async () => {
    t = await startTestApp();
    await setUpBchAlliance(t);
    await t
      .http()
      .put('/alliances/bch/programmes/collab-savings/recurrence')
      .send({ recurrence: 'recurring', reason: 'Business case: permanent reductions' })
      .expect(200);
  });

  afterAll(async () => {
    await t.close();
  });

  it("records the year's recurrence with its plan", async () => {
    const res = await t
      .http()
      .post('/alliances/bch/programmes/collab-savings/savings')
      .send({ kind: 'planned', year: '2018/19', amount: '2100000.00', recurrence: 'one_off', reason: 'Illustrative: a one-off rebate' })
      .expect(201);
    expect(res.body.events.map((e: { type: string }) => e.type)).toEqual(['SavingsPlanned.v1']);
    const recorded = (await get('/streams/alliance-bch/events')).events.at(-1);
    expect([recorded.type, recorded.data]).toEqual([
      'SavingsPlanned.v1',
      { programmeCode: 'collab-savings', year: '2018/19', amount: '2100000', recurrence: 'one_off' },
    ]);
  });

  it('takes the one-off year off its own year only, in the MTFP and in the benefits report alike', async () => {
    // 2018/19: £700,000 one-off in-year + £633,333.33 carried from 2017/18 = £1,333,333.33.
    const y1819 = await collabLine('2018/19');
    expect([y1819.amount.value, y1819.yearRecurrence, y1819.recurring?.inYear.value, y1819.recurring?.carried.value]).toEqual([
      '1333333.33',
      'one_off',
      '700000.00',
      '633333.33',
    ]);
    // 2019/20: £700,000 recurring in-year + £633,333.33 carried (2018/19's £700,000 does not carry).
    const y1920 = await collabLine('2019/20');
    expect([y1920.amount.value, y1920.yearRecurrence, y1920.recurring?.fromYears]).toEqual([
      '1333333.33',
      'recurring',
      ['2017/18', '2019/20'],
    ]);

    const report = await get('/alliances/bch/benefits-realisation');
    const years: Year[] = report.programmes.find((p: { programmeCode: string }) => p.programmeCode === 'collab-savings').years;
    // Budget effect: £2.73m; + £1.9m = £4.63m; + £2.1m one-off = £6.73m; £4.63m carried + £2.1m = £6.73m.
    expect(years.map((y) => [y.year, y.recurrence, y.recurrenceBasis, y.budgetEffect])).toEqual([
      ['2016/17', 'recurring', 'programme', '2730000.00'],
      ['2017/18', 'recurring', 'programme', '4630000.00'],
      ['2018/19', 'one_off', 'year', '6730000.00'],
      ['2019/20', 'recurring', 'programme', '6730000.00'],
    ]);
    // Herts 2019/20: £910,000 + £633,333.33 + £700,000 = £2,243,333.33; less the £910,000 in its base budget, its MTFP line.
    expect(years[3].members.find((m) => m.force === 'herts')?.budgetEffect).toBe('2243333.33');
  });

  it('refuses a recurrence on a forecast, or one it does not know (400), recording nothing', async () => {
    const before = await streamLength();
    const onForecast = await t
      .http()
      .post('/alliances/bch/programmes/collab-savings/savings')
      .send({ kind: 'forecast', year: '2018/19', amount: '2000000.00', reason: 'slower', recurrence: 'one_off' })
      .expect(400);
    expect(JSON.stringify(onForecast.body)).toMatch(/recurrence/);
    await t
      .http()
      .post('/alliances/bch/programmes/collab-savings/savings')
      .send({ kind: 'planned', year: '2018/19', amount: '2000000.00', recurrence: 'sometimes' })
      .expect(400);
    expect(await streamLength()).toBe(before);
  });
});
