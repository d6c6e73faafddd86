import { ConflictError, InvalidInputError, NotFoundError } from '../common/errors';
import { unreachable, type Decider, type EventRef } from '../event-sourcing/decider';
import type { ForceEvent } from './force.events';

import { FORCE_CODE } from '../common/codes';

export { FORCE_CODE };
export const forceStreamId = (code: string) => `force-${code}`;

export type ForceCommand = { type: 'RegisterForce'; code: string; name: string } | { type: 'RenameForce'; code: string; name: string };

export interface ForceState {
  code: string | null;
  name: string | null;
  registeredAt: string | null;
  /** Ids of the events behind this state, oldest first. */
  sources: string[];
}

export const forceDecider: Decider<ForceCommand, ForceState, ForceEvent> = {
  initialState: () => ({ code: null, name: null, registeredAt: null, sources: [] }),

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

  evolve(state, event, ref?: EventRef) {
    const sources = ref ? [...state.sources, ref.id] : state.sources;
    switch (event.type) {
      case 'ForceRegistered.v1':
        return { code: event.data.code, name: event.data.name, registeredAt: ref?.recordedAt ?? null, sources };
      case 'ForceRenamed.v1':
        return { ...state, name: event.data.name, sources };
      default:
        return state;
    }
  },
};

function requireName(name: string): string {
  const trimmed = name.trim();
  if (trimmed.length === 0) throw new InvalidInputError('name', 'must not be empty');
  return trimmed;
}
