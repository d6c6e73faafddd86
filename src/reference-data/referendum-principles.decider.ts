import { FORCE_CODE } from '../common/codes';
import { InvalidInputError, NotFoundError, RuleViolationError } from '../common/errors';
import { FinancialYear } from '../common/financial-year';
import type { Decider } from '../event-sourcing/decider';
import { unreachable } from '../event-sourcing/decider';
import { ALL_PCCS, appliesToKey, parseReferendumPrincipleData } from './referendum-principle';
import type { ReferendumPrinciplesCommand, SetReferendumGroupMembers } from './referendum-principles.commands';
import type { ReferendumPrinciplesEvent } from './referendum-principles.events';
import {
  evolveReferendumPrinciples,
  groupMembersOf,
  initialReferendumPrinciplesState,
  samePrinciple,
  type ReferendumPrinciplesState,
} from './referendum-principles.state';

/**
 * Recording a principle for a year and `appliesTo` that already has one supersedes it (the
 * history keeps both); recording exactly what is in force records nothing, so seeding the
 * reference table twice is harmless.
 */
export function decideReferendumPrinciples(
  command: ReferendumPrinciplesCommand,
  state: ReferendumPrinciplesState,
): ReferendumPrinciplesEvent[] {
  if (typeof command !== 'object' || command === null) throw new InvalidInputError('command', 'must be a command object');
  switch (command.type) {
    case 'SetReferendumPrinciple': {
      const data = parseReferendumPrincipleData(command);
      const inForce = (state.current[data.year] ?? []).find((p) => appliesToKey(p.appliesTo) === appliesToKey(data.appliesTo));
      if (inForce && samePrinciple(inForce, data)) return [];
      return [{ type: 'ReferendumPrincipleSet.v1', data }];
    }
    case 'WithdrawReferendumPrinciple': {
      const year = FinancialYear.parse(command.year, 'year').toString();
      const appliesTo = typeof command.appliesTo === 'string' ? command.appliesTo : '';
      const inForce = (state.current[year] ?? []).find((p) => appliesToKey(p.appliesTo) === appliesToKey(appliesTo));
      if (!inForce) throw new NotFoundError(`No referendum principle for ${appliesTo || '(nobody)'} is recorded for ${year}`);
      return [{ type: 'ReferendumPrincipleWithdrawn.v1', data: { year, appliesTo: inForce.appliesTo } }];
    }
    case 'SetReferendumGroupMembers':
      return decideSetReferendumGroupMembers(command, state);
    default:
      return unreachable(command, 'referendum principles command');
  }
}

const MAX_MEMBERS = 43; // the police forces of England and Wales

/**
 * Which PCCs a year's group principle applies to. The group must have a principle in force for
 * the year (a group nobody recorded a limit for is a typo, 422); "all PCCs" has no member list.
 * Force codes are checked for shape; the list is kept sorted, so the same PCCs again record nothing.
 */
function decideSetReferendumGroupMembers(
  command: SetReferendumGroupMembers,
  state: ReferendumPrinciplesState,
): ReferendumPrinciplesEvent[] {
  const year = FinancialYear.parse(command.year, 'year').toString();
  const appliesTo = typeof command.appliesTo === 'string' ? command.appliesTo : '';
  if (!Array.isArray(command.forces) || command.forces.length > MAX_MEMBERS)
    throw new InvalidInputError('forces', `must be a list of at most ${MAX_MEMBERS} force codes`);
  const bad = command.forces.findIndex((f) => typeof f !== 'string' || !FORCE_CODE.test(f));
  if (bad >= 0) throw new InvalidInputError(`forces[${bad}]`, 'must be a force code, e.g. "herts"');
  if (appliesToKey(appliesTo) === appliesToKey(ALL_PCCS))
    throw new RuleViolationError('A principle for all PCCs applies to every PCC: it has no list of members', 'appliesTo');
  const principle = (state.current[year] ?? []).find((p) => appliesToKey(p.appliesTo) === appliesToKey(appliesTo));
  if (!principle)
    throw new RuleViolationError(
      `No referendum principle for ${appliesTo || '(nobody)'} is in force for ${year}: record it first`,
      'appliesTo',
    );
  const forces = [...new Set(command.forces)].sort();
  const recorded = groupMembersOf(state, year).find((g) => appliesToKey(g.appliesTo) === appliesToKey(appliesTo));
  if (recorded && recorded.forces.join() === forces.join()) return [];
  return [{ type: 'ReferendumGroupMembersSet.v1', data: { year, appliesTo: principle.appliesTo, forces } }];
}

/** The stream `reference-referendum-principles`. */
export const referendumPrinciplesDecider: Decider<ReferendumPrinciplesCommand, ReferendumPrinciplesState, ReferendumPrinciplesEvent> = {
  initialState: initialReferendumPrinciplesState,
  evolve: evolveReferendumPrinciples,
  decide: decideReferendumPrinciples,
};
