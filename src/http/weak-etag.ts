import { createHash } from 'node:crypto';

/**
 * A weak ETag of a body's bytes: its length in hex and SHA-1, as the `etag` package makes them
 * (Express gave one to every answer). The full pipeline (conditionalGet) and the /health lane
 * both make it, so either answers a matching If-None-Match with 304.
 */
export function weakEtagOf(body: string | Buffer): string {
  const length = typeof body === 'string' ? Buffer.byteLength(body, 'utf8') : body.length;
  return `W/"${length.toString(16)}-${createHash('sha1').update(body).digest('base64').substring(0, 27)}"`;
}
