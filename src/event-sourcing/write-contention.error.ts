import { ServiceUnavailableError } from '../common/errors';

/**
 * An unconditional write lost the race for its stream every time it was tried: other writers
 * (replicas sharing an EventStoreDB) kept appending between its read and its append. Nothing
 * was recorded. Not a 409: the client expected no revision, so there is nothing for it to
 * resolve – the service was busy, and the same request (with the same Idempotency-Key) can
 * simply be sent again.
 */
export class WriteContentionError extends ServiceUnavailableError {
  constructor(
    readonly streamId: string,
    attempts: number,
  ) {
    super(
      `Stream ${streamId} changed under this write ${attempts} times in a row; nothing was recorded. Send the same request again in a moment.`,
      1,
      'write_contention',
    );
  }
}
