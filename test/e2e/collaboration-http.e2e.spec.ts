import { eventsOf as streamEvents, startAppWithForces } from '../fixtures/alliance-http.fixture';
import type { TestApp } from '../support/test-app';

/** A force's collaboration spend and the national averages through HTTP, and every collaboration resource in OpenAPI. */
describe('collaboration spend, national averages and the OpenAPI document through HTTP', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startAppWithForces();
  });
  afterAll(async () => {
    await t.close();
  });

  const post = (path: string, body: object) => t.http().post(path).send(body);
  const eventsOf = (stream: string) => streamEvents(t, stream);

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
