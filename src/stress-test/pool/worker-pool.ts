import { Worker, type WorkerOptions } from 'node:worker_threads';
import { ServiceUnavailableError } from '../../common/errors';

/** What a pool starts each worker from: a compiled file, or code with `eval: true` in the options. */
export interface WorkerScript {
  filename: string;
  options?: WorkerOptions;
}

interface WorkerPoolOptions {
  script: WorkerScript;
  /** The most workers running at once; each runs one job at a time. */
  size: number;
  /** The most jobs waiting for a worker; one more is refused (503) rather than queued. */
  queue: number;
  /** What a job is, in the plural, for messages: "stress tests". */
  jobs: string;
  /** Told when a worker stops unexpectedly (it is replaced when next needed). */
  onWorkerFailure?: (error: Error) => void;
}

interface Job {
  input: unknown;
  resolve: (output: unknown) => void;
  reject: (error: Error) => void;
}

interface PooledWorker {
  thread: Worker;
  job: Job | null;
  startedAt: number;
  /** The last error the thread reported before it exited. */
  error: Error | null;
}

/** Until a job has finished, what a retry should wait for. */
const FIRST_GUESS_MS = 2000;
const MAX_RETRY_AFTER_S = 60;

/**
 * A fixed-size pool of worker threads, each running one job at a time, with a bounded queue,
 * so heavy CPU work never holds the event loop that answers everyone else. A job is a message
 * posted to a worker; its answer is the first message the worker posts back.
 *
 * Workers start when first needed and then stay, unreferenced while idle so an idle pool keeps
 * no process alive. When the queue is full a job is refused with a 503 that says when to retry
 * (about one job's time). A worker that dies takes only its own job with it (503: try again); the
 * next job starts a new worker. Nothing here knows what the jobs are.
 */
export class WorkerPool {
  private readonly workers: PooledWorker[] = [];
  private readonly waiting: Job[] = [];
  private closing = false;
  /** A moving average of how long a job takes, for Retry-After. */
  private averageJobMs = FIRST_GUESS_MS;

  constructor(private readonly options: WorkerPoolOptions) {
    if (!Number.isInteger(options.size) || options.size < 1)
      throw new Error(`A worker pool needs at least one worker (${options.size} given)`);
    if (!Number.isInteger(options.queue) || options.queue < 0)
      throw new Error(`A worker pool's queue cannot be negative (${options.queue} given)`);
  }

  /** Runs one job on a free worker, queueing it if none is free; refused with 503 when the queue is full or the pool is closed. */
  run(input: unknown): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const job: Job = { input, resolve, reject };
      if (this.closing) return reject(this.closedError());
      const idle = this.workers.find((w) => w.job === null);
      if (idle) return this.start(idle, job);
      if (this.workers.length < this.options.size) return this.start(this.spawn(), job);
      if (this.waiting.length < this.options.queue) return void this.waiting.push(job);
      reject(this.busyError());
    });
  }

  /** How many workers run now, how many of them are busy and how many jobs wait. */
  get load(): { workers: number; busy: number; waiting: number } {
    return { workers: this.workers.length, busy: this.workers.filter((w) => w.job !== null).length, waiting: this.waiting.length };
  }

  /** Stops every worker; jobs waiting or running are refused (503). */
  async close(): Promise<void> {
    this.closing = true;
    for (const job of this.waiting.splice(0)) job.reject(this.closedError());
    await Promise.all(this.workers.map((w) => w.thread.terminate()));
  }

  private spawn(): PooledWorker {
    const thread = new Worker(this.options.script.filename, this.options.script.options);
    const worker: PooledWorker = { thread, job: null, startedAt: 0, error: null };
    this.workers.push(worker);
    thread.on('message', (output: unknown) => this.finish(worker, output));
    thread.on('messageerror', (error: Error) => this.fail(worker, error));
    thread.on('error', (error: Error) => {
      worker.error = error;
    });
    thread.on('exit', (code) => this.exited(worker, code));
    return worker;
  }

  private start(worker: PooledWorker, job: Job): void {
    worker.job = job;
    worker.startedAt = performance.now();
    worker.thread.ref();
    try {
      worker.thread.postMessage(job.input);
    } catch (error) {
      // The input could not be copied to the thread (a bug in the caller): fail this job only.
      this.fail(worker, error instanceof Error ? error : new Error(String(error)));
    }
  }

  private finish(worker: PooledWorker, output: unknown): void {
    const job = worker.job;
    if (!job) return;
    this.averageJobMs = 0.8 * this.averageJobMs + 0.2 * (performance.now() - worker.startedAt);
    this.release(worker);
    job.resolve(output);
  }

  private fail(worker: PooledWorker, error: Error): void {
    const job = worker.job;
    if (!job) return;
    this.release(worker);
    job.reject(error);
  }

  /** The worker is free: give it the next waiting job, or let it idle without holding the process open. */
  private release(worker: PooledWorker): void {
    worker.job = null;
    const next = this.waiting.shift();
    if (next) this.start(worker, next);
    else worker.thread.unref();
  }

  private exited(worker: PooledWorker, code: number): void {
    this.workers.splice(this.workers.indexOf(worker), 1);
    const job = worker.job;
    worker.job = null;
    if (this.closing) {
      job?.reject(this.closedError());
      return;
    }
    const reason = worker.error ? `${worker.error.name}: ${worker.error.message}` : `exit code ${code}`;
    this.options.onWorkerFailure?.(worker.error ?? new Error(`A worker thread exited with code ${code}`));
    job?.reject(
      new ServiceUnavailableError(
        `The worker thread running this job stopped unexpectedly (${reason}) and has been replaced; try again.`,
        1,
      ),
    );
    // A replacement takes the next waiting job, if any.
    const next = this.waiting.shift();
    if (next) this.start(this.spawn(), next);
  }

  private busyError(): ServiceUnavailableError {
    const { size, queue, jobs } = this.options;
    const seconds = Math.min(MAX_RETRY_AFTER_S, Math.max(1, Math.ceil(this.averageJobMs / 1000)));
    return new ServiceUnavailableError(
      `The service is busy with ${jobs}: ${size === 1 ? 'its worker thread is' : `all ${size} of its worker threads are`} running one and the queue of ${queue} is full. Try again in ${seconds} s.`,
      seconds,
    );
  }

  private closedError(): ServiceUnavailableError {
    return new ServiceUnavailableError(`The service is shutting down and runs no more ${this.options.jobs}; try again in a moment.`, 5);
  }
}
