import { Money } from '../../src/common/money';
import { startTestApp, type TestApp } from '../support/test-app';

interface Figure {
  value: string;
  sources: string[];
}
interface Year {
  year: string;
  nre: Figure;
  expenditure: {
    contributions: { code: string; amount: Figure; units: { code: string; amount: Figure }[]; replacesLines: string[] }[];
    linesReplaced: { code: string; amount: Figure; replacedBy: string }[];
  };
}
const CONTRIBUTION = 'alliance:bch:contributions';

/**
 * Contributions to joint units in members' MTFPs (issue 11, point 5), on the worked example.
 * Organisational Support's 2017/18 budget is £45.1m, shared on the fixed 2015/16 NRE
 * 100 : 130 : 180 of 410 – exactly £11.0m, £14.3m and £19.8m. The board raises it to £45.2m:
 * 45,200,000 × 100/410 = 11,024,390.2439…, × 130/410 = 14,331,707.3170…, × 180/410 =
 * 19,843,902.4390…; the floors total 45,199,999.98, so the two pennies left go to the largest
 * remainders (Herts .90, Cambs .70): 11,024,390.24, 14,331,707.32, 19,843,902.44. Each member's
 * 2017/18 contribution and NRE rise by +24,390.24, +31,707.32, +43,902.44 (Σ £100,000.00).
 */
describe('unit contributions flow into members’ MTFPs', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ seedExampleWhenEmpty: true });
  });
  afterAll(async () => {
    await t.close();
  });

  const head = async (): Promise<string> => (await t.http().get('/health').expect(200)).body.headPosition;
  async function year(force: string, from: string, asOf?: string): Promise<Year> {
    const res = await t
      .http()
      .get(`/forces/${force}/mtfp?from=${from}&years=1&include=sources${asOf ? `&asOf=${asOf}` : ''}`)
      .expect(200);
    return res.body.years[0] as Year;
  }
  const contribution = (y: Year) => y.expenditure.contributions.find((c) => c.code === CONTRIBUTION)!;

  it('raising a unit budget moves every member’s MTFP by its share; explain names the events; as at before, the old plan', async () => {
    const forces = ['beds', 'cambs', 'herts'];
    const before = await Promise.all(forces.map((f) => year(f, '2017/18')));
    expect(before.map((y) => contribution(y).units.find((u) => u.code === 'org')!.amount.value)).toEqual([
      '11000000.00',
      '14300000.00',
      '19800000.00',
    ]);
    const positionBefore = await head();

    const raised = await t.http().post('/alliances/bch/units/org/budgets').send({ year: '2017/18', amount: '45200000.00' }).expect(201);
    expect(raised.body.events.map((e: { type: string }) => e.type)).toEqual(['UnitBudgetSet.v1', 'UnitSharesFixed.v1']);

    const after = await Promise.all(forces.map((f) => year(f, '2017/18')));
    expect(after.map((y) => contribution(y).units.find((u) => u.code === 'org')!.amount.value)).toEqual([
      '11024390.24',
      '14331707.32',
      '19843902.44',
    ]);
    const moved = after.map((y, i) => Money.parse(y.nre.value).minus(Money.parse(before[i].nre.value)).toPence());
    expect(moved).toEqual(['24390.24', '31707.32', '43902.44']);

    const explained = await t
      .http()
      .get(`/forces/herts/mtfp/explain?year=2017/18&line=expenditure/contributions/${CONTRIBUTION}/amount`)
      .expect(200);
    expect(explained.body.figure.value).toBe(contribution(after[2]).amount.value);
    const events = explained.body.events as { id: string; type: string }[];
    expect(events.map((e) => e.id)).toEqual(expect.arrayContaining(raised.body.events.map((e: { id: string }) => e.id)));
    expect(new Set(events.map((e) => e.type))).toEqual(
      new Set([
        'InvitationAccepted.v1',
        'MemberInvited.v1',
        'UnitEstablished.v1',
        'CostShareBasisSet.v1',
        'UnitBudgetSet.v1',
        'UnitSharesFixed.v1',
      ]),
    );

    const shares = await t.http().get('/alliances/bch/collaboration-shares?year=2017/18').expect(200);
    expect(shares.body.memberTotals.map((m: { total: string }) => m.total)).toEqual(after.map((y) => contribution(y).amount.value));
    expect(shares.body.nreForShares).toMatch(/before alliance lines.*without its contributions to joint units/);

    const then = await year('herts', '2017/18', positionBefore);
    expect(contribution(then).amount.value).toBe(contribution(before[2]).amount.value);
    expect(then.nre.value).toBe(before[2].nre.value);
  });

  it('a force’s marking leaves out the line its contribution replaces; undone, the line counts again (twice)', async () => {
    const marked = await year('herts', '2016/17');
    expect(marked.nre.value).toBe('187000000.00');
    expect(marked.expenditure.linesReplaced.map((l) => [l.code, l.amount.value, l.replacedBy])).toEqual([
      ['bch-joint-units', '45520700.00', CONTRIBUTION],
    ]);

    const undone = await t
      .http()
      .put('/forces/herts/alliances/bch/contribution-replaces')
      .send({ lineCodes: [], reason: 'Checking what the line adds' })
      .expect(200);
    expect(undone.body.events.map((e: { type: string }) => e.type)).toEqual(['ContributionReplacesBudgetLines.v1']);
    // £45.07m × 1.01 counted again beside the £48.0m contribution: 187,000,000 + 45,520,700 = 232,520,700.
    expect((await year('herts', '2016/17')).nre.value).toBe('232520700.00');

    const again = await t
      .http()
      .put('/forces/herts/alliances/bch/contribution-replaces')
      .send({ lineCodes: ['bch-joint-units'], reason: 'The line is our share of the units' })
      .expect(200);
    const restored = await year('herts', '2016/17');
    expect(restored.nre.value).toBe('187000000.00');
    expect(restored.expenditure.linesReplaced[0].amount.sources).toContain(again.body.events[0].id);

    const explained = await t
      .http()
      .get('/forces/herts/mtfp/explain?year=2016/17&line=expenditure/linesReplaced/bch-joint-units/amount')
      .expect(200);
    expect(explained.body.events.map((e: { type: string }) => e.type)).toContain('ContributionReplacesBudgetLines.v1');
  });

  it('refuses an unknown line (422, naming it), an alliance the force is not in (422), no such alliance (404) and malformed input (400), recording nothing', async () => {
    await t
      .http()
      .post('/alliances')
      .send({
        code: 'east',
        name: 'Eastern pair',
        members: [
          { force: 'beds', fromYear: '2016/17' },
          { force: 'cambs', fromYear: '2016/17' },
        ],
      })
      .expect(201);
    const position = await head();
    const put = (alliance: string, body: object) => t.http().put(`/forces/herts/alliances/${alliance}/contribution-replaces`).send(body);

    const unknown = await put('bch', { lineCodes: ['bch-joint-units', 'joint-units'], reason: 'x' }).expect(422);
    expect(JSON.stringify(unknown.body)).toMatch(/No base budget of \\"herts\\" has a line \\"joint-units\\"/);
    expect(JSON.stringify(unknown.body)).toMatch(/lineCodes\[1\]/);
    const income = await put('bch', { lineCodes: ['fees'], reason: 'x' }).expect(422);
    expect(JSON.stringify(income.body)).toMatch(/income line/);
    const notMember = await put('east', { lineCodes: ['bch-joint-units'], reason: 'x' }).expect(422);
    expect(JSON.stringify(notMember.body)).toMatch(/never been a member of the alliance \\"east\\"/);
    await put('nowhere', { lineCodes: ['bch-joint-units'], reason: 'x' }).expect(404);
    const noReason = await put('bch', { lineCodes: ['bch-joint-units'] }).expect(400);
    expect(JSON.stringify(noReason.body)).toMatch(/reason/);
    const notList = await put('bch', { lineCodes: 'bch-joint-units', reason: 'x' }).expect(400);
    expect(JSON.stringify(notList.body)).toMatch(/lineCodes/);
    const twice = await put('bch', { lineCodes: ['bch-joint-units', 'bch-joint-units'], reason: 'x' }).expect(400);
    expect(JSON.stringify(twice.body)).toMatch(/twice/);

    expect(await head()).toBe(position);
  });
});
