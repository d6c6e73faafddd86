/**
 * Errors the domain raises, each saying which HTTP status it means so the shell maps them in
 * one place (see http/domain-exception.filter.ts). Nothing here imports Nest.
 */
export interface FieldProblem {
  field: string;
  message: string;
}

export abstract class DomainError extends Error {
  abstract readonly status: 400 | 401 | 403 | 404 | 409 | 422 | 503;
  abstract readonly code: string;
  constructor(
    message: string,
    readonly details: FieldProblem[] = [],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The request itself is malformed: a bad field, a number where a decimal string belongs. */
export class InvalidInputError extends DomainError {
  readonly status = 400;
  readonly code = 'invalid_input';
  constructor(field: string, message: string) {
    super(`${field}: ${message}`, [{ field, message }]);
  }
}

/** No valid credentials came with the request. */
export class UnauthenticatedError extends DomainError {
  readonly status = 401;
  readonly code = 'unauthenticated';
}

/** The caller is known but their role or scope does not allow this. */
export class ForbiddenError extends DomainError {
  readonly status = 403;
  readonly code = 'forbidden';
}

/** The thing the request names does not exist. */
export class NotFoundError extends DomainError {
  readonly status = 404;
  readonly code = 'not_found';
}

/** The request conflicts with what is recorded (already exists, or changed since it was read). */
export class ConflictError extends DomainError {
  readonly status = 409;
  readonly code: string = 'conflict';
  constructor(
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** Well-formed, but a finance rule refuses it (a drawdown beyond a reserve's balance, say). */
export class RuleViolationError extends DomainError {
  readonly status = 422;
  readonly code = 'rule_violated';
  /** `detail`: what is wrong with `field`, to show beside it, when the sentence names the field itself. */
  constructor(message: string, field?: string, detail: string = message) {
    super(message, field ? [{ field, message: detail }] : []);
  }
}

/**
 * Too busy for this now, through no fault of the request: try again after `retryAfterSeconds`
 * (sent as Retry-After). `code` says which kind of busy (a full stress-test queue, a write that
 * kept losing races), so every 503 is one class and the filter needs no special case.
 */
export class ServiceUnavailableError extends DomainError {
  readonly status = 503;
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
    readonly code: string = 'service_unavailable',
  ) {
    super(message);
  }
}
