import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TokenIssuer } from '../../src/auth/token-issuer';
import { buildService, killAllServices, ServiceProcess } from '../support/service-process';
import { startTestApp, TEST_JWT_SECRET, type TestApp } from '../support/test-app';

/**
 * Stress tests run in a pool of worker threads (issue 9, section 4): the event loop keeps
 * answering while they run, and a full queue answers 503 with Retry-After, recording nothing.
 * Runs on the Hertfordshire worked example (recorded on first start).
 */
const BIG_RUN = {
  distributions: {
    payAward: { kind: 'triangular', min: '0.01', mode: '0.02', max: '0.035' },
    nonPayInflation: { kind: 'uniform', min: '0.01', max: '0.03' },
    grantChange: { kind: 'normal', mean: '-0.01', sd: '0.01' },
    taxBaseGrowth: { kind: 'uniform', min: '0', max: '0.02' },
    savingsDelivery: { kind: 'triangular', min: '0.5', mode: '0.9', max: '1' },
  },
  paths: 100_000,
};

/** Nearest-rank percentile. */
const percentile = (values: number[], fraction: number): number =>
  [...values].sort((a, b) => a - b)[Math.max(1, Math.ceil(fraction * values.length)) - 1];

describe('stress tests in worker threads: the built service (dist/)', () => {
  const admin = `Bearer ${new TokenIssuer(TEST_JWT_SECRET).issue({ subject: 'admin@test', role: 'admin' })}`;
  let service: ServiceProcess;
  let dataDir: string;

  beforeAll(async () => {
    const build = await buildService();
    dataDir = mkdtempSync(join(tmpdir(), 'cfm-workers-'));
    service = await ServiceProcess.start({ mainJs: build.mainJs, dataDir, jwtSecret: TEST_JWT_SECRET, env: { SEED_EXAMPLE: 'true' } });
  }, 240_000);
  afterAll(async () => {
    await killAllServices();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const health = async (): Promise<{ status: number; ms: number }> => {
    const started = performance.now();
    const res = await fetch(`${service.url}/health`, { signal: AbortSignal.timeout(30_000) });
    await res.text();
    return { status: res.status, ms: performance.now() - started };
  };

  it('answers /health (all 200) while four 100,000-path stress tests run, and shows each run again to the same bytes', async () => {
    const idle: number[] = [];
    for (let i = 0; i < 50; i++) idle.push((await health()).ms);

    let running = true;
    const runs = Promise.all(
      [1, 2, 3, 4].map(async (seed) => {
        const res = await fetch(`${service.url}/forces/herts/stress-tests`, {
          method: 'POST',
          headers: { Authorization: admin, 'Content-Type': 'application/json' },
          body: JSON.stringify({ ...BIG_RUN, seed }),
          signal: AbortSignal.timeout(180_000),
        });
        return { status: res.status, body: (await res.json()) as { run: { runId: string }; result: unknown } };
      }),
    ).finally(() => {
      running = false;
    });
    const during: Array<{ status: number; ms: number }> = [];
    while (running) {
      during.push(await health());
      await new Promise((r) => setTimeout(r, 10));
    }
    const answers = await runs;

    expect(answers.map((a) => a.status)).toEqual([201, 201, 201, 201]);
    expect(during.length).toBeGreaterThan(0);
    expect(during.filter((h) => h.status !== 200)).toEqual([]);
    // Timing is logged, not asserted: this machine is shared. The aim is a p99 under 100 ms.
    const ms = during.map((h) => h.ms);
    console.log(
      `/health while four 100,000-path stress tests ran: ${ms.length} calls, p50 ${percentile(ms, 0.5).toFixed(1)} ms, p99 ${percentile(ms, 0.99).toFixed(1)} ms, max ${percentile(ms, 1).toFixed(1)} ms` +
        ` (idle: p50 ${percentile(idle, 0.5).toFixed(1)} ms, p99 ${percentile(idle, 0.99).toFixed(1)} ms)`,
    );

    const { run, result } = answers[0].body;
    const again = await fetch(`${service.url}/forces/herts/stress-tests/${run.runId}`, {
      headers: { Authorization: admin },
      signal: AbortSignal.timeout(60_000),
    });
    expect(again.status).toBe(200);
    expect(JSON.stringify(((await again.json()) as { result: unknown }).result)).toBe(JSON.stringify(result));
  });
});

describe('stress tests in worker threads: a full queue', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ seedExampleWhenEmpty: true, stressTestWorkers: 1, stressTestQueue: 1 });
  });
  afterAll(() => t.close());

  it('answers 503 with Retry-After in the one error body, and records nothing for the runs it turns away', async () => {
    const before = (await t.http().get('/forces/herts/stress-tests').expect(200)).body.runs.length as number;
    const answers = await Promise.all(
      [1, 2, 3, 4, 5, 6].map((seed) =>
        t
          .http()
          .post('/forces/herts/stress-tests')
          .send({ ...BIG_RUN, seed }),
      ),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.every((s) => s === 201 || s === 503)).toBe(true);
    expect(statuses.filter((s) => s === 201).length).toBeGreaterThanOrEqual(2); // one running, one queued
    const refused = answers.filter((a) => a.status === 503);
    expect(refused.length).toBeGreaterThanOrEqual(1);
    for (const res of refused) {
      expect(Number(res.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(res.body).toEqual({
        statusCode: 503,
        error: 'service_unavailable',
        message: expect.stringMatching(
          /^The service is busy with stress tests: its worker thread is running one and the queue of 1 is full\. Try again in \d+ s\.$/,
        ),
        details: [],
      });
    }
    const after = (await t.http().get('/forces/herts/stress-tests').expect(200)).body.runs.length as number;
    expect(after - before).toBe(statuses.filter((s) => s === 201).length);
  });

  it('re-runs a recorded run on the pool too, to the result it gave', async () => {
    const first = await t
      .http()
      .post('/forces/herts/stress-tests')
      .send({ ...BIG_RUN, paths: 2000, seed: 9 })
      .expect(201);
    const again = await t.http().get(`/forces/herts/stress-tests/${first.body.run.runId}`).expect(200);
    expect(JSON.stringify(again.body.result)).toBe(JSON.stringify(first.body.result));
  });
});
