import { ConflictError, InvalidInputError, NotFoundError, RuleViolationError } from '../../common/errors';
import { FinancialYear } from '../../common/financial-year';
import type { AllianceCommandOf } from '../alliance.commands';
import type { AllianceEvent } from '../alliance.events';
import { pendingInvitation } from '../alliance.readers';
import type { AllianceFacts, PendingInvitation } from '../alliance.state';
import { compareYears } from '../collaboration-input';
import type { FormedAlliance } from './formed';

/** Forming invites: each force becomes a member only when it accepts. */
export function decideFormAlliance(command: AllianceCommandOf<'FormAlliance'>, state: AllianceFacts): AllianceEvent[] {
  const { allianceCode, name } = command;
  if (state.allianceCode !== null) throw new ConflictError(`The alliance "${allianceCode}" has already been formed (as ${state.name}).`);
  const members = command.members.map((m) => ({ force: m.force, fromYear: m.fromYear.toString() }));
  const forces = members.map((m) => m.force);
  const repeated = forces.find((f, i) => forces.indexOf(f) !== i);
  if (repeated) throw new InvalidInputError('members', `"${repeated}" is listed more than once`);
  for (const force of forces) requireKnownForce(force, command.knownForces);
  if (members.length < 2)
    throw new RuleViolationError(`An alliance needs at least two member forces; ${name} was given ${members.length}.`, 'members');
  return [
    { type: 'AllianceFormed.v2', data: { allianceCode, name } },
    ...members.map((m): AllianceEvent => ({ type: 'MemberInvited.v1', data: { force: m.force, fromYear: m.fromYear } })),
  ];
}

export function decideInviteMember(command: AllianceCommandOf<'InviteMember'>, facts: FormedAlliance): AllianceEvent[] {
  const { force } = command;
  const fromYear = command.fromYear.toString();
  requireKnownForce(force, command.knownForces);
  const member = facts.members.find((m) => m.force === force);
  const open = member?.periods.find((p) => p.untilYear === null);
  if (open) throw new ConflictError(`Force "${force}" is already a member of ${facts.name} (from ${open.fromYear}).`);
  const pending = pendingInvitation(facts, force);
  if (pending)
    throw new ConflictError(
      `Force "${force}" has already been invited to ${facts.name} (from ${pending.fromYear}) and has not answered yet.`,
    );
  const lastLeft = member?.periods.at(-1)?.untilYear;
  if (lastLeft && compareYears(fromYear, lastLeft) < 0) {
    throw new RuleViolationError(
      `Force "${force}" was a member of ${facts.name} until ${lastLeft}; it can rejoin from ${lastLeft} at the earliest, not ${fromYear}.`,
      'fromYear',
    );
  }
  return [{ type: 'MemberInvited.v1', data: { force, fromYear } }];
}

export function decideAcceptInvitation(command: AllianceCommandOf<'AcceptInvitation'>, facts: FormedAlliance): AllianceEvent[] {
  const invitation = invitationOf(facts, command.force);
  return [{ type: 'InvitationAccepted.v1', data: { force: invitation.force, fromYear: invitation.fromYear } }];
}

export function decideDeclineInvitation(command: AllianceCommandOf<'DeclineInvitation'>, facts: FormedAlliance): AllianceEvent[] {
  const invitation = invitationOf(facts, command.force);
  return [{ type: 'InvitationDeclined.v1', data: { force: invitation.force, reason: command.reason } }];
}

export function decideWithdrawInvitation(command: AllianceCommandOf<'WithdrawInvitation'>, facts: FormedAlliance): AllianceEvent[] {
  const invitation = invitationOf(facts, command.force);
  return [{ type: 'InvitationWithdrawn.v1', data: { force: invitation.force } }];
}

export function decideLeaveAlliance(command: AllianceCommandOf<'LeaveAlliance'>, facts: FormedAlliance): AllianceEvent[] {
  const { force } = command;
  const fromYear = command.fromYear.toString();
  const open = facts.members.find((m) => m.force === force)?.periods.find((p) => p.untilYear === null);
  if (!open) throw new RuleViolationError(`Force "${force}" is not a member of ${facts.name}, so it cannot leave.`, 'force');
  if (compareYears(fromYear, open.fromYear) <= 0) {
    throw new RuleViolationError(
      `Force "${force}" is a member of ${facts.name} from ${open.fromYear}; it can leave from ${nextYearAfter(open.fromYear)} at the earliest (the first year it is no longer a member).`,
      'fromYear',
    );
  }
  const remaining = facts.members.filter((m) => m.force !== force && m.periods.some((p) => p.untilYear === null)).length;
  if (remaining < 2) {
    throw new RuleViolationError(
      `${facts.name} would be left with ${remaining} member${remaining === 1 ? '' : 's'} if "${force}" left; an alliance needs at least two.`,
      'force',
    );
  }
  return [{ type: 'MemberLeft.v1', data: { force, fromYear } }];
}

/** Only an unanswered invitation can be accepted, declined or withdrawn. */
function invitationOf(facts: FormedAlliance, force: string): PendingInvitation {
  const invitation = pendingInvitation(facts, force);
  if (invitation) return invitation;
  const open = facts.members.find((m) => m.force === force)?.periods.find((p) => p.untilYear === null);
  if (open)
    throw new ConflictError(
      `Force "${force}" is already a member of ${facts.name} (from ${open.fromYear}); there is no invitation to answer.`,
    );
  throw new NotFoundError(`${facts.name} has no unanswered invitation for force "${force}".`);
}

function requireKnownForce(force: string, knownForces: readonly string[]): void {
  if (!knownForces.includes(force)) throw new NotFoundError(`No force "${force}" is registered.`);
}

function nextYearAfter(y: string): string {
  return FinancialYear.parse(y).next().toString();
}
