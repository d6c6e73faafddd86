import { bchHttp, setUpBchAlliance, sum, type PartnerYear, type UnitShares } from '../fixtures/bch-alliance-http.fixture';
import { startTestApp, type TestApp } from '../support/test-app';

/** The BCH alliance through HTTP: Hertfordshire's collaboration beside HMIC's figures, and the units' cost shares. The set-up, and where its figures come from, is in test/fixtures/bch-alliance-http.fixture.ts. */
describe('the BCH alliance through HTTP: collaboration and cost shares', () => {
  let t: TestApp;
  /** Global position of the last event of the set-up. */
  let setUpPosition: string;
  const post: ReturnType<typeof bchHttp>['post'] = (path, body) => bchHttp(t).post(path, body);
  const get = (path: string) => bchHttp(t).get(path);

  beforeAll(async () => {
    t = await startTestApp();
    setUpPosition = await setUpBchAlliance(t);
  });

  afterAll(async () => {
    await t.close();
  });

  it("shows Hertfordshire's collaboration as a share of its NRE beside the national averages, as HMIC published it", async () => {
    const herts = await get('/forces/herts/collaboration?from=2016/17&years=4');
    const headline = (y: PartnerYear) => ({
      year: y.year,
      nre: y.nre,
      police: [y.police.amount, y.police.percentOfNre, y.police.nationalAverage?.percentOfNre],
      nonPolice: [y.nonPolice.amount, y.nonPolice.percentOfNre, y.nonPolice.nationalAverage?.percentOfNre],
    });
    expect(herts.years.map((y: PartnerYear) => y.year)).toEqual(['2016/17', '2017/18', '2018/19', '2019/20']);
    expect(headline(herts.years[0])).toEqual({
      year: '2016/17',
      nre: '187000000.00',
      police: ['48800000.00', '26.1', '11.9'],
      nonPolice: ['1200000.00', '0.6', '3.4'],
    });
    expect(headline(herts.years[3])).toEqual({
      year: '2019/20',
      nre: '190000000.00',
      police: ['62300000.00', '32.8', '14.8'],
      nonPolice: ['1300000.00', '0.7', '3.5'],
    });
    expect(herts.years[0].issues).toEqual([]);

    // The NRE is the MTFP's own, alliance savings included.
    const mtfp = await get('/forces/herts/mtfp?from=2016/17&years=4');
    expect([mtfp.years[0].nre.value, mtfp.years[3].nre.value]).toEqual(['187000000.00', '190000000.00']);

    // Its police spend is its contribution to each unit – the same as in the alliance's shares – plus the spend recorded outside them.
    for (const [i, year] of [
      [0, '2016/17'],
      [3, '2019/20'],
    ] as const) {
      const shares = await get(`/alliances/bch/collaboration-shares?year=${year}`);
      const total = shares.memberTotals.find((m: { force: string }) => m.force === 'herts');
      const lines: { kind: string; unitCode: string | null; amount: string }[] = herts.years[i].police.lines;
      expect(lines.filter((l) => l.kind === 'unit_contribution').map((l) => [l.unitCode, l.amount])).toEqual(
        total.units.map((u: { unitCode: string; contribution: string }) => [u.unitCode, u.contribution]),
      );
      expect(lines.filter((l) => l.kind === 'recorded_spend').map((l) => l.amount)).toEqual([i === 0 ? '2800000.00' : '5300000.00']);
    }
    expect(herts.years[0].police.lines.slice(0, 3).map((l: { amount: string }) => l.amount)).toEqual([
      '12000000.00',
      '16000000.00',
      '18000000.00',
    ]);
  });

  it("shares every unit's budget exactly: shares sum to 1 and contributions to the budget, to the penny", async () => {
    for (const year of ['2016/17', '2017/18', '2019/20']) {
      const shares = await get(`/alliances/bch/collaboration-shares?year=${year}`);
      expect(shares.members).toEqual(['beds', 'cambs', 'herts']);
      expect(shares.units.map((u: { unitCode: string }) => u.unitCode)).toEqual(['jps', 'ops', 'org']);
      for (const unit of shares.units as UnitShares[]) {
        expect(unit.issues).toEqual([]);
        expect(unit.shares.map((s) => s.force)).toEqual(['beds', 'cambs', 'herts']);
        expect(sum(unit.shares.map((s) => s.share)).equals(1)).toBe(true);
        expect(sum(unit.shares.map((s) => s.contribution as string)).toFixed(2)).toBe(unit.budget);
      }
      const budgets = sum(shares.units.map((u: UnitShares) => u.budget as string));
      expect(sum(shares.memberTotals.map((m: { total: string }) => m.total)).toFixed(2)).toBe(budgets.toFixed(2));
    }

    const in2016 = await get('/alliances/bch/collaboration-shares?year=2016/17');
    expect(in2016.units.map((u: UnitShares) => [u.unitCode, u.basis?.kind, u.shares.map((s) => s.contribution)])).toEqual([
      ['jps', 'fixed', ['9000000.00', '9000000.00', '12000000.00']],
      ['ops', 'headcount', ['10000000.00', '14000000.00', '16000000.00']],
      ['org', 'net_revenue_budget', ['10000000.00', '13000000.00', '18000000.00']],
    ]);
    // Shares by NRE are the members' 2015/16 NRE from their MTFPs: 100 : 130 : 180.
    expect(in2016.units[2].shares.map((s: UnitShares['shares'][number]) => [s.weight, s.sharePercent])).toEqual([
      ['100000000', '24.39'],
      ['130000000', '31.71'],
      ['180000000', '43.90'],
    ]);

    // £33,333,333.34 by 100 : 130 : 180 leaves a penny over; largest remainder gives it to the largest remainder (Hertfordshire's).
    const in2017 = await get('/alliances/bch/collaboration-shares?year=2017/18');
    expect(in2017.units[2].shares.map((s: UnitShares['shares'][number]) => s.contribution)).toEqual([
      '8130081.30',
      '10569105.69',
      '14634146.35',
    ]);
  });

  it('answers collaboration shares as at an earlier position byte for byte as they were then', async () => {
    const before = await t.http().get('/alliances/bch/collaboration-shares?year=2017/18').expect(200);
    const head = (await get('/health')).headPosition as string;
    await post('/alliances/bch/units/jps/budgets', { year: '2017/18', amount: '31000000.00', reason: 'In-year saving on vehicle leases' });

    const after = await t.http().get('/alliances/bch/collaboration-shares?year=2017/18').expect(200);
    expect(after.text).not.toBe(before.text);
    const asThen = await t.http().get(`/alliances/bch/collaboration-shares?year=2017/18&asOf=${head}`).expect(200);
    expect(asThen.text).toBe(before.text);
    expect(Number(head)).toBeGreaterThanOrEqual(Number(setUpPosition));
  });
});
