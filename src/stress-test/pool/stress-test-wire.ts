import { InvalidInputError, RuleViolationError, type FieldProblem } from '../../common/errors';
import type { StressModel } from '../stress-model';
import type { StressTestParameters } from '../stress-test-parameters';
import type { StressTestResult } from '../stress-test-result';

/** What a worker thread is sent: plain data only (numbers, strings, arrays, plain objects). */
export interface StressTestJob {
  model: StressModel;
  parameters: StressTestParameters;
}

/** What it sends back: the result, or the error runStressTest threw, as data. */
export type StressTestReply = { ok: true; result: StressTestResult } | { ok: false; error: WireError };

interface WireError {
  name: string;
  message: string;
  details: FieldProblem[];
  stack?: string;
}

/** An error as data: copying an Error to another thread keeps its message but not its class. */
export function errorToWire(error: unknown): WireError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error), details: [] };
  const details = 'details' in error && Array.isArray(error.details) ? (error.details as FieldProblem[]) : [];
  return { name: error.name, message: error.message, details, stack: error.stack };
}

/** The error again, of the class it was thrown as, so the HTTP answer is the one an in-thread run gives. */
export function errorFromWire(wire: WireError): Error {
  const [first] = wire.details;
  if (wire.name === 'InvalidInputError' && first) return new InvalidInputError(first.field, first.message);
  if (wire.name === 'RuleViolationError') return new RuleViolationError(wire.message, first?.field, first?.message);
  // Anything else is a bug in the thread: keep its stack for the log (the answer is a plain 500).
  const error = new Error(`A stress test failed in its worker thread: ${wire.name}: ${wire.message}`);
  if (wire.stack) error.stack = `${error.message}\n(worker thread) ${wire.stack}`;
  return error;
}
