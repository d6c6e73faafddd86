import { randomUUID } from 'node:crypto';
import type { EventStore, EventToAppend } from '../../src/event-store/event-store.port';

/**
 * Makes another replica win the race `times` times: each time the command path reads the stream
 * (the whole stream when it has no state of it yet, else the tail from a revision – never a
 * page with a maxCount or backwards, as the audit trail reads), a foreign item is appended before
 * it can append.
 */
export function anotherReplicaWins(store: EventStore, streamId: string, times: number): { foreignIds: string[]; restore: () => void } {
  const read = store.readStream;
  const vouch = store.knownUnchanged;
  // Another replica's appends come through its own connection, so this store cannot vouch that
  // the stream is unchanged (SQLite's data_version moves; EventStoreDB never vouches): it is read.
  store.knownUnchanged = () => false;
  const foreignIds: string[] = [];
  store.readStream = async (...args: Parameters<EventStore['readStream']>) => {
    const events = await read.apply(store, args);
    if (args[0] === streamId && isCommandPathRead(args[1]) && foreignIds.length < times) {
      const id = randomUUID();
      foreignIds.push(id);
      const foreign: EventToAppend = {
        id,
        type: 'BudgetItemAdded.v1',
        data: {
          itemId: randomUUID(),
          kind: 'growth',
          fromYear: '2017/18',
          amount: '1',
          recurrence: 'one_off',
          description: `From another replica ${foreignIds.length}`,
        },
        metadata: {
          actor: 'replica-2',
          recordedAt: new Date().toISOString(),
          correlationId: randomUUID(),
          causationId: null,
          schemaVersion: 1,
        },
      };
      await store.appendToStream(streamId, [foreign], 'any');
    }
    return events;
  };
  return {
    foreignIds,
    restore: () => {
      store.readStream = read;
      store.knownUnchanged = vouch;
    },
  };
}

function isCommandPathRead(options: Parameters<EventStore['readStream']>[1]): boolean {
  return options === undefined || (options.direction === undefined && options.maxCount === undefined);
}
