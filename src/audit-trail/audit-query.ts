import { InvalidInputError } from '../common/errors';
import type { EventStore, RecordedEvent } from '../event-store/event-store.port';
import { toAuditEntry, type AuditEntry } from '../event-sourcing/audit-entry';
import { parseAsOf } from '../http/as-of';
import type { AsAt } from '../projections/projection';

export interface AuditFilter {
  /** ISO times; events recorded at or after `from` and before `to`. */
  from?: string;
  to?: string;
  actor?: string;
  /** Stored event type, e.g. "ReserveMovementRecorded.v1". */
  type?: string;
  limit: number;
  /** The trail as it stood then: only events recorded up to a global position or a time, like any projection's `asOf`. */
  asOf: AsAt;
}

const ISO = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/;
const MAX_LIMIT = 1000;

/** Validates the query string of an audit query; 400 with the field on anything odd. */
export function parseAuditFilter(query: Record<string, unknown>): AuditFilter {
  const text = (field: string, max: number): string | undefined => {
    const v = query[field];
    if (v === undefined || v === '') return undefined;
    if (typeof v !== 'string' || v.length > max) throw new InvalidInputError(field, `must be given once, at most ${max} characters`);
    return v;
  };
  const time = (field: string): string | undefined => {
    const v = text(field, 40);
    if (v === undefined) return undefined;
    const t = new Date(v);
    if (!ISO.test(v) || Number.isNaN(t.getTime()))
      throw new InvalidInputError(field, `"${v}" is not an ISO time such as "2017-02-01T00:00:00Z"`);
    return t.toISOString();
  };
  const limitText = text('limit', 4) ?? '200';
  if (!/^\d+$/.test(limitText) || Number(limitText) < 1 || Number(limitText) > MAX_LIMIT)
    throw new InvalidInputError('limit', `must be a whole number from 1 to ${MAX_LIMIT}`);
  const filter: AuditFilter = {
    from: time('from'),
    to: time('to'),
    actor: text('actor', 100),
    type: text('type', 100),
    limit: Number(limitText),
    asOf: parseAsOf(query.asOf),
  };
  if (filter.from && filter.to && filter.from >= filter.to) throw new InvalidInputError('to', 'must be later than from');
  return filter;
}

/**
 * Every event of the given streams, and those events of `sharedStreams` that `concerns` picks,
 * merged in the order they were recorded, filtered, newest first. Reads each stream whole: the
 * streams of one force or alliance hold hundreds of events, not millions.
 */
export async function auditTrail(
  store: EventStore,
  streams: readonly string[],
  filter: AuditFilter,
  sharedStreams: readonly string[] = [],
  concerns: (event: RecordedEvent) => boolean = () => false,
): Promise<{ events: AuditEntry[]; truncated: boolean }> {
  const own = (await Promise.all(streams.map((s) => store.readStream(s)))).flat();
  const shared = (await Promise.all(sharedStreams.map((s) => store.readStream(s)))).flat().filter(concerns);
  const all: RecordedEvent[] = [...own, ...shared];
  const matching = all
    .filter(
      (e) =>
        (filter.from === undefined || e.metadata.recordedAt >= filter.from) &&
        (filter.to === undefined || e.metadata.recordedAt < filter.to),
    )
    .filter((e) => recordedBy(e, filter.asOf))
    .filter((e) => filter.actor === undefined || e.metadata.actor === filter.actor)
    .filter((e) => filter.type === undefined || e.type === filter.type)
    .sort((a, b) => (a.position < b.position ? 1 : a.position > b.position ? -1 : 0));
  return { events: matching.slice(0, filter.limit).map(toAuditEntry), truncated: matching.length > filter.limit };
}

function recordedBy(event: RecordedEvent, asOf: AsAt): boolean {
  if (asOf.kind === 'position') return event.position <= asOf.position;
  if (asOf.kind === 'time') return new Date(event.metadata.recordedAt).getTime() <= asOf.time.getTime();
  return true;
}
