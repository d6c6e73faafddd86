import { InvalidInputError } from '../common/errors';

/** What `?include=` may ask a projection to add to its compact answer. */
export const INCLUDE_VALUES = ['sources'] as const;
export type Include = (typeof INCLUDE_VALUES)[number];

/**
 * `?include=sources` or nothing. A value the service does not know is refused rather than
 * ignored: a caller who misspelt it would otherwise read a compact answer believing it cited
 * its sources.
 */
export function parseInclude(value: unknown): Include | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && (INCLUDE_VALUES as readonly string[]).includes(value)) return value as Include;
  return failInclude();
}

function failInclude(): never {
  throw new InvalidInputError(
    'include',
    `must be ${INCLUDE_VALUES.map((v) => `"${v}"`).join(' or ')} (the event ids behind each figure), or left out for the figures alone`,
  );
}

/**
 * A projection's answer without the `sources` of its figures: the ids of the events behind
 * each figure are most of an MTFP's bytes and of no use to a reader of the figures, who asks
 * for them with `?include=sources` or follows one line with /mtfp/explain. Everything else
 * (values, bases, years, records' own `source`) is kept as it is.
 */
export function withoutSources<T>(answer: T): T {
  return strip(answer) as T;
}

function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (value === null || typeof value !== 'object') return value;
  const kept: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) if (!(key === 'sources' && Array.isArray(v))) kept[key] = strip(v);
  return kept;
}
