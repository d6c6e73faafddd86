import { join } from 'node:path';
import type { StressModel } from '../stress-model';
import type { StressTestParameters } from '../stress-test-parameters';
import type { StressTestResult } from '../stress-test-result';
import { errorFromWire, type StressTestJob, type StressTestReply } from './stress-test-wire';
import { WorkerPool } from './worker-pool';
import { workerScript } from './worker-script';

interface StressTestPoolOptions {
  workers: number;
  queue: number;
  onWorkerFailure?: (error: Error) => void;
}

/**
 * runStressTest in worker threads: the same pure function on the same plain inputs, so the
 * result is the one an in-thread run gives, byte for byte; only the event loop stays free.
 */
export class StressTestPool {
  private readonly pool: WorkerPool;

  constructor(options: StressTestPoolOptions) {
    this.pool = new WorkerPool({
      script: workerScript(join(__dirname, 'stress-test.worker')),
      size: options.workers,
      queue: options.queue,
      jobs: 'stress tests',
      onWorkerFailure: options.onWorkerFailure,
    });
  }

  async run(model: StressModel, parameters: StressTestParameters): Promise<StressTestResult> {
    const job: StressTestJob = { model, parameters };
    const reply = (await this.pool.run(job)) as StressTestReply;
    if (!reply.ok) throw errorFromWire(reply.error);
    return reply.result;
  }

  get load(): { workers: number; busy: number; waiting: number } {
    return this.pool.load;
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
