import { Rate } from '../common/rate';
import { unreachable, type Decider } from '../event-sourcing/decider';
import type { CollaborationAveragesCommand } from './collaboration-averages.commands';
import type { CollaborationAveragesEvent } from './collaboration-averages.events';
import {
  evolveCollaborationAverages,
  initialCollaborationAveragesFacts,
  type CollaborationAveragesFacts,
} from './collaboration-averages.state';
import { year } from './collaboration-input';

const SHARE_BOUNDS = { min: '0', max: '1' };

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
        year: year(command.year),
        policeShareOfNre: Rate.parse(command.policeShareOfNre, 'policeShareOfNre', SHARE_BOUNDS).toExact(),
        nonPoliceShareOfNre: Rate.parse(command.nonPoliceShareOfNre, 'nonPoliceShareOfNre', SHARE_BOUNDS).toExact(),
      },
    },
  ];
}
