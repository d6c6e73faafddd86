import type { FieldProblem } from '../common/errors';

/** The one shape every error response has, so clients handle errors in one place. */
export interface ErrorBody {
  statusCode: number;
  /** Machine-readable: invalid_input, not_found, conflict, concurrency_conflict, rule_violated, ... */
  error: string;
  /** A sentence a finance officer can act on. */
  message: string;
  /** Field-level problems, when the request had any. */
  details: FieldProblem[];
  [extra: string]: unknown;
}
