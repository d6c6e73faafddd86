import type { SchemaObject } from '@nestjs/swagger';
import { bool, list, nullable, object, oneOf, ref, text, texts, year } from './schema-builders';

/**
 * The audit trails (a stream's events; a force's or an alliance's changes), the invitation
 * lists, the scenario list and the referendum principles: answers of src/audit-trail,
 * src/collaboration/http/pending-invitations.query.ts, src/scenarios/http/scenario-json.ts and
 * src/reference-data. An event's `data` is its own (its type says its shape); the rest is closed.
 */
const POSITION = { type: 'string', pattern: '^\\d+$' } as const;

const AUDIT_ENTRY: SchemaObject = object({
  id: text('The event id'),
  stream: text(),
  type: text('Stored event type, e.g. "ReserveMovementRecorded.v1"'),
  revision: POSITION,
  position: POSITION,
  data: { type: 'object', additionalProperties: true, description: 'The event as recorded (its type says its fields)' },
  metadata: object(
    {
      actor: text('The token subject who caused it'),
      recordedAt: text(),
      correlationId: text(),
      causationId: nullable(text()),
      schemaVersion: { type: 'integer', minimum: 1 },
      reason: text('Why, in the writer’s words'),
      idempotencyKey: text(),
      requestHash: text(),
    },
    ['reason', 'idempotencyKey', 'requestHash'],
  ),
});

const trail = (owner: 'force' | 'alliance'): SchemaObject =>
  object({ [owner]: text(), events: list(ref('AuditEntry')), truncated: { ...bool, description: 'More matched than the limit' } });

const INVITATION = object({
  alliance: text(),
  allianceName: text(),
  force: text(),
  fromYear: year,
  invitedAt: nullable(text()),
  source: nullable(text('The MemberInvited event')),
});
const invitations = (owner: 'force' | 'alliance'): SchemaObject =>
  object({
    [owner]: text(),
    asAt: nullable({ ...POSITION, description: 'The position of the newest event included' }),
    invitations: list(INVITATION),
  });

const SCENARIO_SUMMARY = object({
  id: text(),
  name: text(),
  description: text(),
  force: nullable(text()),
  status: oneOf('open', 'kept', 'discarded'),
  basedOn: text('"baseline" or the id of the scenario it branches from'),
  baselineAsAt: nullable({
    type: 'object',
    description: 'The moment of the baseline it reads: { position } or { time }',
    properties: { position: POSITION, time: text() },
    additionalProperties: false,
  }),
  createdAt: nullable(text()),
});

const PRINCIPLE_ENTRY = object(
  {
    year,
    limit: object({ kind: oneOf('percentage', 'amount'), rate: text(), amount: text() }, ['rate', 'amount']),
    comparison: oneOf('less_than', 'up_to_and_including'),
    appliesTo: text(),
    note: text(),
    sources: texts(),
    description: text(),
    members: object({ forces: texts(), sources: texts() }),
  },
  ['members'],
);

export const AUDIT_SCHEMAS: Record<string, SchemaObject> = {
  AuditEntry: AUDIT_ENTRY,
  ForceAuditTrail: trail('force'),
  AllianceAuditTrail: trail('alliance'),
  StreamEvents: object({ stream: text(), events: list(ref('AuditEntry')), nextRevision: nullable(POSITION) }),
  ForceInvitations: invitations('force'),
  AllianceInvitations: invitations('alliance'),
  ScenarioList: object({ asAt: ref('AsAt'), scenarios: list(SCENARIO_SUMMARY) }),
  ReferendumPrinciples: object({ asAt: ref('AsAt'), principles: list(PRINCIPLE_ENTRY) }),
};
