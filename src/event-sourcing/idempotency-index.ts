import { RuleViolationError } from '../common/errors';
import type { RecordedEvent } from '../event-store/event-store.port';
import { eventIdFor, idempotencyName } from './idempotency';
import type { WriteContext, WriteResult } from './write-context';

/** One event of a keyed write, as much of it as a replayed answer needs. */
interface KeyedEvent {
  id: string;
  type: string;
  revision: bigint;
  position: bigint;
  requestHash: string | undefined;
}

/**
 * The keyed writes of one stream, by sender and key (the metadata every keyed event carries),
 * so a retry is found with a lookup instead of a scan of the whole stream. It is built from
 * recorded events only – never from events about to be appended – so it can only lag the store,
 * never run ahead of it.
 */
export class IdempotencyIndex {
  private readonly bySender = new Map<string, KeyedEvent[]>();

  note(recorded: RecordedEvent): void {
    const { idempotencyKey, actor, requestHash } = recorded.metadata;
    if (idempotencyKey === undefined) return;
    const name = idempotencyName({ actor, idempotencyKey }) as string;
    const events = this.bySender.get(name);
    const event = { id: recorded.id, type: recorded.type, revision: recorded.revision, position: recorded.position, requestHash };
    if (events) events.push(event);
    else this.bySender.set(name, [event]);
  }

  /**
   * If this stream already holds the events of this sender's Idempotency-Key, the first answer,
   * again; a 422 if the key was used for a different request. The write starts at the event whose
   * id the key derives; writes recorded before keys were bound to their sender have ids derived
   * from the key alone (and count only for the same subject, which their index entry ensures).
   */
  replayOf(streamId: string, ctx: WriteContext): WriteResult | null {
    const name = idempotencyName(ctx);
    if (!ctx.idempotencyKey || !name) return null;
    const events = this.bySender.get(name);
    if (!events) return null;
    const boundId = eventIdFor(name, streamId, 0);
    let start = events.findIndex((e) => e.id === boundId);
    if (start < 0) {
      const unboundId = eventIdFor(ctx.idempotencyKey, streamId, 0);
      start = events.findIndex((e) => e.id === unboundId);
    }
    if (start < 0) return null;
    const batch = events.slice(start);
    if (batch[0].requestHash !== ctx.requestHash) {
      throw new RuleViolationError(
        `Idempotency-Key "${ctx.idempotencyKey}" was already used for a different request on ${streamId}; use a new key for a new request.`,
        'Idempotency-Key',
      );
    }
    const last = batch[batch.length - 1];
    return {
      stream: streamId,
      revision: last.revision.toString(),
      position: last.position.toString(),
      events: batch.map((e) => ({ id: e.id, type: e.type })),
      replayed: true,
    };
  }
}
