import type { EventRef } from '../event-sourcing/decider';
import type { ForceEvent } from './force.events';

/** A force as its stream tells it: the read side folds it with this same evolve. */
export interface ForceState {
  code: string | null;
  name: string | null;
  registeredAt: string | null;
  /** Ids of the events behind this state, oldest first. */
  sources: string[];
}

export function initialForceState(): ForceState {
  return { code: null, name: null, registeredAt: null, sources: [] };
}

export function evolveForce(state: ForceState, event: ForceEvent, ref?: EventRef): ForceState {
  const sources = ref ? [...state.sources, ref.id] : state.sources;
  switch (event.type) {
    case 'ForceRegistered.v1':
      return { code: event.data.code, name: event.data.name, registeredAt: ref?.recordedAt ?? null, sources };
    case 'ForceRenamed.v1':
      return { ...state, name: event.data.name, sources };
    default:
      return state;
  }
}
