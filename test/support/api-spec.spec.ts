import { apiSpec } from './api-spec';
import { startTestApp, type TestApp } from './test-app';

const herts = {
  stream: 'force-herts',
  events: [{ type: 'ForceRegistered.v1', data: { code: 'herts', name: 'Hertfordshire Constabulary' } }],
};

describe('the HTTP spec helper: given events / when a request / then the response and the new events', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
  });
  afterEach(async () => {
    await t.close();
  });

  it('given events appended straight to the store, the read side answers from them', async () => {
    await apiSpec(t)
      .given(herts)
      .when((http) => http.get('/forces/herts'))
      .then({ status: 200, body: expect.objectContaining({ code: 'herts', name: 'Hertfordshire Constabulary' }), newEvents: [] });
  });

  it('a write is checked by the events it recorded, not only by its answer', async () => {
    await apiSpec(t)
      .given(herts)
      .when((http) => http.post('/forces/herts/plan-period').send({ firstYear: '2016/17', lastYear: '2019/20' }))
      .then({
        status: 201,
        body: expect.objectContaining({ stream: 'force-finance-herts' }),
        newEvents: [{ stream: 'force-finance-herts', type: 'PlanPeriodSet.v1', data: { firstYear: '2016/17', lastYear: '2019/20' } }],
      });
  });

  it('a refused request records nothing', async () => {
    await apiSpec(t)
      .given()
      .when((http) => http.post('/forces/herts/plan-period').send({ firstYear: '2016/17', lastYear: '2019/20' }))
      .then({ status: 404, newEvents: [] });
  });

  it('the request can be sent as another role', async () => {
    await apiSpec(t)
      .given(herts)
      .when(
        (http) => http.post('/forces/herts/plan-period').send({ firstYear: '2016/17', lastYear: '2019/20' }),
        () => t.as({ role: 'viewer', force: 'herts' }),
      )
      .then({ status: 403, newEvents: [] });
  });
});
