import type { IncomingHttpHeaders } from 'node:http';

/**
 * Whether the client's copy is the current one, so a 304 will do: its If-None-Match lists the
 * answer's ETag (compared weakly, as RFC 9110 says for If-None-Match) or is `*`; a request that
 * says `Cache-Control: no-cache` always gets the answer. As Express's `req.fresh` decided, before the service moved to Fastify.
 */
export function isFresh(headers: IncomingHttpHeaders, etag: string): boolean {
  const noneMatch = headers['if-none-match'];
  if (noneMatch === undefined || noneMatch === '') return false;
  if (/(?:^|,)\s*no-cache\s*(?:,|$)/.test(headers['cache-control'] ?? '')) return false;
  if (noneMatch.trim() === '*') return true;
  const ours = opaque(etag);
  return noneMatch.split(',').some((tag) => opaque(tag.trim()) === ours);
}

function opaque(tag: string): string {
  return tag.startsWith('W/') ? tag.slice(2) : tag;
}
