import { Dec } from '../../src/common/decimal';
import { bchHttp, setUpBchAlliance, sum, type MtfpYear } from '../fixtures/bch-alliance-http.fixture';
import { startTestApp, type TestApp } from '../support/test-app';

/** The BCH alliance through HTTP: benefits realisation and its savings in members' MTFPs. The set-up, and where its figures come from, is in test/fixtures/bch-alliance-http.fixture.ts. */
describe('the BCH alliance through HTTP: benefits realisation', () => {
  let t: TestApp;
  const post: ReturnType<typeof bchHttp>['post'] = (path, body) => bchHttp(t).post(path, body);
  const get = (path: string) => bchHttp(t).get(path);

  beforeAll(async () => {
    t = await startTestApp();
    await setUpBchAlliance(t);
  });

  afterAll(async () => {
    await t.close();
  });

  it('reports benefits realisation: £15.0m realised since 2012/13, £8.9m in JPS and £6.1m in support', async () => {
    const report = await get('/alliances/bch/benefits-realisation');
    // Delivery ratios are presentation values: 4 dp strings, never 40 significant digits.
    const deliveries = JSON.stringify(report).match(/"delivery":"[^"]*"/g) ?? [];
    expect(deliveries.length).toBeGreaterThan(0);
    for (const d of deliveries) expect(d).toMatch(/^"delivery":"-?\d+\.\d{4}"$/);
    expect(report.total.realised).toBe('15000000.00');
    const programme = (code: string) => report.programmes.find((p: { programmeCode: string }) => p.programmeCode === code);
    expect(programme('jps-savings').total).toMatchObject({
      planned: '8000000.00',
      realised: '8900000.00',
      variance: '900000.00',
      deliveryPercent: '111.3',
      rag: 'green',
    });
    expect(programme('support-savings').total).toMatchObject({
      planned: '6000000.00',
      realised: '6100000.00',
      deliveryPercent: '101.7',
      rag: 'green',
    });
    expect(programme('support-savings').realisations.map((r: { evidence: string }) => r.evidence)).toEqual([
      'Outturn report 2012/13',
      'Outturn report 2013/14',
      'Outturn report 2014/15',
      'Outturn report 2015/16',
    ]);

    // Year by year, cumulatively and per member: JPS 2012/13 delivered 75 % of plan (red), and Hertfordshire bears 40 % of JPS.
    const jps2012 = programme('jps-savings').years[0];
    expect(jps2012).toMatchObject({
      year: '2012/13',
      planned: '2000000.00',
      realised: '1500000.00',
      deliveryPercent: '75.0',
      rag: 'red',
      sharing: 'unit_basis',
    });
    expect(jps2012.members.map((m: { force: string; realised: string }) => [m.force, m.realised])).toEqual([
      ['beds', '450000.00'],
      ['cambs', '450000.00'],
      ['herts', '600000.00'],
    ]);
    expect(programme('jps-savings').years[3].cumulative).toMatchObject({ planned: '8000000.00', realised: '8900000.00' });
    const members = programme('jps-savings').members as { realised: string }[];
    expect(sum(members.map((m) => m.realised)).toFixed(2)).toBe('8900000.00');

    // A what-if on thresholds (the board has recorded none): with amber from 60 %, 2012/13 is amber.
    const lenient = await get('/alliances/bch/benefits-realisation?green=0.95&amber=0.60');
    expect(lenient.thresholds).toEqual({ green: '0.95', amber: '0.6', basis: 'what_if', board: null });
    expect(lenient.programmes.find((p: { programmeCode: string }) => p.programmeCode === 'jps-savings').years[0].rag).toBe('amber');
  });

  it("moves each member's MTFP savings and gap by exactly its part of a £0.8m forecast revision, and names the revision", async () => {
    const forces = ['beds', 'cambs', 'herts'];
    const mtfpOf = async (force: string) => (await get(`/forces/${force}/mtfp?from=2016/17&years=4&include=sources`)).years[2] as MtfpYear; // 2018/19, with the events each figure cites
    const before = await Promise.all(forces.map(mtfpOf));
    const programmeForecast = async () =>
      (await get('/alliances/bch/benefits-realisation')).programmes.find(
        (p: { programmeCode: string }) => p.programmeCode === 'collab-savings',
      );
    expect(
      (await programmeForecast()).years
        .slice(1)
        .reduce((s: Dec, y: { forecast: string }) => s.plus(y.forecast), new Dec(0))
        .toFixed(2),
    ).toBe('6100000.00');

    const revised = await post('/alliances/bch/programmes/collab-savings/savings', {
      kind: 'forecast',
      year: '2018/19',
      amount: '1300000.00',
      reason: 'Savings released more slowly than expected',
    });
    const revisionId = revised.events[0].id;
    const after = await Promise.all(forces.map(mtfpOf));

    const changes = forces.map((force, i) => {
      const line = (y: MtfpYear) =>
        y.expenditure.externalSavings.find(
          (l) => l.code === 'alliance:bch:programme:collab-savings',
        ) as MtfpYear['expenditure']['externalSavings'][number];
      const saving = new Dec(line(before[i]).amount.value).minus(line(after[i]).amount.value);
      expect(line(after[i]).amount.sources).toContain(revisionId);
      expect(line(before[i]).amount.sources).not.toContain(revisionId);
      expect(after[i].gap.sources).toContain(revisionId);
      // The whole of the change reaches the savings total and the gap, and nothing else moves.
      expect(
        new Dec(before[i].expenditure.externalSavingsTotal.value).minus(after[i].expenditure.externalSavingsTotal.value).equals(saving),
      ).toBe(true);
      expect(new Dec(after[i].gap.value).minus(before[i].gap.value).equals(saving)).toBe(true);
      return [force, saving.toFixed(2)];
    });
    // Equal shares of £800,000.00: the odd penny goes by largest remainder, and the three add up exactly.
    expect(changes).toEqual([
      ['beds', '266666.67'],
      ['cambs', '266666.67'],
      ['herts', '266666.66'],
    ]);

    const programme = await programmeForecast();
    expect(
      programme.years
        .slice(1)
        .reduce((s: Dec, y: { forecast: string }) => s.plus(y.forecast), new Dec(0))
        .toFixed(2),
    ).toBe('5300000.00');
    expect(programme.revisions).toEqual([
      {
        year: '2018/19',
        previous: '2100000.00',
        amount: '1300000.00',
        change: '-800000.00',
        reason: 'Savings released more slowly than expected',
        recordedAt: expect.any(String),
        source: revisionId,
      },
    ]);
    // The board's report gives each member the same part of the revision as its MTFP.
    const year = programme.years.find((y: { year: string }) => y.year === '2018/19');
    expect(
      year.members.map((m: { force: string; forecast: string }) => [m.force, new Dec('700000.00').minus(m.forecast).toFixed(2)]),
    ).toEqual(changes);
  });
});
