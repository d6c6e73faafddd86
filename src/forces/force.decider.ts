import { ConflictError, InvalidInputError, NotFoundError } from '../common/errors';
import { unreachable, type Decider } from '../event-sourcing/decider';
import type { ForceCommand } from './force.commands';
import type { ForceEvent } from './force.events';
import { evolveForce, initialForceState, type ForceState } from './force.state';

import { FORCE_CODE } from '../common/codes';

export { FORCE_CODE };
export const forceStreamId = (code: string) => `force-${code}`;

export type { ForceCommand } from './force.commands';
export type { ForceState } from './force.state';

export const forceDecider: Decider<ForceCommand, ForceState, ForceEvent> = {
  initialState: initialForceState,

  decide(command, state) {
    switch (command.type) {
      case 'RegisterForce': {
        if (!FORCE_CODE.test(command.code)) {
          throw new InvalidInputError('code', 'must be 2–20 lower-case letters or digits, starting with a letter (e.g. "herts")');
        }
        if (state.code !== null) throw new ConflictError(`Force "${command.code}" is already registered as ${state.name}.`);
        return [{ type: 'ForceRegistered.v1', data: { code: command.code, name: requireName(command.name) } }];
      }
      case 'RenameForce': {
        if (state.code === null) throw new NotFoundError(`No force "${command.code}" is registered.`);
        const name = requireName(command.name);
        return name === state.name ? [] : [{ type: 'ForceRenamed.v1', data: { name } }];
      }
      default:
        return unreachable(command, 'force command');
    }
  },

  evolve: evolveForce,
};

function requireName(name: string): string {
  const trimmed = name.trim();
  if (trimmed.length === 0) throw new InvalidInputError('name', 'must not be empty');
  return trimmed;
}
