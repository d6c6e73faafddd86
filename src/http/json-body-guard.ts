import type { FastifyReply, FastifyRequest } from 'fastify';
import { InvalidInputError } from '../common/errors';

/** Far deeper than any request the API takes (a cost-share basis is 4 levels), far shallower than a stack. */
export const MAX_BODY_DEPTH = 32;
/** The longest list any request takes: a base budget's 1,000 lines. */
export const MAX_ARRAY_ITEMS = 1000;
/** No request object has more than about 25 fields (a stress test's years and variables included). */
export const MAX_OBJECT_KEYS = 100;
/**
 * Fields and list items in a whole body. The largest valid request, a budget of 1,000 lines of
 * 4 fields, has about 5,000; past this a body is refused before validation, which would
 * otherwise spend its time (0.8 s for 20,000 unknown keys) naming every one.
 */
export const MAX_BODY_VALUES = 10_000;

/**
 * Keys that name an object's prototype machinery. class-transformer silently drops them rather
 * than letting them through, so without this check they would be accepted and ignored, where
 * every other unknown field is refused.
 */
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Checks a parsed JSON body before anything recursive or costly (validation, fingerprinting)
 * walks it: a body nested thousands deep would overflow the stack there and answer 500, and a
 * very wide one would cost a second of CPU. Walks with an explicit stack, so the check itself
 * cannot overflow, and stops at the first problem, so it costs at most one pass.
 */
export function jsonBodyGuard(request: FastifyRequest, _reply: FastifyReply, done: (error?: Error) => void): void {
  done(problemWith(request.body) ?? undefined);
}

function problemWith(body: unknown): InvalidInputError | null {
  // A spreadsheet body (an import's CSV or XLSX, read raw) is bytes, not JSON: its reader bounds it by rows.
  if (body === null || typeof body !== 'object' || Buffer.isBuffer(body)) return null;
  const pending: Array<{ value: object; depth: number; path: string; top: string }> = [{ value: body, depth: 1, path: '', top: 'body' }];
  let values = 0;
  while (pending.length > 0) {
    const { value, depth, path, top } = pending.pop()!;
    if (depth > MAX_BODY_DEPTH) return new InvalidInputError(top, `is nested more than ${MAX_BODY_DEPTH} levels deep; no request is`);
    const isArray = Array.isArray(value);
    const keys = Object.keys(value);
    const here = path || 'body';
    if (isArray && keys.length > MAX_ARRAY_ITEMS)
      return new InvalidInputError(
        here,
        `lists ${keys.length.toLocaleString('en-GB')} items; no request takes more than ${MAX_ARRAY_ITEMS.toLocaleString('en-GB')}`,
      );
    if (!isArray && keys.length > MAX_OBJECT_KEYS)
      return new InvalidInputError(
        here,
        `has ${keys.length.toLocaleString('en-GB')} fields; no request object has more than ${MAX_OBJECT_KEYS}`,
      );
    values += keys.length;
    if (values > MAX_BODY_VALUES)
      return new InvalidInputError(
        'body',
        `has more than ${MAX_BODY_VALUES.toLocaleString('en-GB')} fields and list items in all; no request has`,
      );
    for (const key of keys) {
      const field = isArray ? `${path}[${key}]` : path ? `${path}.${key}` : key;
      if (!isArray && RESERVED_KEYS.has(key)) return new InvalidInputError(field, 'is not a field this request accepts');
      const child = (value as Record<string, unknown>)[key];
      if (child !== null && typeof child === 'object')
        pending.push({ value: child, depth: depth + 1, path: field, top: path ? top : isArray ? 'body' : key });
    }
  }
  return null;
}
