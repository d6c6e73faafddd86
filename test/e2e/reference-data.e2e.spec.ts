import { REFERENDUM_PRINCIPLES_ENGLAND } from '../../src/reference-data/referendum-principles-england';
import { startTestApp, type TestApp } from '../support/test-app';

const STREAM = '/streams/reference-referendum-principles/events?limit=1000';

/** The referendum principles reference data: recorded on first start, once, and editable through HTTP. */
describe('referendum principles through HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const trail = async () =>
    (await t.http().get(STREAM).expect(200)).body.events as Array<{
      id: string;
      type: string;
      data: unknown;
      metadata: { actor: string; reason?: string };
    }>;
  const principles = async (query = '') => (await t.http().get(`/referendum-principles${query}`).expect(200)).body;

  it('records the published table on first start, as the system, saying where it comes from', async () => {
    const all = await trail();
    const events = all.filter((e) => e.type === 'ReferendumPrincipleSet.v1');
    expect(events.map((e) => e.data)).toEqual(REFERENDUM_PRINCIPLES_ENGLAND);
    const members = all.filter((e) => e.type === 'ReferendumGroupMembersSet.v1');
    for (const e of events) {
      expect(e.type).toBe('ReferendumPrincipleSet.v1');
      expect(e.metadata.actor).toBe('system');
      expect(e.metadata.reason).toMatch(/police-finance reference/);
    }
    const year = await principles('?year=2017/18');
    expect(year.principles).toEqual([
      {
        year: '2017/18',
        limit: { kind: 'percentage', rate: '0.02' },
        comparison: 'less_than',
        appliesTo: 'all PCCs',
        note: '',
        sources: [events[7].id],
        description: 'an increase of less than 2 %',
      },
      {
        year: '2017/18',
        limit: { kind: 'amount', amount: '5.00' },
        comparison: 'up_to_and_including',
        appliesTo: 'lowest-quartile PCCs',
        note: 'Lowest-quartile PCCs up to and including £5.',
        sources: [events[8].id],
        description: 'an increase of up to and including £5.00',
        members: { forces: ['herts'], sources: [members[1].id] },
      },
    ]);
    expect(members[1].metadata.reason).toMatch(/^HMIC, PEEL: Police efficiency 2016 – Hertfordshire/);
    expect((await principles()).principles).toHaveLength(REFERENDUM_PRINCIPLES_ENGLAND.length);
  });

  it('records which PCCs a group principle applies to; a group with no principle for the year is refused (422), a bad code 400, nothing recorded', async () => {
    const before = (await trail()).length;
    await t
      .http()
      .post('/referendum-principles/members')
      .send({ year: '2016/17', appliesTo: 'lowest-quartile PCCs', forces: ['herts', 'beds'], reason: 'Illustrative: test' })
      .expect(201);
    const year = await principles('?year=2016/17');
    expect(year.principles[1].members.forces).toEqual(['beds', 'herts']);
    const typo = await t
      .http()
      .post('/referendum-principles/members')
      .send({ year: '2016/17', appliesTo: 'lowest quartile PCCs', forces: ['herts'] })
      .expect(422);
    expect(JSON.stringify(typo.body)).toMatch(/No referendum principle for lowest quartile PCCs is in force for 2016\/17/);
    await t
      .http()
      .post('/referendum-principles/members')
      .send({ year: '2016/17', appliesTo: 'lowest-quartile PCCs', forces: ['Herts!'] })
      .expect(400);
    await t
      .http()
      .post('/referendum-principles/members')
      .send({ year: '2016/17', appliesTo: 'lowest-quartile PCCs', forces: 'herts' })
      .expect(400);
    expect(await trail()).toHaveLength(before + 1);
  });

  it('records a principle, supersedes one, records nothing for the same one again, and keeps edits across restarts', async () => {
    const before = await principles();
    const added = await t
      .http()
      .post('/referendum-principles')
      .send({ year: '2027/28', limit: { kind: 'amount', amount: '15.00' }, reason: 'Settlement letter' })
      .expect(201);
    expect(added.headers.location).toBe('/referendum-principles?year=2027/28');
    expect(added.body).toMatchObject({ stream: 'reference-referendum-principles', events: [{ type: 'ReferendumPrincipleSet.v1' }] });
    const same = await t
      .http()
      .post('/referendum-principles')
      .send({ year: '2027/28', limit: { kind: 'amount', amount: '15' } })
      .expect(200);
    expect(same.body.events).toEqual([]);

    await t
      .http()
      .post('/referendum-principles')
      .send({ year: '2012/13', limit: { kind: 'percentage', rate: '0.04' }, note: 'Police had 4 %' })
      .expect(201);
    const events = (await trail()).length;
    await t.restart();
    expect(await trail()).toHaveLength(events);
    expect((await principles('?year=2012/13')).principles).toEqual([
      expect.objectContaining({ limit: { kind: 'percentage', rate: '0.04' }, comparison: 'less_than', note: 'Police had 4 %' }),
    ]);
    expect((await principles('?year=2027/28')).principles).toEqual([
      expect.objectContaining({ limit: { kind: 'amount', amount: '15.00' }, comparison: 'up_to_and_including', appliesTo: 'all PCCs' }),
    ]);

    // As it stood before the edits.
    const then = await principles(`?year=2012/13&asOf=${before.asAt.position}`);
    expect(then.principles).toEqual([expect.objectContaining({ limit: { kind: 'percentage', rate: '0.035' } })]);
  });

  it('withdraws a principle recorded for the wrong group', async () => {
    await t
      .http()
      .post('/referendum-principles')
      .send({ year: '2026/27', limit: { kind: 'amount', amount: '20.00' }, appliesTo: 'Welsh PCCs' })
      .expect(201);
    expect((await principles('?year=2026/27')).principles).toHaveLength(2);
    await t
      .http()
      .post('/referendum-principles/withdrawal')
      .send({ year: '2026/27', appliesTo: 'Welsh PCCs', reason: 'Wales has no referendum principles' })
      .expect(201);
    expect((await principles('?year=2026/27')).principles).toEqual([expect.objectContaining({ appliesTo: 'all PCCs' })]);
    const count = (await trail()).length;
    await t.http().post('/referendum-principles/withdrawal').send({ year: '2026/27', appliesTo: 'Welsh PCCs' }).expect(404);
    expect(await trail()).toHaveLength(count);
  });

  it.each([
    ['a rate as a JSON number', { year: '2028/29', limit: { kind: 'percentage', rate: 0.02 } }, 'limit.rate'],
    ['an amount as a JSON number', { year: '2028/29', limit: { kind: 'amount', amount: 15 } }, 'limit.amount'],
    ['a malformed year', { year: '2028', limit: { kind: 'amount', amount: '15.00' } }, 'year'],
    ['no limit', { year: '2028/29' }, 'limit'],
    ['an unknown kind of limit', { year: '2028/29', limit: { kind: 'ratio', rate: '0.02' } }, 'limit.kind'],
    ['an unknown comparison', { year: '2028/29', limit: { kind: 'amount', amount: '15.00' }, comparison: 'at_most' }, 'comparison'],
  ])('400 for %s, naming the field, and nothing recorded', async (_, body, field) => {
    const count = (await trail()).length;
    const res = await t.http().post('/referendum-principles').send(body).expect(400);
    expect(res.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    expect(await trail()).toHaveLength(count);
  });

  it('422 for a limit of zero, and 400 for a malformed year to read', async () => {
    const count = (await trail()).length;
    const res = await t
      .http()
      .post('/referendum-principles')
      .send({ year: '2028/29', limit: { kind: 'amount', amount: '0.00' } })
      .expect(422);
    expect(res.body.message).toBe('A £ referendum limit must be more than zero');
    expect(await trail()).toHaveLength(count);
    await t.http().get('/referendum-principles?year=next').expect(400);
  });
});
