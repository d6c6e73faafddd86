import { allianceWithUnit as withUnit, eventsOf as streamEvents, startAppWithForces, threeForces } from '../fixtures/alliance-http.fixture';
import type { TestApp } from '../support/test-app';

/**
 * Every refusal of an alliance request – 400 for a malformed request, 404 for something that does
 * not exist, 409 for a repeat, 422 for a rule – with nothing recorded; and malformed reads.
 */
describe('alliance refusals through HTTP', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startAppWithForces();
  });
  afterAll(async () => {
    await t.close();
  });

  const post = (path: string, body: object) => t.http().post(path).send(body);
  const eventsOf = (stream: string) => streamEvents(t, stream);
  const allianceWithUnit = (code: string) => withUnit(t, code);

  describe('refusals record nothing', () => {
    beforeAll(async () => {
      await allianceWithUnit('rules');
    });

    /** Sends the request, expects the status, and checks the alliance's stream did not grow. */
    async function refused(path: string, body: object, status: number) {
      const before = (await eventsOf('alliance-rules')).length;
      const res = await post(path, body).expect(status);
      expect((await eventsOf('alliance-rules')).length).toBe(before);
      return res.body;
    }

    it('422: fixed shares that do not total 100 %', async () => {
      const basis = {
        kind: 'fixed',
        percentages: [
          { force: 'beds', share: '0.3' },
          { force: 'cambs', share: '0.3' },
          { force: 'herts', share: '0.3' },
        ],
      };
      const body = await refused('/alliances/rules/units/jps/cost-shares', { fromYear: '2016/17', basis }, 422);
      expect(body).toMatchObject({
        error: 'rule_violated',
        message: expect.stringMatching(/total 0\.9 \(90 %\); agreed shares must total exactly 1 \(100 %\)/),
      });
    });

    it('422: a unit led by a force that is not a member', async () => {
      const body = await refused(
        '/alliances/rules/units',
        { code: 'ops', name: 'Operational Support', leadForce: 'norfolk', category: 'operational_support' },
        422,
      );
      expect(body.message).toMatch(/cannot be led by "norfolk": it is not a member of Alliance rules/);
    });

    it('422: a share for a force outside the alliance', async () => {
      const basis = {
        kind: 'fixed',
        percentages: [
          { force: 'beds', share: '0.5' },
          { force: 'norfolk', share: '0.5' },
        ],
      };
      const body = await refused('/alliances/rules/units/jps/cost-shares', { fromYear: '2016/17', basis }, 422);
      expect(body.message).toMatch(/"norfolk" is not a member of Alliance rules in 2016\/17/);
      const measured = {
        kind: 'population',
        figures: [
          { force: 'herts', value: '1184000' },
          { force: 'norfolk', value: '903700' },
        ],
      };
      await refused('/alliances/rules/units/jps/cost-shares', { fromYear: '2016/17', basis: measured }, 422);
    });

    it('422: other rules – a one-force alliance, leaving the last pair, a forecast for a year already realised', async () => {
      await post('/alliances', { code: 'solo', name: 'Solo', members: [{ force: 'herts', fromYear: '2016/17' }] }).expect(422);
      expect(await eventsOf('alliance-solo')).toEqual([]);
      await post('/alliances/rules/programmes/jps-savings/savings', {
        kind: 'realised',
        year: '2015/16',
        amount: '900000.00',
        evidence: 'Outturn 2015/16',
      }).expect(201);
      await refused(
        '/alliances/rules/programmes/jps-savings/savings',
        { kind: 'forecast', year: '2015/16', amount: '800000.00', reason: 'Late' },
        422,
      );
      await refused('/alliances/rules/members/herts/departure', { fromYear: '2012/13' }, 422);
    });

    const unitBudget = '/alliances/rules/units/jps/budgets';
    const savings = '/alliances/rules/programmes/jps-savings/savings';
    const malformed: [string, string, object, string][] = [
      ['a JSON number for money', unitBudget, { year: '2016/17', amount: 30000000 }, 'amount'],
      ['money with fractions of a penny', unitBudget, { year: '2016/17', amount: '1.005' }, 'amount'],
      ['an unknown field', unitBudget, { year: '2016/17', amount: '1.00', currency: 'GBP' }, 'currency'],
      ['a year that is not a financial year', unitBudget, { year: '2016/18', amount: '1.00' }, 'year'],
      [
        'a basis of an unknown kind',
        '/alliances/rules/units/jps/cost-shares',
        { fromYear: '2016/17', basis: { kind: 'seniority' } },
        'basis.kind',
      ],
      [
        'a fixed basis carrying a field of another kind',
        '/alliances/rules/units/jps/cost-shares',
        { fromYear: '2016/17', basis: { kind: 'fixed', percentages: [{ force: 'beds', share: '1' }], year: '2016/17' } },
        'basis.year',
      ],
      [
        'a fixed share as a JSON number',
        '/alliances/rules/units/jps/cost-shares',
        { fromYear: '2016/17', basis: { kind: 'fixed', percentages: [{ force: 'beds', share: 1 }] } },
        'basis.percentages[0].share',
      ],
      [
        'an NRE basis without its year',
        '/alliances/rules/units/jps/cost-shares',
        { fromYear: '2016/17', basis: { kind: 'net_revenue_budget' } },
        'basis.year',
      ],
      [
        'a measured basis without figures',
        '/alliances/rules/units/jps/cost-shares',
        { fromYear: '2016/17', basis: { kind: 'usage' } },
        'basis.figures',
      ],
      ['no basis', '/alliances/rules/units/jps/cost-shares', { fromYear: '2016/17' }, 'basis'],
      ['a forecast without its reason', savings, { kind: 'forecast', year: '2016/17', amount: '1.00' }, 'reason'],
      ['realised savings without evidence', savings, { kind: 'realised', year: '2016/17', amount: '1.00' }, 'evidence'],
      ['evidence on a plan', savings, { kind: 'planned', year: '2016/17', amount: '1.00', evidence: 'Business case' }, 'evidence'],
      ['an unknown kind of saving', savings, { kind: 'hoped', year: '2016/17', amount: '1.00' }, 'kind'],
      ['an unknown unit category', '/alliances/rules/units', { code: 'x', name: 'X', leadForce: 'beds', category: 'catering' }, 'category'],
      ['cashable as a string', '/alliances/rules/programmes', { code: 'x', name: 'X', cashable: 'yes', startYear: '2016/17' }, 'cashable'],
    ];
    it.each(malformed)('400: %s', async (_, path, body, field) => {
      const res = await refused(path, body, 400);
      expect(res.error).toBe('invalid_input');
      expect(res.details).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    });

    it('404: an unknown alliance, unit, programme or force', async () => {
      await post('/alliances/nowhere/units', { code: 'x', name: 'X', leadForce: 'beds', category: 'other' }).expect(404);
      await post('/alliances/NOT-A-CODE/members', { force: 'beds', fromYear: '2016/17' }).expect(404);
      await refused('/alliances/rules/units/nothing/budgets', { year: '2016/17', amount: '1.00' }, 404);
      await refused('/alliances/rules/programmes/nothing/savings', { kind: 'planned', year: '2016/17', amount: '1.00' }, 404);
      await refused('/alliances/rules/programmes', { code: 'x', name: 'X', unit: 'nothing', cashable: true, startYear: '2016/17' }, 404);
      await refused('/alliances/rules/members', { force: 'wales', fromYear: '2016/17' }, 404);
      await post('/alliances', {
        code: 'ghosts',
        name: 'Ghosts',
        members: [
          { force: 'herts', fromYear: '2016/17' },
          { force: 'wales', fromYear: '2016/17' },
        ],
      }).expect(404);
      await t.http().get('/alliances/nowhere').expect(404);
      await t.http().get('/alliances/nowhere/collaboration-shares?year=2016/17').expect(404);
      await t.http().get('/alliances/nowhere/benefits-realisation').expect(404);
    });

    it('409: an alliance, unit or programme recorded twice, a member invited again, an invitation sent twice', async () => {
      await post('/alliances', { code: 'rules', name: 'Again', members: threeForces() }).expect(409);
      await refused('/alliances/rules/units', { code: 'jps', name: 'Again', leadForce: 'beds', category: 'other' }, 409);
      await refused('/alliances/rules/programmes', { code: 'jps-savings', name: 'Again', cashable: true, startYear: '2016/17' }, 409);
      await refused('/alliances/rules/members', { force: 'herts', fromYear: '2016/17' }, 409);
      await post('/alliances/rules/invitations', { force: 'norfolk', fromYear: '2016/17' }).expect(201);
      await refused('/alliances/rules/invitations', { force: 'norfolk', fromYear: '2017/18' }, 409);
      await post('/alliances/rules/invitations/norfolk/withdrawal', {}).expect(201);
    });
  });

  it('refuses malformed reads with 400', async () => {
    await allianceWithUnit('reads');
    await t.http().get('/alliances/reads/collaboration-shares').expect(400);
    await t.http().get('/alliances/reads/collaboration-shares?year=2016-17').expect(400);
    await t.http().get('/alliances/reads/collaboration-shares?year=2016/17&colour=blue').expect(400);
    await t.http().get('/alliances/reads/benefits-realisation?green=0.8&amber=0.9').expect(400);
    await t.http().get('/alliances/reads/benefits-realisation?green=ninety').expect(400);
    await t.http().get('/forces/herts/collaboration?from=2016/17&years=0').expect(400);
    await t.http().get('/forces/herts/collaboration?years=4').expect(400);
    await t.http().get('/forces/nowhere/collaboration?from=2016/17').expect(404);
    await t.http().get('/alliances?asOf=last-tuesday').expect(400);
  });
});
