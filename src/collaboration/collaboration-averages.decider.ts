import { Rate } from '../common/rate';
import { unreachable, type Decider, type EventRef } from '../event-sourcing/decider';
import { compareYears, year } from './collaboration-input';
import type { CollaborationAveragesEvent } from './collaboration-averages.events';

export const COLLABORATION_AVERAGES_STREAM = 'reference-collaboration-averages';

export type CollaborationAveragesCommand = {
  type: 'RecordNationalCollaborationAverage';
  year: string;
  policeShareOfNre: string;
  nonPoliceShareOfNre: string;
};

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

const SHARE_BOUNDS = { min: '0', max: '1' };

export const collaborationAveragesDecider: Decider<CollaborationAveragesCommand, CollaborationAveragesFacts, CollaborationAveragesEvent> = {
  initialState: () => ({ averages: [] }),

  decide(command) {
    switch (command.type) {
      case 'RecordNationalCollaborationAverage':
        return [
          {
            type: 'NationalCollaborationAverageRecorded.v1',
            data: {
              year: year(command.year),
              policeShareOfNre: Rate.parse(command.policeShareOfNre, 'policeShareOfNre', SHARE_BOUNDS).toExact(),
              nonPoliceShareOfNre: Rate.parse(command.nonPoliceShareOfNre, 'nonPoliceShareOfNre', SHARE_BOUNDS).toExact(),
            },
          },
        ];
      default:
        return unreachable(command.type, 'collaboration averages command');
    }
  },

  evolve(state, event, ref?: EventRef) {
    switch (event.type) {
      case 'NationalCollaborationAverageRecorded.v1': {
        const fact: NationalCollaborationAverageFact = { ...event.data, source: ref?.id ?? null };
        return { averages: [...state.averages.filter((a) => a.year !== fact.year), fact].sort((a, b) => compareYears(a.year, b.year)) };
      }
      default:
        return state;
    }
  },
};

export function nationalAverageFor(facts: CollaborationAveragesFacts | undefined, y: string): NationalCollaborationAverageFact | undefined {
  return facts?.averages.find((a) => a.year === y);
}
