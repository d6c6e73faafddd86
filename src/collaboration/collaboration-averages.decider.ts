import { unreachable, type Decider } from '../event-sourcing/decider';
import type { CollaborationAveragesCommand } from './collaboration-averages.commands';
import type { CollaborationAveragesEvent } from './collaboration-averages.events';
import {
  evolveCollaborationAverages,
  initialCollaborationAveragesFacts,
  type CollaborationAveragesFacts,
} from './collaboration-averages.state';

export const collaborationAveragesDecider: Decider<CollaborationAveragesCommand, CollaborationAveragesFacts, CollaborationAveragesEvent> = {
  initialState: initialCollaborationAveragesFacts,
  evolve: evolveCollaborationAverages,
  decide(command) {
    switch (command.type) {
      case 'RecordNationalCollaborationAverage':
        return decideRecordNationalCollaborationAverage(command);
      default:
        return unreachable(command.type, 'collaboration averages command');
    }
  },
};

function decideRecordNationalCollaborationAverage(command: CollaborationAveragesCommand): CollaborationAveragesEvent[] {
  return [
    {
      type: 'NationalCollaborationAverageRecorded.v1',
      data: {
        year: command.year.toString(),
        policeShareOfNre: command.policeShareOfNre.toExact(),
        nonPoliceShareOfNre: command.nonPoliceShareOfNre.toExact(),
      },
    },
  ];
}
