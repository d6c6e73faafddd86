import type { FastifyReply } from 'fastify';
import type { WriteResult } from '../event-sourcing/write-context';

/** The body every write answers with; `replayed` travels as a header so a retry's body is byte-identical. */
export type WriteResponse = Omit<WriteResult, 'replayed'>;

/**
 * Sets the headers a write answers with: ETag (the stream revision, for If-Match next time),
 * Location when the write created something, Idempotent-Replayed on a retry.
 */
export function writeResponse(res: FastifyReply, result: WriteResult, location?: string): WriteResponse {
  res.header('ETag', `"${result.revision}"`);
  if (location) res.header('Location', location);
  if (result.replayed) res.header('Idempotent-Replayed', 'true');
  const { replayed: _replayed, ...body } = result;
  return body;
}
