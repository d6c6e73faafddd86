import { startTestApp, type TestApp } from '../support/test-app';

interface Line {
  code: string;
  amount: { value: string; sources: string[] };
}
interface Year {
  year: string;
  nre: { value: string };
  gap: { value: string };
  expenditure: { externalSavings: Line[]; contributions: { units: Line[] }[] };
}

/**
 * Shares fixed when set (issue 11, point 4), on the worked example. Organisational Support is
 * shared from 2016/17 by the forces' 2015/16 net revenue budgets, £100.0m : £130.0m : £180.0m,
 * fixed by the board when it set the budgets. Hertfordshire's part of the £0.5m 2016/17 saving is
 * £500,000 × 180/410 = £219,512.19 and its 2016/17 gap £4,450,000.00. Bedfordshire then restates
 * its closed 2015/16 by a one-off £10m (NRE £110.0m): recomputed live, the share would be
 * £500,000 × 180/420 = £214,285.71 and the gap £4,450,000.00 + (219,512.19 − 214,285.71) =
 * £4,455,226.48. Fixed, neither moves until the board re-sets the year's shares.
 * Re-set, Hertfordshire's contribution to the unit's £41.0m 2016/17 budget moves too (its MTFP
 * carries it, issue 11 point 5): £41.0m × 180/420 = £17,571,428.57 in place of £18,000,000.00,
 * so the gap is £4,455,226.48 − £428,571.43 = £4,026,655.05.
 */
describe('shares fixed when set: Bedfordshire restating 2015/16 leaves Hertfordshire’s 2016/17 unchanged', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ seedExampleWhenEmpty: true });
  });
  afterAll(async () => {
    await t.close();
  });

  async function herts2016(): Promise<{ gap: string; org: Line; orgContribution: string }> {
    const res = await t.http().get('/forces/herts/mtfp?from=2016/17&years=1&include=sources').expect(200);
    const year = res.body.years[0] as Year;
    const org = year.expenditure.externalSavings.find((l) => l.code === 'alliance:bch:programme:org-savings');
    if (!org) throw new Error('no Organisational Support savings line');
    const orgContribution = year.expenditure.contributions[0].units.find((u) => u.code === 'org')?.amount.value ?? 'none';
    return { gap: year.gap.value, org, orgContribution };
  }

  async function bedsNre2015(): Promise<string> {
    const res = await t.http().get('/forces/beds/mtfp?from=2015/16&years=1').expect(200);
    return (res.body.years[0] as Year).nre.value;
  }

  it('keeps £219,512.19 and a £4,450,000.00 gap through the restatement; the board’s re-set moves them to £214,285.71 and £4,026,655.05', async () => {
    const before = await herts2016();
    expect(before.gap).toBe('4450000.00');
    expect(before.org.amount.value).toBe('219512.19');
    expect(await bedsNre2015()).toBe('100000000.00');

    await t
      .http()
      .post('/forces/beds/budget-items')
      .send({ kind: 'cost_pressure', fromYear: '2015/16', amount: '10000000.00', recurrence: 'one_off', description: 'Restated 2015/16' })
      .expect(201);
    expect(await bedsNre2015()).toBe('110000000.00');

    const after = await herts2016();
    expect(after.gap).toBe('4450000.00');
    expect(after.org.amount.value).toBe('219512.19');
    // Its contribution to the unit's £41.0m budget does not move either: £41.0m × 180/410.
    expect([before.orgContribution, after.orgContribution]).toEqual(['18000000.00', '18000000.00']);

    const explained = await t
      .http()
      .get('/forces/herts/mtfp/explain?year=2016/17&line=expenditure/externalSavings/alliance:bch:programme:org-savings/amount')
      .expect(200);
    expect(explained.body.figure.value).toBe('219512.19');
    const fixing = (explained.body.events as { stream: string; type: string; metadata: { reason?: string } }[]).filter(
      (e) => e.type === 'UnitSharesFixed.v1',
    );
    expect(fixing.map((e) => e.stream)).toEqual(['alliance-bch']);
    expect(fixing[0].metadata.reason).toMatch(/Organisational Support's 2016\/17 shares fixed on the forces' 2015\/16 net revenue budgets/);

    const shares = await t.http().get('/alliances/bch/collaboration-shares?year=2016/17').expect(200);
    expect(JSON.stringify(shares.body)).toMatch(/fixed on the 2015\/16 net revenue budgets as they stood then \(beds £100,000,000.00/);

    const reset = await t
      .http()
      .post('/alliances/bch/units/org/shares')
      .send({ year: '2016/17', reason: 'The board takes Bedfordshire’s restated 2015/16 budget into account' })
      .expect(201);
    const reSet = await herts2016();
    expect(reSet.org.amount.value).toBe('214285.71');
    expect(reSet.gap).toBe('4026655.05');
    expect(reSet.orgContribution).toBe('17571428.57');
    expect(reSet.org.amount.sources).toContain(reset.body.events[0].id);
  });

  it('setting a unit budget through HTTP fixes the year’s shares on the members’ NRE as their MTFPs stand then (Bedfordshire now £110.0m)', async () => {
    const res = await t.http().post('/alliances/bch/units/org/budgets').send({ year: '2017/18', amount: '45100000.00' }).expect(201);
    expect(res.body.events.map((e: { type: string }) => e.type)).toEqual(['UnitBudgetSet.v1', 'UnitSharesFixed.v1']);
    const trail = await t.http().get('/streams/alliance-bch/events?limit=1000').expect(200);
    const fixed = (trail.body.events as { id: string; data: unknown }[]).find((e) => e.id === res.body.events[1].id);
    // 110/420, 130/420, 180/420 to 30 places: the truncations total 1 − 2×10⁻³⁰; the two largest remainders (Cambridgeshire's .80…, Bedfordshire's .76…) take a unit each.
    expect(fixed?.data).toEqual({
      unitCode: 'org',
      year: '2017/18',
      basisFromYear: '2016/17',
      nreYear: '2015/16',
      shares: [
        { force: 'beds', nre: '110000000', share: '0.261904761904761904761904761905' },
        { force: 'cambs', nre: '130000000', share: '0.309523809523809523809523809524' },
        { force: 'herts', nre: '180000000', share: '0.428571428571428571428571428571' },
      ],
      reason: null,
    });
  });

  it('refuses a re-set without a reason (400) and of shares a fixed basis already fixes (422), recording nothing', async () => {
    const head = (await t.http().get('/health').expect(200)).body.headPosition;
    const noReason = await t.http().post('/alliances/bch/units/org/shares').send({ year: '2016/17' }).expect(400);
    expect(JSON.stringify(noReason.body)).toMatch(/reason/);
    const fixedBasis = await t.http().post('/alliances/bch/units/jps/shares').send({ year: '2016/17', reason: 'Restated' }).expect(422);
    expect(JSON.stringify(fixedBasis.body)).toMatch(/already fixes its shares/);
    expect((await t.http().get('/health').expect(200)).body.headPosition).toBe(head);
  });
});
