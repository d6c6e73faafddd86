import { nameBasedUuid } from './ids';
import type { WriteContext } from './write-context';

/**
 * What ids are derived from when a write carries an Idempotency-Key: the key as its sender's.
 * A key is the sender's own, so the same key from another token subject is another write –
 * never a replay of someone else's answer. Undefined without a key.
 */
export function idempotencyName(ctx: Pick<WriteContext, 'actor' | 'idempotencyKey'>): string | undefined {
  return ctx.idempotencyKey === undefined ? undefined : `${ctx.actor}\u0000${ctx.idempotencyKey}`;
}

/** The id of the index-th event of a keyed write: derived from the sender-bound key (see idempotencyName). */
export function eventIdFor(name: string, streamId: string, index: number): string {
  return nameBasedUuid(`${streamId}\u0000${name}\u0000${index}`);
}
