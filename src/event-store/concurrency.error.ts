import { ConflictError } from '../common/errors';
import { describeExpected, type ExpectedRevision } from './event-store.port';

/**
 * An append's expected revision did not match the stream; nothing was written.
 * `actual` is the stream's revision, or "no_stream" when it does not exist.
 */
export class ConcurrencyError extends ConflictError {
  override readonly code = 'concurrency_conflict';
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    readonly actual: bigint | 'no_stream',
  ) {
    super(
      `Stream ${streamId} is at revision ${typeof actual === 'bigint' ? actual.toString() : 'none (no stream)'}, but the write expected ${describeExpected(expected)}; nothing was recorded. Read it again and retry.`,
      {
        stream: streamId,
        expectedRevision: describeExpected(expected),
        currentRevision: typeof actual === 'bigint' ? actual.toString() : null,
      },
    );
  }
}

/** Checks an expectation against a stream's current revision (null = no stream). Shared by adapters that check it themselves. */
export function checkExpectedRevision(streamId: string, expected: ExpectedRevision, current: bigint | null): void {
  const actual = current ?? 'no_stream';
  if (expected === 'any') return;
  if (expected === 'no_stream' && current !== null) throw new ConcurrencyError(streamId, expected, actual);
  if (expected === 'stream_exists' && current === null) throw new ConcurrencyError(streamId, expected, actual);
  if (typeof expected === 'bigint' && current !== expected) throw new ConcurrencyError(streamId, expected, actual);
}

/**
 * An append carried an event id the store already holds; nothing was written. A retry of a
 * write whose events were recorded lands here, which the command path treats as a lost race.
 */
export class DuplicateEventIdError extends ConflictError {
  override readonly code = 'duplicate_event_id';
  constructor(readonly streamId: string) {
    super(`An event with one of these ids is already recorded (appending to ${streamId}); nothing was recorded.`, { stream: streamId });
  }
}
