import { allianceDecider } from '../collaboration/alliance.decider';
import { allianceStreamId } from '../collaboration/alliance.stream';
import { collaborationAveragesDecider } from '../collaboration/collaboration-averages.decider';
import { COLLABORATION_AVERAGES_STREAM } from '../collaboration/collaboration-averages.stream';
import type { CollaborationAveragesCommand } from '../collaboration/collaboration-averages.commands';
import { forceCollaborationDecider } from '../collaboration/force-collaboration.decider';
import { forceCollaborationStreamId } from '../collaboration/force-collaboration.stream';
import type { ForceCollaborationCommand } from '../collaboration/force-collaboration.commands';
import {
  toAllianceCommand,
  toCollaborationAveragesCommand,
  toForceCollaborationCommand,
  type SentAllianceCommand,
} from '../collaboration/http/to-command';
import type { Sent } from '../common/sent';
import type { Decider, DomainEvent } from '../event-sourcing/decider';
import { forceFinanceDecider, forceFinanceStreamId, type ForceFinanceEvent, type ForceFinanceState } from '../force-finance';
import { toForceFinanceCommand, type ForceFinanceRequest } from '../force-finance/http/to-command';
import { forceDecider, forceStreamId } from '../forces/force.decider';

/**
 * One decision of the worked example: a command for one stream, the pure decider that decides
 * it (the same one the HTTP handlers use), and where its figures come from – a published source,
 * or "Illustrative" with why that value was chosen. The reason is recorded with the events.
 */
export interface ExampleStep {
  readonly streamId: string;
  readonly decider: Decider<unknown, unknown, DomainEvent>;
  readonly command: unknown;
  readonly reason: string;
  /**
   * The step's own Idempotency-Key, for steps added after the example was first published: the
   * older steps keep their numbered keys (worked-example:N, counting only unkeyed steps), so a
   * store that holds an earlier edition still recognises them.
   */
  readonly key?: string;
  /**
   * Set on a keyed step that took the place of a numbered step of an earlier edition (its
   * figures were corrected): it still uses up that number, so the numbered steps after it keep
   * theirs, and a store holding the earlier edition records the corrected step as a new event.
   */
  readonly replacesNumberedStep?: true;
}

export interface ExampleForce {
  code: string;
  name: string;
}

export function exampleStep<C, S, E extends DomainEvent>(
  decider: Decider<C, S, E>,
  streamId: string,
  command: C,
  reason: string,
): ExampleStep {
  return { streamId, decider: decider as Decider<unknown, unknown, DomainEvent>, command, reason };
}

type WithoutFields<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export function registerForce(force: ExampleForce, reason: string): ExampleStep {
  return exampleStep(forceDecider, forceStreamId(force.code), { type: 'RegisterForce', code: force.code, name: force.name }, reason);
}

/**
 * Steps on a force's finance stream: each request goes through the one mapping the HTTP handler
 * uses (toForceFinanceCommand) and is decided with the force's registered name for messages.
 * The step keeps the request with the force's name beside it, as earlier editions recorded it,
 * so each step's idempotency fingerprint is unchanged; the name is not part of the command.
 */
export function financeOf(force: ExampleForce) {
  const decider = forceFinanceDecider.for({ forceName: force.name });
  const fromRequest: Decider<ForceFinanceRequest, ForceFinanceState, ForceFinanceEvent> = {
    ...decider,
    decide: (request, state) => decider.decide(toForceFinanceCommand(request), state),
  };
  return (request: ForceFinanceRequest, reason: string): ExampleStep =>
    exampleStep(
      fromRequest,
      forceFinanceStreamId(force.code),
      { ...request, forceName: force.name } as unknown as ForceFinanceRequest,
      reason,
    );
}

/**
 * A decider that takes what a caller sends and parses it with the slice's one mapping first:
 * a step records the request itself (its idempotency fingerprint), not the typed command.
 */
function fromRequests<R, C, S, E extends DomainEvent>(decider: Decider<C, S, E>, toCommand: (request: R) => C): Decider<R, S, E> {
  return { ...decider, decide: (request, state) => decider.decide(toCommand(request), state) };
}

const allianceRequests = fromRequests(allianceDecider, toAllianceCommand);
const spendRequests = fromRequests(forceCollaborationDecider, toForceCollaborationCommand);
const averageRequests = fromRequests(collaborationAveragesDecider, toCollaborationAveragesCommand);

/**
 * Steps on an alliance's stream. The HTTP handler tells FormAlliance and JoinAlliance which
 * forces are registered; here they are the example's own forces, registered by earlier steps.
 */
export function allianceOf(allianceCode: string, registeredForces: readonly ExampleForce[]) {
  return (command: WithoutFields<SentAllianceCommand, 'allianceCode' | 'knownForces'>, reason: string): ExampleStep => {
    const needsForces = command.type === 'FormAlliance' || command.type === 'InviteMember';
    const full = {
      ...command,
      allianceCode,
      ...(needsForces ? { knownForces: registeredForces.map((f) => f.code) } : {}),
    } as SentAllianceCommand;
    return exampleStep(allianceRequests, allianceStreamId(allianceCode), full, reason);
  };
}

/**
 * A force accepts the alliance's invitation: the force's own step (the board cannot take it),
 * recorded on the alliance's stream like the invitation it answers.
 */
export function acceptsInvitation(allianceCode: string, force: ExampleForce, reason: string): ExampleStep {
  const command: SentAllianceCommand = { type: 'AcceptInvitation', allianceCode, force: force.code };
  return {
    ...exampleStep(allianceRequests, allianceStreamId(allianceCode), command, reason),
    key: `worked-example:${allianceCode}:${force.code}:accepts`,
  };
}

export function collaborationSpendOf(force: ExampleForce) {
  return (command: WithoutFields<Sent<ForceCollaborationCommand>, 'type' | 'force'>, reason: string): ExampleStep =>
    exampleStep(
      spendRequests,
      forceCollaborationStreamId(force.code),
      { type: 'RecordCollaborationSpend', force: force.code, ...command },
      reason,
    );
}

/**
 * The force marks which of its base-budget lines its contribution to the alliance's joint units
 * replaces. The HTTP handler tells decide the force's alliances and base-budget lines; here the
 * step names them (the example's own, recorded by earlier steps).
 */
export function contributionReplacesOf(force: ExampleForce, allianceCode: string) {
  return (
    command: { lineCodes: string[]; budgetLines: { code: string; kind: string; year: string }[] },
    reason: string,
    key: string,
  ): ExampleStep => ({
    ...exampleStep(
      spendRequests,
      forceCollaborationStreamId(force.code),
      { type: 'MarkContributionReplaces', force: force.code, allianceCode, reason, memberOf: [allianceCode], ...command },
      reason,
    ),
    key,
  });
}

export function nationalCollaborationAverage(
  command: WithoutFields<Sent<CollaborationAveragesCommand>, 'type'>,
  reason: string,
): ExampleStep {
  return exampleStep(averageRequests, COLLABORATION_AVERAGES_STREAM, { type: 'RecordNationalCollaborationAverage', ...command }, reason);
}
