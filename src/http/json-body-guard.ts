import type { NextFunction, Request, Response } from 'express';
import { InvalidInputError } from '../common/errors';

/** Far deeper than any request the API takes (a cost-share basis is 4 levels), far shallower than a stack. */
export const MAX_BODY_DEPTH = 32;

/**
 * Keys that name an object's prototype machinery. class-transformer silently drops them rather
 * than letting them through, so without this check they would be accepted and ignored, where
 * every other unknown field is refused.
 */
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Checks a parsed JSON body before anything recursive (validation, fingerprinting) walks it:
 * a body nested thousands deep would overflow the stack there and answer 500. Walks with an
 * explicit stack, so the check itself cannot overflow.
 */
export function jsonBodyGuard(request: Request, _response: Response, next: NextFunction): void {
  next(problemWith(request.body) ?? undefined);
}

function problemWith(body: unknown): InvalidInputError | null {
  if (body === null || typeof body !== 'object') return null;
  const pending: Array<{ value: object; depth: number; path: string; top: string }> = [{ value: body, depth: 1, path: '', top: 'body' }];
  while (pending.length > 0) {
    const { value, depth, path, top } = pending.pop()!;
    if (depth > MAX_BODY_DEPTH) return new InvalidInputError(top, `is nested more than ${MAX_BODY_DEPTH} levels deep; no request is`);
    const isArray = Array.isArray(value);
    for (const key of Object.keys(value)) {
      const field = isArray ? `${path}[${key}]` : path ? `${path}.${key}` : key;
      if (!isArray && RESERVED_KEYS.has(key)) return new InvalidInputError(field, 'is not a field this request accepts');
      const child = (value as Record<string, unknown>)[key];
      if (child !== null && typeof child === 'object') pending.push({ value: child, depth: depth + 1, path: field, top: path ? top : isArray ? 'body' : key });
    }
  }
  return null;
}
