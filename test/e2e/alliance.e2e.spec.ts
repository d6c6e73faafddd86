import { allianceWithUnit as withUnit, eventsOf as streamEvents, startAppWithForces, threeForces } from '../fixtures/alliance-http.fixture';
import type { TestApp } from '../support/test-app';

/**
 * Recording an alliance through HTTP: forming it, members joining and leaving, units with their
 * cost-share bases and budgets, savings programmes and their figures; and every refusal –
 * 400 for a malformed request, 404 for something that does not exist, 409 for a repeat, 422 for
 * a rule – with nothing recorded. The BCH worked example's figures are in collaboration-bch.
 */
describe('alliances through HTTP', () => {
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

  it('forms an alliance by invitation: each force joins when it accepts, and can leave; read back as recorded', async () => {
    const board = t.as({ role: 'alliance_board', alliance: 'bch', subject: 'board@bch' });
    const formed = await board
      .post('/alliances')
      .send({ code: 'bch', name: 'BCH strategic alliance', members: threeForces(), reason: 'Section 22A agreement signed' })
      .expect(201);
    expect(formed.headers.location).toBe('/alliances/bch');
    expect(formed.headers.etag).toBe('"3"');
    expect(formed.body.events.map((e: { type: string }) => e.type)).toEqual([
      'AllianceFormed.v2',
      'MemberInvited.v1',
      'MemberInvited.v1',
      'MemberInvited.v1',
    ]);
    const [formedId, ...invitationIds] = formed.body.events.map((e: { id: string }) => e.id);

    // Nobody is a member until it accepts.
    const pending = await t.http().get('/alliances/bch').expect(200);
    expect(pending.body.members).toEqual([]);
    expect(pending.body.invitations.map((i: { force: string }) => i.force)).toEqual(['beds', 'cambs', 'herts']);

    const accepted: string[] = [];
    for (const { force } of threeForces()) {
      const res = await t
        .as({ role: 'force_finance', force, subject: `cfo@${force}` })
        .post(`/forces/${force}/alliance-invitations/bch/accept`)
        .send({ reason: 'Chief officer group agreed' })
        .expect(201);
      expect(res.body.events).toEqual([{ id: expect.any(String), type: 'InvitationAccepted.v1' }]);
      accepted.push(res.body.events[0].id);
    }
    await board.post('/alliances/bch/invitations').send({ force: 'norfolk', fromYear: '2017/18' }).expect(201);
    await t.as({ role: 'force_finance', force: 'norfolk' }).post('/forces/norfolk/alliance-invitations/bch/accept').send({}).expect(201);
    await board.post('/alliances/bch/members/norfolk/departure').send({ fromYear: '2019/20' }).expect(201);

    const bch = await t.http().get('/alliances/bch').expect(200);
    expect(bch.body).toMatchObject({
      code: 'bch',
      name: 'BCH strategic alliance',
      source: formedId,
      invitations: [],
      units: [],
      programmes: [],
    });
    expect(bch.body.members).toEqual([
      { force: 'beds', periods: [{ fromYear: '2012/13', untilYear: null, sources: [invitationIds[0], accepted[0]] }] },
      { force: 'cambs', periods: [{ fromYear: '2012/13', untilYear: null, sources: [invitationIds[1], accepted[1]] }] },
      { force: 'herts', periods: [{ fromYear: '2012/13', untilYear: null, sources: [invitationIds[2], accepted[2]] }] },
      {
        force: 'norfolk',
        periods: [{ fromYear: '2017/18', untilYear: '2019/20', sources: [expect.any(String), expect.any(String), expect.any(String)] }],
      },
    ]);

    const list = await t.http().get('/alliances').expect(200);
    expect(list.body).toContainEqual(expect.objectContaining({ code: 'bch', members: ['beds', 'cambs', 'herts', 'norfolk'] }));

    const trail = await eventsOf('alliance-bch');
    expect(trail.map((e) => e.type)).toEqual([
      'AllianceFormed.v2',
      'MemberInvited.v1',
      'MemberInvited.v1',
      'MemberInvited.v1',
      'InvitationAccepted.v1',
      'InvitationAccepted.v1',
      'InvitationAccepted.v1',
      'MemberInvited.v1',
      'InvitationAccepted.v1',
      'MemberLeft.v1',
    ]);
    expect(trail[0].metadata).toMatchObject({ actor: 'board@bch', reason: 'Section 22A agreement signed' });
    expect(trail[4].metadata).toMatchObject({ actor: 'cfo@beds', reason: 'Chief officer group agreed' });

    // As it stood when it was formed: invitations, no members.
    const then = await t.http().get(`/alliances/bch?asOf=${formed.body.position}`).expect(200);
    expect(then.body.members).toEqual([]);
    expect(then.body.invitations.map((i: { force: string }) => i.force)).toEqual(['beds', 'cambs', 'herts']);
  });

  it('records units, cost-share bases of every kind, budgets, programmes and planned, forecast and realised savings', async () => {
    await allianceWithUnit('units');
    await post('/alliances/units/units', {
      code: 'ops',
      name: 'Operational Support',
      leadForce: 'herts',
      category: 'operational_support',
    }).expect(201);
    const fixed = {
      kind: 'fixed',
      percentages: [
        { force: 'beds', share: '0.3' },
        { force: 'cambs', share: '0.3' },
        { force: 'herts', share: '0.4' },
      ],
    };
    await post('/alliances/units/units/jps/cost-shares', { fromYear: '2012/13', basis: fixed }).expect(201);
    await post('/alliances/units/units/jps/cost-shares', {
      fromYear: '2018/19',
      basis: { kind: 'net_revenue_budget', year: '2017/18' },
    }).expect(201);
    const headcount = [
      { force: 'beds', value: '1000' },
      { force: 'cambs', value: '1400' },
      { force: 'herts', value: '1600.5' },
    ];
    await post('/alliances/units/units/ops/cost-shares', { fromYear: '2016/17', basis: { kind: 'headcount', figures: headcount } }).expect(
      201,
    );
    await post('/alliances/units/units/ops/cost-shares', { fromYear: '2017/18', basis: { kind: 'population', figures: headcount } }).expect(
      201,
    );
    await post('/alliances/units/units/ops/cost-shares', {
      fromYear: '2018/19',
      basis: { kind: 'usage', figures: headcount.slice(0, 2) },
    }).expect(201);
    await post('/alliances/units/units/jps/budgets', { year: '2016/17', amount: '30000000.00' }).expect(201);
    await post('/alliances/units/programmes', {
      code: 'support',
      name: 'Support savings',
      cashable: false,
      startYear: '2016/17',
      owner: 'Chief Finance Officer, Cambs',
    }).expect(201);

    const savings = '/alliances/units/programmes/jps-savings/savings';
    await post(savings, { kind: 'planned', year: '2016/17', amount: '2000000.00' }).expect(201);
    await post(savings, {
      kind: 'forecast',
      year: '2016/17',
      amount: '1500000.00',
      reason: 'Savings released more slowly than expected',
    }).expect(201);
    await post(savings, {
      kind: 'realised',
      year: '2016/17',
      amount: '1600000.00',
      evidence: 'Outturn report 2016/17',
      reason: 'Year-end',
    }).expect(201);

    const summary = (await t.http().get('/alliances/units').expect(200)).body;
    expect(summary.units.map((u: { code: string; leadForce: string; category: string }) => [u.code, u.leadForce, u.category])).toEqual([
      ['jps', 'beds', 'protective_services'],
      ['ops', 'herts', 'operational_support'],
    ]);
    expect(summary.units[0].costShareBases).toEqual([
      { fromYear: '2012/13', ...fixed, source: expect.any(String) },
      { fromYear: '2018/19', kind: 'net_revenue_budget', year: '2017/18', source: expect.any(String) },
    ]);
    expect(summary.units[1].costShareBases.map((b: { kind: string }) => b.kind)).toEqual(['headcount', 'population', 'usage']);
    expect(summary.units[0].budgets).toEqual([{ year: '2016/17', amount: '30000000.00', source: expect.any(String) }]);
    expect(summary.programmes[0]).toMatchObject({
      code: 'jps-savings',
      unitCode: 'jps',
      cashable: true,
      years: [
        {
          year: '2016/17',
          planned: '2000000.00',
          forecast: '1500000.00',
          realised: '1600000.00',
          sources: [expect.any(String), expect.any(String), expect.any(String)],
        },
      ],
    });
    expect(summary.programmes[1]).toMatchObject({
      code: 'support',
      unitCode: null,
      cashable: false,
      owner: 'Chief Finance Officer, Cambs',
      years: [],
    });

    const trail = await eventsOf('alliance-units');
    const revision = trail.find((e) => e.type === 'SavingsForecastRevised.v1');
    expect(revision).toMatchObject({
      data: { reason: 'Savings released more slowly than expected' },
      metadata: { reason: 'Savings released more slowly than expected' },
    });
    expect(trail.find((e) => e.type === 'SavingsRealised.v1')).toMatchObject({
      data: { evidence: 'Outturn report 2016/17' },
      metadata: { reason: 'Year-end' },
    });
  });
});
