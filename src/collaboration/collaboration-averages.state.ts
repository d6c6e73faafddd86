import type { EventRef } from '../event-sourcing/decider';
import type { CollaborationAveragesEvent } from './collaboration-averages.events';
import { compareYears } from './collaboration-input';

export interface NationalCollaborationAverageFact {
  year: string;
  policeShareOfNre: string;
  nonPoliceShareOfNre: string;
  source: string | null;
}

export interface CollaborationAveragesFacts {
  /** One per year, earliest first. */
  averages: NationalCollaborationAverageFact[];
}

export const initialCollaborationAveragesFacts = (): CollaborationAveragesFacts => ({ averages: [] });

export function evolveCollaborationAverages(
  state: CollaborationAveragesFacts,
  event: CollaborationAveragesEvent,
  ref?: EventRef,
): CollaborationAveragesFacts {
  switch (event.type) {
    case 'NationalCollaborationAverageRecorded.v1': {
      const fact: NationalCollaborationAverageFact = { ...event.data, source: ref?.id ?? null };
      return { averages: [...state.averages.filter((a) => a.year !== fact.year), fact].sort((a, b) => compareYears(a.year, b.year)) };
    }
    default:
      return state;
  }
}

export function nationalAverageFor(facts: CollaborationAveragesFacts | undefined, y: string): NationalCollaborationAverageFact | undefined {
  return facts?.averages.find((a) => a.year === y);
}
