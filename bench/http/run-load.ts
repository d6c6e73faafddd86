import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { LoadJob, LoadResult } from './load-generator';

/** Runs one load in a worker thread, so the generator has its own event loop (and core) beside the server's. */
export function loadInWorker(job: LoadJob): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(join(__dirname, 'load-generator.js'), { workerData: job });
    worker.once('message', (message: { result?: LoadResult; error?: string }) => {
      void worker.terminate();
      if (message.error) reject(new Error(message.error));
      else if (message.result?.unexpected) reject(new Error(`${job.path}: unexpected answer: ${message.result.unexpected}`));
      else resolve(message.result as LoadResult);
    });
    worker.once('error', reject);
  });
}
