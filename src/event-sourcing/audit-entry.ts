import type { RecordedEvent } from '../event-store/event-store.port';

/** One recorded event as the audit trail shows it (bigints as strings). */
export interface AuditEntry {
  id: string;
  stream: string;
  type: string;
  revision: string;
  position: string;
  data: Record<string, unknown>;
  metadata: RecordedEvent['metadata'];
}

export function toAuditEntry(e: RecordedEvent): AuditEntry {
  return {
    id: e.id,
    stream: e.streamId,
    type: e.type,
    revision: e.revision.toString(),
    position: e.position.toString(),
    data: e.data,
    metadata: e.metadata,
  };
}
