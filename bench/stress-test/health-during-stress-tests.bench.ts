import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../src/app.factory';
import { TokenIssuer } from '../../src/auth/token-issuer';
import { loadConfig } from '../../src/config/app-config';
import { compare, formatMs, type Figure } from '../support/report';
import { elapsedMs, latencyStats, measureLatency, now, settle } from '../support/timing';
import { STRESS_PARAMETERS } from './stress-test.bench';

export interface HealthDuringStressTestsOptions {
  /** Stress tests run at once, and their paths. */
  concurrent: number;
  paths: number;
  /** Rounds of `concurrent` runs; /health is timed throughout each. */
  rounds: number;
  /** /health calls timed with nothing else running (after `warmup`). */
  baseline: { warmup: number; iterations: number };
}

const SECRET = 'bench-secret-that-is-long-enough-for-hs256-0123456789';

/**
 * Issue 9 (section 4): /health answered while stress tests run. The real application (createApp,
 * as in production) on a fresh SQLite store holding the Hertfordshire worked example, on a local
 * port; `concurrent` stress tests of `paths` paths are POSTed at once, and /health is called
 * again and again, each call timed, until all of them have answered. Stress tests run in the
 * worker pool (STRESS_TEST_WORKERS, default cores − 1), so the event loop should stay free.
 *
 * Baseline: /health timed the same way, with nothing else running.
 */
export async function healthDuringStressTestsBenchmark(
  dataDir: string,
  options: HealthDuringStressTestsOptions,
  log: (line: string) => void,
): Promise<{ figure: Figure; data: Record<string, unknown> }> {
  mkdirSync(dataDir, { recursive: true });
  const config = {
    ...loadConfig({ DATA_DIR: dataDir }),
    jwtSecret: SECRET,
    seedExampleWhenEmpty: true,
    logRequests: false,
    rateLimitPerMinute: 1_000_000,
  };
  const app = await createApp(config, { quiet: true });
  await app.listen(0, '127.0.0.1');
  try {
    const url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    const token = new TokenIssuer(SECRET).issue({ subject: 'bench', role: 'admin' });
    const health = async () => {
      const res = await fetch(`${url}/health`);
      await res.text();
      if (res.status !== 200) throw new Error(`/health answered ${res.status}`);
    };
    const stressTest = async (seed: number) => {
      const res = await fetch(`${url}/forces/herts/stress-tests`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ ...STRESS_PARAMETERS, paths: options.paths, seed }),
      });
      const text = await res.text();
      if (res.status !== 201) throw new Error(`A stress test answered ${res.status}: ${text.slice(0, 300)}`);
    };

    log(`  /health with nothing else running, ${options.baseline.iterations} calls ...`);
    await stressTest(1); // warms the worker and the plan's read path, so neither side pays for a first start
    await settle();
    const idle = await measureLatency(health, options.baseline);

    log(
      `  /health while ${options.concurrent} stress tests of ${options.paths.toLocaleString('en-GB')} paths run, ${options.rounds} rounds ...`,
    );
    const samples: number[] = [];
    const roundsMs: number[] = [];
    for (let round = 0; round < options.rounds; round++) {
      await settle();
      const began = now();
      let running = true;
      const runs = Promise.all(Array.from({ length: options.concurrent }, (_, i) => stressTest(1000 * round + i))).finally(() => {
        running = false;
      });
      while (running) {
        const start = now();
        await health();
        samples.push(elapsedMs(start));
      }
      await runs;
      roundsMs.push(elapsedMs(began));
    }
    const during = latencyStats(samples);

    const figure = compare(
      9,
      'health-during-stress-tests',
      `/health while ${options.concurrent} stress tests of ${options.paths.toLocaleString('en-GB')} paths run (herts worked example, ${config.stressTestWorkers} worker thread${config.stressTestWorkers === 1 ? '' : 's'})`,
      {
        label: `GET /health, timed call by call while ${options.concurrent} POST /forces/herts/stress-tests run at once; ${options.rounds} rounds`,
        measurement: { kind: 'latency', stats: during },
      },
      { label: 'GET /health, timed call by call, with nothing else running', measurement: { kind: 'latency', stats: idle } },
      {
        aimUnderMs: 100,
        notes: [
          `${options.concurrent} runs took ${roundsMs.map(formatMs).join(', ')} a round (all ${options.concurrent} answered 201); slowest /health ${formatMs(during.maxMs)}`,
          'before the worker pool, the issue measured four such runs holding /health for 1.2 s',
        ],
      },
    );
    return { figure, data: { healthDuringStressTests: { ...options, workers: config.stressTestWorkers, roundsMs, idle, during } } };
  } finally {
    await app.close();
  }
}
