import { idempotencyName } from '../../event-sourcing/idempotency';
import { nameBasedUuid, type IdGenerator } from '../../event-sourcing/ids';
import type { WriteContext } from '../../event-sourcing/write-context';

/**
 * The id the server gives a new budget item or reserve movement. With an Idempotency-Key it is
 * derived from the key (and what it names, on which stream), so a retry decides exactly the same
 * write and is answered as a replay; without one it is fresh.
 */
export function newRecordId(kind: 'budget-item' | 'reserve-movement', streamId: string, ctx: WriteContext, newId: IdGenerator): string {
  return ctx.idempotencyKey ? nameBasedUuid(`${kind}\u0000${streamId}\u0000${idempotencyName(ctx)}`) : newId();
}
