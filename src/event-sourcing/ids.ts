import { createHash, randomUUID } from 'node:crypto';

/** Supplies ids for new events; injected so tests can make them predictable. */
export type IdGenerator = () => string;
export const randomIds: IdGenerator = () => randomUUID();

/** Supplies "now"; injected so decisions and tests never read the real clock. */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

const NAMESPACE = Buffer.from('6f1c3a52-7d7e-4c9b-9a57-1f0c2b7c4e11'.replace(/-/g, ''), 'hex');

/**
 * A name-based (version 5) UUID: the same name always gives the same id. Event ids derived
 * from an Idempotency-Key this way make a retried write recognisable – and on stores that
 * refuse a duplicate event id (both adapters do), impossible to record twice.
 */
export function nameBasedUuid(name: string): string {
  const hash = createHash('sha1').update(NAMESPACE).update(name).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Stable fingerprint of a request body, to spot a key reused for a different request. */
export function fingerprint(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex').slice(0, 32);
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
