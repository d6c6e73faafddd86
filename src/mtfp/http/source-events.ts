import { Inject, Injectable } from '@nestjs/common';
import { toAuditEntry, type AuditEntry } from '../../event-sourcing/audit-entry';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '../../event-store/event-store.port';

/** Turns the event ids a figure cites into the recorded events themselves: what was decided, by whom, when and why. */
@Injectable()
export class SourceEvents {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** The events with these ids, looked for on the given streams, in the order they were recorded; ids found on none are `missing`. */
  async find(ids: readonly string[], streams: readonly string[]): Promise<{ events: AuditEntry[]; missing: string[] }> {
    const wanted = new Set(ids);
    const found = new Map<string, RecordedEvent>();
    for (const stream of new Set(streams)) {
      for (const event of await this.store.readStream(stream)) if (wanted.has(event.id)) found.set(event.id, event);
    }
    const events = [...found.values()].sort((a, b) => (a.position < b.position ? -1 : a.position > b.position ? 1 : 0));
    return { events: events.map(toAuditEntry), missing: ids.filter((id) => !found.has(id)) };
  }
}
