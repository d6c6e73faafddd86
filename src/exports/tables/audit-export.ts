import type { AuditEntry } from '../../event-sourcing/audit-entry';
import { fileSlug, type ExportDocument } from '../export-document';

export interface AuditAnswerJson {
  force?: string;
  alliance?: string;
  events: AuditEntry[];
  truncated: boolean;
}

/** The CSV columns of an audit trail, one row an event, newest first as the JSON lists them; `data` is the event's data as JSON. */
export const AUDIT_CSV_COLUMNS = ['position', 'recordedAt', 'stream', 'revision', 'type', 'actor', 'reason', 'correlationId', 'data'];

/** The audit trail of a force or an alliance: one row an event, with its data as JSON text. */
export function auditExport(answer: AuditAnswerJson): ExportDocument {
  const subject =
    answer.force !== undefined
      ? { kind: 'force' as const, code: answer.force }
      : { kind: 'alliance' as const, code: answer.alliance ?? '' };
  const rows = answer.events.map((e) => [
    e.position,
    e.metadata.recordedAt,
    e.stream,
    e.revision,
    e.type,
    e.metadata.actor,
    e.metadata.reason ?? null,
    e.metadata.correlationId,
    JSON.stringify(e.data),
  ]);
  const newest = answer.events.reduce<string | null>(
    (max, e) => (max === null || BigInt(e.position) > BigInt(max) ? e.position : max),
    null,
  );
  return {
    what: answer.truncated
      ? 'Audit trail (the newest events only: ask with a narrower filter or a higher limit for the rest)'
      : 'Audit trail',
    subject,
    period: null,
    asAtPosition: newest,
    scenario: null,
    fileStem: [subject.code, 'audit'].map(fileSlug).join('-'),
    sheets: [
      {
        name: 'Audit trail',
        columns: ['Position', 'Recorded at', 'Stream', 'Revision', 'Type', 'Actor', 'Reason', 'Correlation id', 'Data'].map((header) => ({
          header,
          kind: 'text' as const,
        })),
        rows: rows.map((cells) => ({ cells })),
      },
    ],
    csv: { columns: AUDIT_CSV_COLUMNS, rows },
    sources: answer.events.map((e) => e.id),
  };
}
