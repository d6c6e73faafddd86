import { startTestApp, type TestApp } from '../support/test-app';

/**
 * A 403 tells the caller what would be allowed: the role that may, when their role is the
 * problem (Herts' own finance officer setting Herts' precept), or the scope, when that is.
 * Empty bodies: the guard decides before anything is validated or recorded.
 */
describe('403 answers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  const hertsFinance = () => t.as({ role: 'force_finance', force: 'herts' });

  it('name the role that may set a precept when a force_finance token of that very force tries', async () => {
    const res = await hertsFinance().post('/forces/herts/precepts').send({}).expect(403);
    expect(res.body).toMatchObject({ statusCode: 403, error: 'forbidden', details: [] });
    expect(res.body.message).toBe(
      'Setting a force\'s precept, tax base and collection fund is for the pcc_office role (or admin); this token is force_finance for force "herts".',
    );
    expect(res.body.message).not.toMatch(/may not do this to force/);
  });

  it('name the force_finance role to the PCC office adding a budget item, and both roles for scenarios', async () => {
    const pcc = await t.as({ role: 'pcc_office', force: 'herts' }).post('/forces/herts/budget-items').send({}).expect(403);
    expect(pcc.body.message).toMatch(
      /^Changing a force's plan period, .* is for the force_finance role \(or admin\); this token is pcc_office for force "herts"\.$/,
    );
    const viewer = await t.as({ role: 'viewer', force: 'herts' }).post('/scenarios').send({ force: 'herts' }).expect(403);
    expect(viewer.body.message).toMatch(
      /is for the force_finance or pcc_office roles \(or admin\); this token is viewer for force "herts"\.$/,
    );
  });

  it('say admin only where no other role may', async () => {
    const res = await t.as({ role: 'alliance_board', alliance: 'bch' }).post('/forces').send({ code: 'kent' }).expect(403);
    expect(res.body.message).toBe('Registering or renaming a force is for admin only; this token is alliance_board for alliance "bch".');
  });

  it('name the scope and the role within it when the role is right but the force is another', async () => {
    const res = await hertsFinance().post('/forces/beds/budget-items').send({}).expect(403);
    expect(res.body.message).toBe(
      'A force_finance token for force "herts" may not do this to force "beds"; it is for the force_finance role of force "beds" (or admin).',
    );
  });

  it("name the board of that alliance when another alliance's board tries", async () => {
    const res = await t.as({ role: 'alliance_board', alliance: 'bch' }).post('/alliances/emsou/units').send({}).expect(403);
    expect(res.body.message).toBe(
      'An alliance_board token for alliance "bch" may not do this to alliance "emsou"; it is for the alliance_board role of alliance "emsou" (or admin).',
    );
  });
});
