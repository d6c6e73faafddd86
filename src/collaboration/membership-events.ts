import type { AllianceEvent } from './alliance.events';

const MEMBERSHIP_EVENT_TYPES: ReadonlySet<string> = new Set([
  'AllianceFormed.v1',
  'MemberJoined.v1',
  'MemberInvited.v1',
  'InvitationAccepted.v1',
  'InvitationDeclined.v1',
  'InvitationWithdrawn.v1',
  'MemberLeft.v1',
]);

/**
 * Whether an alliance event is about the force's membership: an invitation to it, its answer,
 * its joining or leaving. These belong in the force's own audit trail as well as the alliance's,
 * so a force can see every step of its membership without reading the alliance's.
 */
export function concernsMembershipOf(event: { type: string; data: unknown }, force: string): boolean {
  if (!MEMBERSHIP_EVENT_TYPES.has(event.type)) return false;
  const known = event as AllianceEvent;
  if (known.type === 'AllianceFormed.v1') return known.data.members.some((m) => m.force === force);
  return (known.data as { force?: unknown }).force === force;
}
