import { Dec } from '../../src/common/decimal';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * The BCH alliance through HTTP, built so Hertfordshire reproduces HMIC's published figures
 * (Efficiency 2016, figures 5 and 6) and the Plan 2019's realised savings. Bedfordshire's and
 * Cambridgeshire's figures, the units' budgets and their cost-share bases are illustrative (the
 * real ones are not published); they are chosen so Hertfordshire's parts come out in round pounds:
 *  - NRE, from each force's MTFP: Hertfordshire's 2016/17 base budget nets to £187.91m and the
 *    alliance's collaboration savings take its third of £2.73m (£0.91m) off: £187.0m. A £2.79m
 *    cost pressure from 2019/20, less its third of £2.1m (£0.7m): £190.0m.
 *  - Police collaboration 2016/17: JPS £30.0m × 40 % + Operational Support £40.0m × 1,600/4,000
 *    headcount + Organisational Support £41.0m × 180/410 (2015/16 NRE) = £46.0m, with £2.8m of
 *    eastern-region spend recorded outside the units: £48.8m. 2019/20: £40.0m × 38 % + £55.0m ×
 *    40 % + £45.1m × 180/410 = £57.0m, with £5.3m: £62.3m.
 */
describe('the BCH alliance through HTTP', () => {
  let t: TestApp;
  /** Global position of the last event of the set-up. */
  let setUpPosition: string;

  const post = async (path: string, body: object): Promise<{ position: string; events: { id: string; type: string }[] }> => {
    const res = await t.http().post(path).send(body);
    if (res.status !== 201) throw new Error(`POST ${path} answered ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const get = async (path: string) => (await t.http().get(path).expect(200)).body;

  async function recordForce(
    code: string,
    name: string,
    baseBudget2015: [pay: string, nonPay: string, income: string],
    coreGrant: string,
  ): Promise<void> {
    await post('/forces', { code, name });
    await post(`/forces/${code}/plan-period`, { firstYear: '2015/16', lastYear: '2019/20' });
    await post(`/forces/${code}/budgets`, { year: '2015/16', lines: budgetLines(...baseBudget2015) });
    await post(`/forces/${code}/funding`, {
      year: '2016/17',
      coreGrant,
      formulaGrant: '0.00',
      legacyCouncilTaxGrants: '0.00',
      otherGeneralGrants: '0.00',
    });
  }

  beforeAll(async () => {
    t = await startTestApp();

    // Forces, each with an MTFP (no pay award or inflation: NRE stays as budgeted).
    await recordForce('beds', 'Bedfordshire Police', ['80000000.00', '24000000.00', '4000000.00'], '60000000.00'); // NRE £100.0m
    await recordForce('cambs', 'Cambridgeshire Constabulary', ['104000000.00', '31000000.00', '5000000.00'], '75000000.00'); // NRE £130.0m
    await recordForce('herts', 'Hertfordshire Constabulary', ['150000000.00', '36500000.00', '6500000.00'], '110000000.00'); // NRE £180.0m
    await post('/forces/herts/budgets', { year: '2016/17', lines: budgetLines('152000000.00', '43410000.00', '7500000.00') }); // NRE £187.91m
    await post('/forces/herts/budget-items', {
      kind: 'cost_pressure',
      fromYear: '2019/20',
      amount: '2790000.00',
      recurrence: 'recurring',
      description: 'Pay and pension pressures',
    });

    // The alliance, its units, their cost-share bases and budgets.
    await post('/alliances', {
      code: 'bch',
      name: 'BCH strategic alliance',
      members: ['beds', 'cambs', 'herts'].map((force) => ({ force, fromYear: '2012/13' })),
    });
    for (const force of ['beds', 'cambs', 'herts']) await post(`/forces/${force}/alliance-invitations/bch/accept`, {});
    await post('/alliances/bch/units', {
      code: 'jps',
      name: 'Joint Protective Services',
      leadForce: 'beds',
      category: 'protective_services',
    });
    await post('/alliances/bch/units', { code: 'ops', name: 'Operational Support', leadForce: 'herts', category: 'operational_support' });
    await post('/alliances/bch/units', {
      code: 'org',
      name: 'Organisational Support',
      leadForce: 'cambs',
      category: 'organisational_support',
    });
    await post('/alliances/bch/units/jps/cost-shares', { fromYear: '2012/13', basis: fixed('0.3', '0.3', '0.4') });
    await post('/alliances/bch/units/jps/cost-shares', { fromYear: '2018/19', basis: fixed('0.31', '0.31', '0.38') });
    const headcount = [
      ['beds', '1000'],
      ['cambs', '1400'],
      ['herts', '1600'],
    ].map(([force, value]) => ({ force, value }));
    await post('/alliances/bch/units/ops/cost-shares', { fromYear: '2016/17', basis: { kind: 'headcount', figures: headcount } });
    await post('/alliances/bch/units/org/cost-shares', { fromYear: '2016/17', basis: { kind: 'net_revenue_budget', year: '2015/16' } });
    for (const [unit, year, amount] of [
      ['jps', '2016/17', '30000000.00'],
      ['ops', '2016/17', '40000000.00'],
      ['org', '2016/17', '41000000.00'],
      ['jps', '2017/18', '32000000.00'],
      ['ops', '2017/18', '43000000.01'],
      ['org', '2017/18', '33333333.34'],
      ['jps', '2019/20', '40000000.00'],
      ['ops', '2019/20', '55000000.00'],
      ['org', '2019/20', '45100000.00'],
    ]) {
      await post(`/alliances/bch/units/${unit}/budgets`, { year, amount });
    }

    // Savings programmes: realised since 2012/13 (JPS £8.9m, support £6.1m), and the collaboration savings of the MTFP.
    await post('/alliances/bch/programmes', {
      code: 'jps-savings',
      name: 'Joint Protective Services',
      unit: 'jps',
      cashable: true,
      startYear: '2012/13',
      owner: 'BCH JPS programme board',
    });
    await post('/alliances/bch/programmes', {
      code: 'support-savings',
      name: 'Organisational and Operational Support',
      cashable: true,
      startYear: '2012/13',
    });
    const realisedSince2012: [string, string, string][] = [
      ['2012/13', '1500000.00', '1300000.00'],
      ['2013/14', '2300000.00', '1500000.00'],
      ['2014/15', '2500000.00', '1600000.00'],
      ['2015/16', '2600000.00', '1700000.00'],
    ];
    for (const [year, jps, support] of realisedSince2012) {
      await post('/alliances/bch/programmes/jps-savings/savings', { kind: 'planned', year, amount: '2000000.00' });
      await post('/alliances/bch/programmes/jps-savings/savings', {
        kind: 'realised',
        year,
        amount: jps,
        evidence: `Outturn report ${year}`,
      });
      await post('/alliances/bch/programmes/support-savings/savings', { kind: 'planned', year, amount: '1500000.00' });
      await post('/alliances/bch/programmes/support-savings/savings', {
        kind: 'realised',
        year,
        amount: support,
        evidence: `Outturn report ${year}`,
      });
    }
    await post('/alliances/bch/programmes', {
      code: 'collab-savings',
      name: 'Collaboration savings',
      cashable: true,
      startYear: '2016/17',
    });
    for (const [year, amount] of [
      ['2016/17', '2730000.00'],
      ['2017/18', '1900000.00'],
      ['2018/19', '2100000.00'],
      ['2019/20', '2100000.00'],
    ]) {
      await post('/alliances/bch/programmes/collab-savings/savings', { kind: 'planned', year, amount });
    }

    // Hertfordshire's collaboration outside the units, and the national averages beside it.
    await post('/forces/herts/collaboration-spend', {
      year: '2016/17',
      partner: 'police',
      amount: '2800000.00',
      description: 'Seven-force eastern region: procurement and ICT',
    });
    await post('/forces/herts/collaboration-spend', {
      year: '2016/17',
      partner: 'non_police',
      amount: '1200000.00',
      description: 'Fire, local authorities and health',
    });
    await post('/forces/herts/collaboration-spend', {
      year: '2019/20',
      partner: 'police',
      amount: '5300000.00',
      description: 'Seven-force eastern region: procurement and ICT',
    });
    await post('/forces/herts/collaboration-spend', {
      year: '2019/20',
      partner: 'non_police',
      amount: '1300000.00',
      description: 'Fire, local authorities and health',
    });
    await post('/collaboration-averages', { year: '2016/17', policeShareOfNre: '0.119', nonPoliceShareOfNre: '0.034' });
    setUpPosition = (await post('/collaboration-averages', { year: '2019/20', policeShareOfNre: '0.148', nonPoliceShareOfNre: '0.035' }))
      .position;
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

  it('reports benefits realisation: £15.0m realised since 2012/13, £8.9m in JPS and £6.1m in support', async () => {
    const report = await get('/alliances/bch/benefits-realisation');
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

    // Thresholds are the board's: with amber from 60 %, 2012/13 is amber.
    const lenient = await get('/alliances/bch/benefits-realisation?green=0.95&amber=0.60');
    expect(lenient.thresholds).toEqual({ green: '0.95', amber: '0.6' });
    expect(lenient.programmes.find((p: { programmeCode: string }) => p.programmeCode === 'jps-savings').years[0].rag).toBe('amber');
  });

  it("moves each member's MTFP savings and gap by exactly its part of a £0.8m forecast revision, and names the revision", async () => {
    const forces = ['beds', 'cambs', 'herts'];
    const mtfpOf = async (force: string) => (await get(`/forces/${force}/mtfp?from=2016/17&years=4`)).years[2] as MtfpYear; // 2018/19
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

interface PartnerYear {
  year: string;
  nre: string | null;
  police: { amount: string; percentOfNre: string | null; nationalAverage: { percentOfNre: string } | null };
  nonPolice: { amount: string; percentOfNre: string | null; nationalAverage: { percentOfNre: string } | null };
}

interface UnitShares {
  unitCode: string;
  budget: string | null;
  basis: { kind: string } | null;
  shares: { force: string; weight: string; share: string; sharePercent: string; contribution: string | null }[];
  issues: string[];
}

interface Figure {
  value: string;
  sources: string[];
}

interface MtfpYear {
  year: string;
  expenditure: { externalSavings: { code: string; name: string; amount: Figure }[]; externalSavingsTotal: Figure };
  gap: Figure;
}

function fixed(beds: string, cambs: string, herts: string) {
  return {
    kind: 'fixed',
    percentages: [
      { force: 'beds', share: beds },
      { force: 'cambs', share: cambs },
      { force: 'herts', share: herts },
    ],
  };
}

function budgetLines(pay: string, nonPay: string, income: string) {
  return [
    { code: 'PAY', name: 'Officers and staff', kind: 'pay', amount: pay },
    { code: 'NON-PAY', name: 'Supplies, services, premises and vehicles', kind: 'non_pay', amount: nonPay },
    { code: 'INCOME', name: 'Fees, charges and specific grants', kind: 'income', amount: income },
  ];
}

function sum(values: string[]): Dec {
  return values.reduce((total, v) => total.plus(v), new Dec(0));
}
