import type { IncomingMessage } from 'node:http';
import { randomUUID } from 'node:crypto';

const CORRELATION_ID = /^[\w.:-]{1,100}$/;
const assigned = new WeakMap<IncomingMessage, string>();

/**
 * The request's correlation id: the client's X-Correlation-Id when it is well-formed, otherwise
 * one made up. Chosen once per request, so the request log names the id its events carry.
 */
export function correlationIdOf(request: IncomingMessage | { raw: IncomingMessage }): string {
  if ('raw' in request) request = request.raw;
  let id = assigned.get(request);
  if (id === undefined) {
    const header = request.headers['x-correlation-id'];
    id = typeof header === 'string' && CORRELATION_ID.test(header) ? header : randomUUID();
    assigned.set(request, id);
  }
  return id;
}
