import { idempotencyName } from '../../event-sourcing/idempotency';
import { nameBasedUuid, type IdGenerator } from '../../event-sourcing/ids';
import type { WriteContext } from '../../event-sourcing/write-context';

/**
 * The id the server gives a new budget item or reserve movement. With an Idempotency-Key it is
 * derived from the key (and what it names, on which stream), so a retry decides exactly the same
 * write and is answered as a replay; without one it is fresh.
 */
export function newRecordId(
  kind: 'budget-item' | 'reserve-movement',
  streamId: string,
  ctx: WriteContext,
  newId: IdGenerator,
  /** The record's place among several made by one write (an imported file's rows); each gets its own id. */
  index?: number,
): string {
  if (!ctx.idempotencyKey) return newId();
  const name = `${kind}\u0000${streamId}\u0000${idempotencyName(ctx)}`;
  return nameBasedUuid(index === undefined ? name : `${name}\u0000${index}`);
}
