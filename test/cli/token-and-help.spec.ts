import { TEST_JWT_SECRET, startTestApp, type TestApp } from '../support/test-app';
import { cfm } from './cli-harness';
import request from 'supertest';

describe('cfm token and cfm --help', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('token mints what npm run token mints: the service accepts it, for the role and scope asked', async () => {
    const run = await cfm(['token', '--role', 'viewer', '--force', 'herts', '--days', '2'], {
      JWT_SECRET: TEST_JWT_SECRET,
      DATA_DIR: t.dir,
    });
    expect(run).toMatchObject({ code: 0, err: '' });
    const token = run.out.trim();
    await request(t.app.getHttpServer()).get('/forces').set('Authorization', `Bearer ${token}`).expect(200);
    // A viewer of Herts may not write.
    await request(t.app.getHttpServer())
      .post('/forces')
      .set('Authorization', `Bearer ${token}`)
      .send({ code: 'kent', name: 'Kent Police' })
      .expect(403);
  });

  it('token refuses options that make no token (exit 2) and a short key (exit 1), in a sentence', async () => {
    const role = await cfm(['token', '--role', 'chief'], { JWT_SECRET: TEST_JWT_SECRET });
    expect(role).toMatchObject({ code: 2, out: '' });
    expect(role.err).toMatch(/--role must be one of: force_finance, .*admin/);
    const scope = await cfm(['token', '--role', 'force_finance'], { JWT_SECRET: TEST_JWT_SECRET });
    expect(scope.code).toBe(2);
    const short = await cfm(['token', '--role', 'admin'], { JWT_SECRET: 'short' });
    expect(short.code).toBe(1);
    expect(short.err).toMatch(/JWT_SECRET is 5 bytes long/);
  });

  it('--help says of every command whether it works on the store or through HTTP', async () => {
    const run = await cfm(['--help']);
    expect(run.code).toBe(0);
    const line = (command: string) => run.out.split('\n').find((l) => l.trimStart().startsWith(command)) ?? '';
    for (const command of ['rebuild-projections', 'verify', 'backup', 'restore']) expect(line(command)).toContain('[on the store]');
    for (const command of ['export', 'import']) expect(line(command)).toContain('[through HTTP]');
    expect(line('token')).toContain('[with the signing key]');
    const unknown = await cfm(['frobnicate']);
    expect(unknown.code).not.toBe(0);
    expect(unknown.err).toMatch(/unknown command/);
  });
});
