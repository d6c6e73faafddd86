import { parentPort } from 'node:worker_threads';
import { runStressTest } from '../run-stress-test';
import { errorToWire, type StressTestJob, type StressTestReply } from './stress-test-wire';

/** A worker thread of the stress-test pool: one job in, its result (or its error, as data) out. */
const port = parentPort;
if (!port) throw new Error('stress-test.worker runs as a worker thread of the stress-test pool');

port.on('message', ({ model, parameters }: StressTestJob) => {
  let reply: StressTestReply;
  try {
    reply = { ok: true, result: runStressTest(model, parameters) };
  } catch (error) {
    reply = { ok: false, error: errorToWire(error) };
  }
  port.postMessage(reply);
});
