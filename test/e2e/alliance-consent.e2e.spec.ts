import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Joining an alliance takes both sides (issue 9 §1), and one party's records cannot break
 * another party's answers (§2), through HTTP.
 *
 * Before: any alliance_board token could list any force as a member, then read that force's
 * NRE and push a £50m saving into its MTFP. Now the board only invites; the force is in no way
 * a member until its own finance team accepts.
 */
describe('alliance membership by consent', () => {
  let t: TestApp;
  const board = () => t.as({ role: 'alliance_board', alliance: 'raid', subject: 'board@raid' });
  const hertsCfo = () => t.as({ role: 'force_finance', force: 'herts', subject: 'cfo@herts' });

  type Year = {
    year: string;
    expenditure: {
      externalSavings: { code: string; amount: { value: string }; issue?: string }[];
      externalSavingsTotal: { value: string };
    };
    savingsToIdentify: { value: string };
  };
  /** Herts's MTFP without its `asAt` (which moves with every event anywhere). */
  const mtfp = async (): Promise<{ years: Year[]; warnings: string[] }> => {
    const { years, warnings } = (await t.http().get('/forces/herts/mtfp?from=2016/17&years=2').expect(200)).body;
    return { years, warnings };
  };

  async function recordPlan(force: string, name: string): Promise<void> {
    const post = (path: string, body: object) => t.http().post(path).send(body).expect(201);
    await post('/forces', { code: force, name });
    await post(`/forces/${force}/plan-period`, { firstYear: '2015/16', lastYear: '2019/20' });
    // A 2015/16 base budget, so the alliance's 2016/17 savings change the plan (a budget of 2016/17 would contain them).
    await post(`/forces/${force}/budgets`, {
      year: '2015/16',
      lines: [
        { code: 'PAY', name: 'Pay', kind: 'pay', amount: '150000000.00' },
        { code: 'NONPAY', name: 'Non-pay', kind: 'non_pay', amount: '40000000.00' },
      ],
    });
    await post(`/forces/${force}/tax-base`, { year: '2016/17', bandDEquivalents: '420000' });
    await post(`/forces/${force}/precepts`, { year: '2016/17', bandD: '147.00', status: 'approved' });
  }

  beforeAll(async () => {
    t = await startTestApp();
    await recordPlan('herts', 'Hertfordshire Constabulary');
    await recordPlan('beds', 'Bedfordshire Police');
    await t.http().post('/forces').send({ code: 'kent', name: 'Kent Police' }).expect(201); // registered, no plan at all
  });
  afterAll(async () => {
    await t.close();
  });

  describe('a board that lists a force without asking it', () => {
    let before: { years: Year[]; warnings: string[] };

    beforeAll(async () => {
      before = await mtfp();
      await board()
        .post('/alliances')
        .send({
          code: 'raid',
          name: 'Raid alliance',
          members: [
            { force: 'beds', fromYear: '2016/17' },
            { force: 'herts', fromYear: '2016/17' },
          ],
          reason: 'We would like your NRE',
        })
        .expect(201);
      await board().post('/alliances/raid/units').send({ code: 'u', name: 'Unit', leadForce: 'beds', category: 'other' }).expect(422); // beds has not accepted either
      await t.as({ role: 'force_finance', force: 'beds' }).post('/forces/beds/alliance-invitations/raid/accept').send({}).expect(201);
      await board().post('/alliances/raid/units').send({ code: 'u', name: 'Unit', leadForce: 'beds', category: 'other' }).expect(201);
      await board()
        .post('/alliances/raid/units/u/cost-shares')
        .send({ fromYear: '2016/17', basis: { kind: 'fixed', percentages: [{ force: 'beds', share: '1' }] } })
        .expect(201);
      await board()
        .post('/alliances/raid/programmes')
        .send({ code: 'big', name: 'Big savings', unit: 'u', cashable: true, startYear: '2016/17' })
        .expect(201);
      await board()
        .post('/alliances/raid/programmes/big/savings')
        .send({ kind: 'planned', year: '2016/17', amount: '50000000.00' })
        .expect(201);
    });

    it('gets an invitation recorded, not a member', async () => {
      const alliance = (await board().get('/alliances/raid').expect(200)).body;
      expect(alliance.members.map((m: { force: string }) => m.force)).toEqual(['beds']);
      expect(alliance.invitations).toEqual([
        { force: 'herts', fromYear: '2016/17', invitedAt: expect.any(String), source: expect.any(String) },
      ]);
    });

    it("cannot read the force's figures, nor move its MTFP, nor share a cost with it", async () => {
      await board().get('/forces/herts/collaboration?from=2016/17&years=2').expect(404);
      await board().get('/forces/beds/collaboration?from=2016/17&years=2').expect(200);
      expect(await mtfp()).toEqual(before);
      const basis = {
        kind: 'fixed',
        percentages: [
          { force: 'beds', share: '0.5' },
          { force: 'herts', share: '0.5' },
        ],
      };
      const refused = await board().post('/alliances/raid/units/u/cost-shares').send({ fromYear: '2017/18', basis }).expect(422);
      expect(refused.body.message).toMatch(/"herts" is not a member of Raid alliance in 2017\/18/);
      const shares = (await board().get('/alliances/raid/collaboration-shares?year=2016/17').expect(200)).body;
      expect(JSON.stringify(shares)).not.toContain('herts');
    });

    it("can never accept on the force's behalf: only its finance team (or an admin) answers", async () => {
      const positionBefore = (await t.http().get('/streams/alliance-raid/events').expect(200)).body.events.length;
      const byBoard = await board().post('/forces/herts/alliance-invitations/raid/accept').send({}).expect(403);
      expect(byBoard.body.message).toMatch(/alliance_board/);
      await t.as({ role: 'force_finance', force: 'beds' }).post('/forces/herts/alliance-invitations/raid/accept').send({}).expect(403);
      await t.as({ role: 'pcc_office', force: 'herts' }).post('/forces/herts/alliance-invitations/raid/accept').send({}).expect(403);
      await t
        .as({ role: 'viewer', force: 'herts' })
        .post('/forces/herts/alliance-invitations/raid/decline')
        .send({ reason: 'x' })
        .expect(403);
      // Nor by naming its own force in the path: beds's invitation is answered, herts's is not beds's to answer.
      await board().post('/forces/beds/alliance-invitations/raid/accept').send({}).expect(403);
      expect((await t.http().get('/streams/alliance-raid/events').expect(200)).body.events).toHaveLength(positionBefore);
    });

    it('lists the pending invitation for the force and for the alliance', async () => {
      const forHerts = (await hertsCfo().get('/forces/herts/alliance-invitations').expect(200)).body;
      expect(forHerts).toMatchObject({
        force: 'herts',
        asAt: expect.any(String),
        invitations: [{ alliance: 'raid', allianceName: 'Raid alliance', force: 'herts', fromYear: '2016/17' }],
      });
      const forRaid = (await board().get('/alliances/raid/invitations').expect(200)).body;
      expect(forRaid.invitations).toEqual([expect.objectContaining({ alliance: 'raid', force: 'herts' })]);
      await board().get('/forces/herts/alliance-invitations').expect(404); // the board does not read the force's records
      expect(
        (await t.as({ role: 'force_finance', force: 'beds' }).get('/forces/beds/alliance-invitations').expect(200)).body.invitations,
      ).toEqual([]);
    });

    it('lets the force decline with a reason, shown in both audit trails with who and why', async () => {
      await hertsCfo().post('/forces/herts/alliance-invitations/raid/decline').send({}).expect(400); // a reason is required
      const declined = await hertsCfo()
        .post('/forces/herts/alliance-invitations/raid/decline')
        .send({ reason: 'No agreement under section 22A' })
        .expect(201);
      expect(declined.body.events).toEqual([{ id: expect.any(String), type: 'InvitationDeclined.v1' }]);
      await hertsCfo().post('/forces/herts/alliance-invitations/raid/accept').send({}).expect(404); // nothing left to accept

      const forceTrail = (await hertsCfo().get('/forces/herts/audit?type=InvitationDeclined.v1').expect(200)).body.events;
      expect(forceTrail).toEqual([
        expect.objectContaining({
          stream: 'alliance-raid',
          data: { force: 'herts', reason: 'No agreement under section 22A' },
          metadata: expect.objectContaining({ actor: 'cfo@herts' }),
        }),
      ]);
      const invitedInForceTrail = (await hertsCfo().get('/forces/herts/audit?type=MemberInvited.v1').expect(200)).body.events;
      expect(invitedInForceTrail).toEqual([
        expect.objectContaining({
          stream: 'alliance-raid',
          metadata: expect.objectContaining({ actor: 'board@raid', reason: 'We would like your NRE' }),
        }),
      ]);
      // beds's membership steps are not herts's business.
      const all = (await hertsCfo().get('/forces/herts/audit').expect(200)).body.events as { stream: string; data: { force?: string } }[];
      expect(all.filter((e) => e.stream.startsWith('alliance-')).every((e) => e.data.force === 'herts')).toBe(true);

      const allianceTrail = (await board().get('/alliances/raid/audit?type=InvitationDeclined.v1').expect(200)).body.events;
      expect(allianceTrail).toHaveLength(1);
      // As it stood just before the decline (one position earlier), the trail holds no decline yet.
      const justBefore = BigInt(declined.body.position) - 1n;
      expect((await board().get(`/alliances/raid/audit?type=InvitationDeclined.v1&asOf=${justBefore}`).expect(200)).body.events).toEqual(
        [],
      );
      expect((await board().get('/alliances/raid/audit?asOf=soon').expect(400)).body.details).toEqual([
        { field: 'asOf', message: expect.stringContaining('neither an ISO time') },
      ]);
      expect((await board().get('/alliances/raid/invitations').expect(200)).body.invitations).toEqual([]);
      expect(await mtfp()).toEqual(before);
    });

    it('makes the force a member only once it accepts a new invitation: then the board reads its figures and its savings reach its MTFP', async () => {
      await board().post('/alliances/raid/invitations').send({ force: 'herts', fromYear: '2016/17', reason: 'Second try' }).expect(201);
      await hertsCfo()
        .post('/forces/herts/alliance-invitations/raid/accept')
        .send({ reason: 'Agreed at the joint chief officer board' })
        .expect(201);
      await board().get('/forces/herts/collaboration?from=2016/17&years=2').expect(200);
      await board()
        .post('/alliances/raid/units/u/cost-shares')
        .send({
          fromYear: '2016/17',
          basis: {
            kind: 'fixed',
            percentages: [
              { force: 'beds', share: '0.5' },
              { force: 'herts', share: '0.5' },
            ],
          },
        })
        .expect(201);
      const after = await mtfp();
      const line = after.years[0].expenditure.externalSavings.find((l) => l.code === 'alliance:raid:programme:big');
      expect(line?.amount.value).toBe('25000000.00');
      const accepted = (await hertsCfo().get('/forces/herts/audit?type=InvitationAccepted.v1').expect(200)).body.events;
      expect(accepted).toEqual([
        expect.objectContaining({
          metadata: expect.objectContaining({ actor: 'cfo@herts', reason: 'Agreed at the joint chief officer board' }),
        }),
      ]);
    });
  });

  describe("one party's records cannot break another's answers", () => {
    beforeAll(async () => {
      // kent joins (and consents) but has recorded no plan at all: no NRE for any year.
      await board().post('/alliances/raid/invitations').send({ force: 'kent', fromYear: '2016/17' }).expect(201);
      await t.as({ role: 'force_finance', force: 'kent' }).post('/forces/kent/alliance-invitations/raid/accept').send({}).expect(201);
      await board()
        .post('/alliances/raid/units/u/cost-shares')
        .send({ fromYear: '2016/17', basis: { kind: 'net_revenue_budget', year: '2016/17' } })
        .expect(201);
      await board()
        .post('/alliances/raid/programmes/big/savings')
        .send({ kind: 'planned', year: '2017/18', amount: '1000000.00' })
        .expect(201);
    });

    it("answers herts's MTFP, marking the alliance line it cannot work out and saying what is missing and whose", async () => {
      const plan = await mtfp();
      const line = plan.years[0].expenditure.externalSavings.find((l) => l.code === 'alliance:raid:programme:big');
      expect(line?.amount.value).toBe('0.00');
      expect(line?.issue).toMatch(
        /Raid alliance's Big savings for 2016\/17 cannot be shared between its members, so the share of "herts" is left out of 2016\/17/,
      );
      expect(line?.issue).toMatch(/net revenue budget of "kent" was not available/);
      expect(plan.warnings).toContain(line?.issue);
    });

    it("answers herts's precept options and stress tests too", async () => {
      const options = (await hertsCfo().get('/forces/herts/precept-options?year=2017/18').expect(200)).body;
      expect(options.warnings.join(' ')).toMatch(/"kent" was not available/);
      const run = await hertsCfo()
        .post('/forces/herts/stress-tests')
        .send({
          distributions: { payAward: { kind: 'uniform', min: '0.01', max: '0.03' } },
          paths: 20,
          seed: 7,
          from: '2016/17',
          years: 2,
        });
      expect(run.status).toBe(201);
      await hertsCfo().get('/forces/herts/collaboration?from=2016/17&years=2').expect(200);
      await board().get('/alliances/raid/collaboration-shares?year=2016/17').expect(200);
      await board().get('/alliances/raid/benefits-realisation').expect(200);
    });
  });
});
