import type { Principal } from '../../auth/principal';

/**
 * The GET answers kept in the answer cache: projections of the event store and nothing else
 * (no clock, no worker pool), so the same request against the same store position gives the
 * same bytes. Route paths, as Fastify's `request.routeOptions.url` names them.
 */
export const CACHED_ROUTES: ReadonlySet<string> = new Set([
  '/forces/:force/mtfp',
  '/forces/:force/mtfp/explain',
  '/forces/:force/precept-options',
  '/forces/:force/finance',
  '/forces/:force/collaboration',
  '/alliances/:alliance/collaboration-shares',
  '/alliances/:alliance/benefits-realisation',
]);

/** An ISO-time `asOf` this long ago can no longer gain events: writes in flight then have long since committed. */
export const SETTLED_AFTER_MS = 60_000;

export interface AnswerRequest {
  routePath: string;
  params: Record<string, string>;
  query: Record<string, unknown>;
  principal: Principal | undefined;
  accept: string | undefined;
}

/** Exports (`format`, or an Accept that is not JSON) are other bytes from other code: never cached. */
export function isJsonRequest(request: Pick<AnswerRequest, 'query' | 'accept'>): boolean {
  if (request.query.format !== undefined && request.query.format !== 'json') return false;
  const accept = request.accept?.trim();
  return accept === undefined || accept === '' || /(^|,)\s*(application\/json|\*\/\*|application\/\*)\s*(;[^,]*)?(,|$)/i.test(accept);
}

/**
 * Whether the answer can never change: as at a global position (refused unless reached), or
 * at a time settled in the past. Such answers need no store position in their key.
 */
export function isImmutable(query: Record<string, unknown>, now: number = Date.now()): boolean {
  const asOf = query.asOf;
  if (typeof asOf !== 'string' || asOf === '') return false;
  if (/^\d{1,18}$/.test(asOf)) return true;
  const time = Date.parse(asOf.length === 10 ? `${asOf}T23:59:59.999Z` : asOf);
  return !Number.isNaN(time) && time < now - SETTLED_AFTER_MS;
}

/**
 * What the answer depends on: the route and its parameters, the query (keys sorted, so their
 * order does not matter), who asks (their scope decides what a scenario id finds), the Accept
 * header, and the store's head position (null for an immutable answer): any append moves it.
 */
export function answerKey(request: AnswerRequest, head: bigint | null | 'immutable'): string {
  const query = Object.keys(request.query)
    .sort()
    .map((k) => [k, request.query[k]]);
  const params = Object.keys(request.params)
    .sort()
    .map((k) => [k, request.params[k]]);
  const p = request.principal;
  const who = p ? [p.subject, p.role, p.force ?? null, p.alliance ?? null] : null;
  return JSON.stringify([request.routePath, params, query, who, request.accept ?? null, head === null ? null : String(head)]);
}
