import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Recording an alliance through HTTP: forming it, members joining and leaving, units with their
 * cost-share bases and budgets, savings programmes and their figures; and every refusal –
 * 400 for a malformed request, 404 for something that does not exist, 409 for a repeat, 422 for
 * a rule – with nothing recorded. The BCH worked example's figures are in collaboration-bch.
 */
describe('alliances through HTTP', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    for (const [code, name] of [
      ['beds', 'Bedfordshire Police'],
      ['cambs', 'Cambridgeshire Constabulary'],
      ['herts', 'Hertfordshire Constabulary'],
      ['norfolk', 'Norfolk Constabulary'],
    ]) {
      await t.http().post('/forces').send({ code, name }).expect(201);
    }
  });
  afterAll(async () => {
    await t.close();
  });

  const post = (path: string, body: object) => t.http().post(path).send(body);
  const eventsOf = async (
    stream: string,
  ): Promise<{ type: string; data: Record<string, unknown>; metadata: Record<string, unknown> }[]> => {
    const res = await t.http().get(`/streams/${stream}/events`);
    return res.status === 404 ? [] : res.body.events;
  };
  const threeForces = (fromYear = '2012/13') => ['beds', 'cambs', 'herts'].map((force) => ({ force, fromYear }));

  /** An alliance of Beds, Cambs and Herts with one unit ("jps", led by Beds) and one programme on it. */
  async function allianceWithUnit(code: string): Promise<void> {
    await post('/alliances', { code, name: `Alliance ${code}`, members: threeForces() }).expect(201);
    for (const { force } of threeForces()) await post(`/forces/${force}/alliance-invitations/${code}/accept`, {}).expect(201);
    await post(`/alliances/${code}/units`, {
      code: 'jps',
      name: 'Joint Protective Services',
      leadForce: 'beds',
      category: 'protective_services',
    }).expect(201);
    await post(`/alliances/${code}/programmes`, {
      code: 'jps-savings',
      name: 'Joint Protective Services',
      unit: 'jps',
      cashable: true,
      startYear: '2012/13',
    }).expect(201);
  }

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

  it("records a force's collaboration spend and national averages, refusing an unknown force and a number for money", async () => {
    const spend = { year: '2016/17', partner: 'non_police', amount: '1200000.00', description: 'Fire, local authorities and health' };
    const recorded = await post('/forces/herts/collaboration-spend', spend).expect(201);
    expect(recorded.body).toMatchObject({ stream: 'force-collaboration-herts', events: [{ type: 'CollaborationSpendRecorded.v1' }] });
    await post('/forces/nowhere/collaboration-spend', spend).expect(404);
    await post('/forces/herts/collaboration-spend', { ...spend, amount: 1200000 }).expect(400);
    await post('/forces/herts/collaboration-spend', { ...spend, partner: 'charity' }).expect(400);
    expect(await eventsOf('force-collaboration-herts')).toHaveLength(1);
    expect(await eventsOf('force-collaboration-nowhere')).toEqual([]);

    const average = await post('/collaboration-averages', {
      year: '2016/17',
      policeShareOfNre: '0.119',
      nonPoliceShareOfNre: '0.034',
    }).expect(201);
    expect(average.body).toMatchObject({
      stream: 'reference-collaboration-averages',
      events: [{ type: 'NationalCollaborationAverageRecorded.v1' }],
    });
    await post('/collaboration-averages', { year: '2016/17', policeShareOfNre: 0.119, nonPoliceShareOfNre: '0.034' }).expect(400);
    await post('/collaboration-averages', { year: '2016/17', policeShareOfNre: '1.19', nonPoliceShareOfNre: '0.034' }).expect(400);
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

  it('documents every collaboration resource in OpenAPI', async () => {
    const doc = (await t.http().get('/docs-json').expect(200)).body;
    for (const path of [
      '/alliances',
      '/alliances/{alliance}',
      '/alliances/{alliance}/members',
      '/alliances/{alliance}/invitations',
      '/alliances/{alliance}/invitations/{force}/withdrawal',
      '/alliances/{alliance}/members/{force}/departure',
      '/forces/{force}/alliance-invitations',
      '/forces/{force}/alliance-invitations/{alliance}/accept',
      '/forces/{force}/alliance-invitations/{alliance}/decline',
      '/alliances/{alliance}/units',
      '/alliances/{alliance}/units/{unit}/cost-shares',
      '/alliances/{alliance}/units/{unit}/budgets',
      '/alliances/{alliance}/programmes',
      '/alliances/{alliance}/programmes/{programme}/savings',
      '/alliances/{alliance}/collaboration-shares',
      '/alliances/{alliance}/benefits-realisation',
      '/forces/{force}/collaboration-spend',
      '/forces/{force}/collaboration',
      '/collaboration-averages',
    ]) {
      expect(doc.paths[path]).toBeDefined();
    }
  });
});
