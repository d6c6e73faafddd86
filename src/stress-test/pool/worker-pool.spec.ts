import { ServiceUnavailableError } from '../../common/errors';
import { WorkerPool, type WorkerScript } from './worker-pool';

/** A worker that doubles a number, waits when asked, and dies or throws when told to. */
const DOUBLER: WorkerScript = {
  filename: `
    const { parentPort } = require('node:worker_threads');
    parentPort.on('message', (m) => {
      if (m === 'exit') process.exit(3);
      if (m === 'throw') throw new Error('boom');
      if (typeof m === 'object') return setTimeout(() => parentPort.postMessage(m.wait), m.wait);
      parentPort.postMessage(m * 2);
    });`,
  options: { eval: true },
};

describe('WorkerPool', () => {
  let pool: WorkerPool;
  const failures: Error[] = [];
  afterEach(async () => {
    await pool.close();
    failures.length = 0;
  });

  it('starts no worker until a job comes, then at most its size, and answers each job', async () => {
    pool = new WorkerPool({ script: DOUBLER, size: 2, queue: 10, jobs: 'doublings' });
    expect(pool.load).toEqual({ workers: 0, busy: 0, waiting: 0 });
    const answers = await Promise.all([1, 2, 3, 4, 5].map((n) => pool.run(n)));
    expect(answers).toEqual([2, 4, 6, 8, 10]);
    expect(pool.load).toEqual({ workers: 2, busy: 0, waiting: 0 });
  });

  it('refuses a job with 503 and Retry-After when every worker is busy and the queue is full', async () => {
    pool = new WorkerPool({ script: DOUBLER, size: 1, queue: 1, jobs: 'doublings' });
    const running = pool.run({ wait: 200 });
    const queued = pool.run({ wait: 10 });
    const refused = await pool.run(1).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ServiceUnavailableError);
    expect(refused).toMatchObject({ status: 503, code: 'service_unavailable', retryAfterSeconds: expect.any(Number) });
    expect((refused as ServiceUnavailableError).retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect((refused as Error).message).toMatch(/busy with doublings: its worker thread is running one and the queue of 1 is full/);
    expect(await Promise.all([running, queued])).toEqual([200, 10]);
  });

  it('fails only the job of a worker that dies (503, try again), and replaces the worker', async () => {
    pool = new WorkerPool({ script: DOUBLER, size: 1, queue: 5, jobs: 'doublings', onWorkerFailure: (e) => failures.push(e) });
    const dying = pool.run('exit');
    const next = pool.run(21);
    await expect(dying).rejects.toThrow(/stopped unexpectedly \(exit code 3\) and has been replaced; try again/);
    await expect(dying).rejects.toBeInstanceOf(ServiceUnavailableError);
    expect(await next).toBe(42);
    const thrown = await pool.run('throw').catch((e: unknown) => e);
    expect(thrown).toMatchObject({ status: 503, message: expect.stringMatching(/\(Error: boom\)/) });
    expect(await pool.run(5)).toBe(10);
    expect(failures.map((e) => e.message)).toEqual(['A worker thread exited with code 3', 'boom']);
  });

  it('on close, stops its workers and refuses jobs waiting, running or new', async () => {
    pool = new WorkerPool({ script: DOUBLER, size: 1, queue: 1, jobs: 'doublings' });
    expect(await pool.run(1)).toBe(2);
    const running = pool.run({ wait: 5000 }).catch((e: unknown) => e);
    const waiting = pool.run(2).catch((e: unknown) => e);
    await pool.close();
    expect(await running).toMatchObject({ status: 503, message: expect.stringMatching(/shutting down/) });
    expect(await waiting).toMatchObject({ status: 503, message: expect.stringMatching(/shutting down/) });
    await expect(pool.run(3)).rejects.toBeInstanceOf(ServiceUnavailableError);
    expect(pool.load.workers).toBe(0);
  });

  it('refuses a size below one and a negative queue', () => {
    expect(() => new WorkerPool({ script: DOUBLER, size: 0, queue: 1, jobs: 'x' })).toThrow(/at least one worker/);
    expect(() => new WorkerPool({ script: DOUBLER, size: 1, queue: -1, jobs: 'x' })).toThrow(/cannot be negative/);
  });
});
