import type { FastifyReply, FastifyRequest } from 'fastify';
import { InvalidInputError } from '../common/errors';

/**
 * Every query parameter is one plain value. The query parser reads `?asOf=1&asOf=2` as a list and
 * `?scenario[]=x` or `?asOf[x]=1` as a parameter of another name, which endpoints ignored:
 * the caller got the baseline, as it stands, believing they had asked for something else.
 * Checked once here for every endpoint, before anything reads the query.
 */
export function queryStringGuard(request: FastifyRequest, _reply: FastifyReply, done: (error?: Error) => void): void {
  done(problemWith(request.query as Record<string, unknown>) ?? undefined);
}

function problemWith(query: Record<string, unknown>): InvalidInputError | null {
  for (const [key, value] of Object.entries(query)) {
    const bracket = key.search(/[[\]]/);
    if (bracket >= 0) {
      const name = key.slice(0, bracket) || key;
      return new InvalidInputError(
        name.slice(0, 100),
        `must be given once, as ${name.slice(0, 100)}=value: lists and objects (${key.slice(0, 100)}=) are not accepted`,
      );
    }
    if (Array.isArray(value)) return new InvalidInputError(key.slice(0, 100), `must be given once; it was given ${value.length} times`);
    if (typeof value !== 'string') return new InvalidInputError(key.slice(0, 100), 'must be given once, as plain text');
  }
  return null;
}
