import { InvalidInputError, NotFoundError } from '../common/errors';
import { FinancialYear } from '../common/financial-year';
import type { Decider } from '../event-sourcing/decider';
import { unreachable } from '../event-sourcing/decider';
import { appliesToKey, parseReferendumPrincipleData } from './referendum-principle';
import type { ReferendumPrinciplesCommand } from './referendum-principles.commands';
import type { ReferendumPrinciplesEvent } from './referendum-principles.events';
import {
  evolveReferendumPrinciples,
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
    default:
      return unreachable(command, 'referendum principles command');
  }
}

/** The stream `reference-referendum-principles`. */
export const referendumPrinciplesDecider: Decider<ReferendumPrinciplesCommand, ReferendumPrinciplesState, ReferendumPrinciplesEvent> = {
  initialState: initialReferendumPrinciplesState,
  evolve: evolveReferendumPrinciples,
  decide: decideReferendumPrinciples,
};
