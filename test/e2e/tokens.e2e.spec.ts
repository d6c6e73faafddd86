import { JwtService } from '@nestjs/jwt';
import { startTestApp, TEST_JWT_SECRET, type TestApp } from '../support/test-app';

/** Tokens signed with the service's own key, but not as the service mints them. */
const signer = new JwtService({ secret: TEST_JWT_SECRET, signOptions: { algorithm: 'HS256', issuer: 'collaboration-finance-modeller' } });

describe('tokens', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('refuses a correctly signed token that has no expiry: it would be valid forever', async () => {
    const forever = signer.sign({ role: 'admin' }, { subject: 'admin@forever' });
    const res = await t.anonymous().get('/forces').set('Authorization', `Bearer ${forever}`).expect(401);
    expect(res.body).toMatchObject({ statusCode: 401, error: 'unauthenticated', message: expect.stringMatching(/no expiry/) });
  });

  it('accepts the same token with an expiry', async () => {
    const expiring = signer.sign({ role: 'admin' }, { subject: 'admin@expiring', expiresIn: '1h' });
    await t.anonymous().get('/forces').set('Authorization', `Bearer ${expiring}`).expect(200);
  });
});
